/**
 * Term time: the weekly patterns (clubs, weekly events marked `term_time_only`) that skip the days
 * the school is closed to pupils on their own. Which days those are is decided in school-days.ts.
 */
import type { EventTiming } from '../core/recurrence';
import { addDays, type LocalDate } from '../core/time';
import { closedDays } from './school-days';

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
export function withTermTime<E extends { data: EventTiming & { category: string; title: string } }>(events: readonly E[]): E[] {
  const closed = closedDays(events);
  // The copy keeps every other property of the entry (rendering needs them), only the timing changes.
  return events.map((e) => (e.data.repeat?.term_time_only ? ({ ...e, data: inTermTime(e.data, closed) } as E) : e));
}
