/** Expands events into the dates they happen on. */
import { addDays, isAllDay, type LocalDate, type LocalDateTime } from './time';

/** A weekly pattern: every week on the start's weekday until `until`, except some dates. */
export interface WeeklyRepeat {
  every: 'week';
  until: LocalDate;
  /** Dates the editor left out. */
  except: readonly LocalDate[];
  /** Not in school holidays or on INSET days. */
  term_time_only?: boolean;
  /**
   * The dates of the pattern when the school is closed, worked out from the term dates when the
   * events are read (src/lib/domain/term-time.ts), never written by an editor. Left out like `except`.
   */
  closed?: readonly LocalDate[];
}

export interface EventTiming {
  start: LocalDate | LocalDateTime;
  end?: LocalDate | LocalDateTime;
  repeat?: WeeklyRepeat;
}

export interface Occurrence {
  /** Start of this occurrence (same form as the event's start). */
  start: LocalDate | LocalDateTime;
  /** End of this occurrence; for all-day events the last day (inclusive). */
  end: LocalDate | LocalDateTime;
  allDay: boolean;
}

/** Moves a local date or date-time by whole days, keeping its time of day. */
function shift(value: string, days: number): string {
  return addDays(value.slice(0, 10), days) + value.slice(10);
}

/** Every date a weekly pattern leaves out: the editor's exceptions and the days the school is closed, in order. */
export function skippedDates(repeat: WeeklyRepeat): LocalDate[] {
  return [...new Set([...repeat.except, ...(repeat.closed ?? [])])].sort();
}

/**
 * Every occurrence of an event, in order: one for a single event, one a week for a repeating
 * event up to `repeat.until`, without the `except` dates and the school's closed days. Times stay
 * school wall-clock times, so an 18:00 event stays 18:00 after the clocks change.
 */
export function occurrences(event: EventTiming): Occurrence[] {
  const allDay = isAllDay(event.start);
  const end = event.end ?? event.start;
  if (!event.repeat) return [{ start: event.start, end, allDay }];
  const skip = new Set(skippedDates(event.repeat));
  const result: Occurrence[] = [];
  for (let week = 0; ; week++) {
    const start = shift(event.start, 7 * week);
    if (start.slice(0, 10) > event.repeat.until) break;
    if (!skip.has(start.slice(0, 10))) result.push({ start, end: shift(end, 7 * week), allDay });
  }
  return result;
}

/** Occurrences that have not finished before `today` (the day's events count until it ends). */
export function upcomingOccurrences(event: EventTiming, today: LocalDate): Occurrence[] {
  return occurrences(event).filter((o) => o.end.slice(0, 10) >= today);
}
