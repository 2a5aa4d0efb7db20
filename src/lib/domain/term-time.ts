/**
 * Term time: the days the school is closed to pupils, known from the term-dates events, and the
 * weekly patterns (clubs, weekly events marked `term_time_only`) that skip them on their own. An
 * event of kind "holiday" closes every day from its start to its end; one of kind "inset" closes
 * its day (or days). Term starts and ends (kind "term-dates") are school days, so they close nothing.
 * Lunch menus and anything else that follows the school's days should ask here too.
 */
import type { EventTiming } from '../core/recurrence';
import { addDays, type LocalDate } from '../core/time';

/** The kinds of event that mean the school is closed to pupils on each of their days. */
export const CLOSED_CATEGORIES: readonly string[] = ['holiday', 'inset'];

interface TermDate {
  data: { start: string; end?: string; category: string };
}

/** Every day the school is closed to pupils, from the holiday and INSET day events. */
export function closedDays(events: readonly TermDate[]): Set<LocalDate> {
  const days = new Set<LocalDate>();
  for (const { data } of events) {
    if (!CLOSED_CATEGORIES.includes(data.category)) continue;
    const last = (data.end ?? data.start).slice(0, 10);
    for (let day = data.start.slice(0, 10); day <= last; day = addDays(day, 1)) days.add(day);
  }
  return days;
}

/**
 * A weekly pattern in term time only, with the dates it skips because the school is closed filled
 * in (`repeat.closed`); any other timing as it is. Dates the editor already left out stay theirs.
 */
export function inTermTime<T extends EventTiming>(timing: T, closed: ReadonlySet<LocalDate>): T {
  const repeat = timing.repeat;
  if (!repeat?.term_time_only) return timing;
  const except = new Set(repeat.except);
  const skipped: LocalDate[] = [];
  for (let day = timing.start.slice(0, 10); day <= repeat.until; day = addDays(day, 7)) {
    if (closed.has(day) && !except.has(day)) skipped.push(day);
  }
  return { ...timing, repeat: { ...repeat, closed: skipped } };
}

/**
 * The events, each weekly one in term time only with the closed dates it skips filled in, from the
 * holidays and INSET days among the same events. Done once where the events are read, so every
 * page, list and calendar sees the same dates.
 */
export function withTermTime<E extends { data: EventTiming & { category: string } }>(events: readonly E[]): E[] {
  const closed = closedDays(events);
  // The copy keeps every other property of the entry (rendering needs them), only the timing changes.
  return events.map((e) => (e.data.repeat?.term_time_only ? ({ ...e, data: inTermTime(e.data, closed) } as E) : e));
}
