/**
 * Which days school is open to pupils, from the events the office already keeps: every day of an
 * event of kind `holiday` (half terms, the Christmas and Easter holidays, bank holidays) or `inset`
 * (staff training days). A training day kept as a `term-dates` event with "INSET" or "training day"
 * in its title, as schools did before the `inset` kind existed, closes the school too. The one
 * place that decides it: the lunch menu's cycle and today's lunch, and the clubs and weekly events
 * in term time only (term-time.ts), all ask here.
 */
import { addDays, weekdayOf, type LocalDate } from '../core/time';

/** An event as this needs it: its kind, its title and its dates. */
export interface ClosureEventLike {
  data: { category: string; title: string; start: string; end?: string };
}

/** A `term-dates` event's title that names a day school is closed to pupils for staff training. */
const TRAINING_DAY = /\bINSET\b|\btraining days?\b/i;

/** The kinds of event that close the school to pupils on each of their days. */
export const CLOSED_CATEGORIES: readonly string[] = ['holiday', 'inset'];

/** Whether an event closes the school to pupils: a holiday, or a staff training (INSET) day. */
export function closesSchool(event: ClosureEventLike): boolean {
  return CLOSED_CATEGORIES.includes(event.data.category) || (event.data.category === 'term-dates' && TRAINING_DAY.test(event.data.title));
}

/** Every date school is closed to pupils because of a holiday or a training day (weekends are not listed). */
export function closedDays(events: readonly ClosureEventLike[]): Set<LocalDate> {
  const closed = new Set<LocalDate>();
  for (const event of events.filter(closesSchool)) {
    const first = event.data.start.slice(0, 10);
    const last = (event.data.end ?? event.data.start).slice(0, 10);
    for (let day = first; day <= last; day = addDays(day, 1)) closed.add(day);
  }
  return closed;
}

/** Monday to Friday. */
export function isWeekday(day: LocalDate): boolean {
  const weekday = weekdayOf(day);
  return weekday >= 1 && weekday <= 5;
}

/** A weekday school is open to pupils. */
export function isSchoolDay(day: LocalDate, closed: ReadonlySet<LocalDate>): boolean {
  return isWeekday(day) && !closed.has(day);
}

/** The Monday of the week a day is in (the day itself on a Monday). */
export function mondayOf(day: LocalDate): LocalDate {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * Whether pupils are in school on at least one day of the week starting on `monday`: a week
 * with an INSET day or a bank holiday is still a school week; a half-term week is not.
 */
export function isSchoolWeek(monday: LocalDate, closed: ReadonlySet<LocalDate>): boolean {
  return [0, 1, 2, 3, 4].some((n) => isSchoolDay(addDays(monday, n), closed));
}
