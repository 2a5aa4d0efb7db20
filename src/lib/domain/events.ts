/** Lists of event dates: upcoming, past, this week, by month and by class. */
import { occurrences, type EventTiming, type Occurrence } from '../core/recurrence';
import { academicYearOf } from '../core/school-year';
import { addDays, compareLocal, type LocalDate } from '../core/time';

export interface Dated<E> {
  event: E;
  occurrence: Occurrence;
}

type EventLike = { id: string; data: EventTiming & { classes: string[] } };

/** Every date of every event, in time order (ties by event id, so builds are stable). */
export function allOccurrences<E extends EventLike>(events: readonly E[]): Dated<E>[] {
  return events
    .flatMap((event) => occurrences(event.data).map((occurrence) => ({ event, occurrence })))
    .sort((a, b) => compareLocal(a.occurrence.start, b.occurrence.start) || a.event.id.localeCompare(b.event.id));
}

/**
 * Events with a date on or after `today` (a weekly event until its last week). Lists of what is
 * coming up filter with this first, so they expand the dates of this term's events rather than
 * of every event in a ten-year archive.
 */
export function notFinished<E extends EventLike>(events: readonly E[], today: LocalDate): E[] {
  return events.filter((e) => (e.data.repeat ? e.data.repeat.until : (e.data.end ?? e.data.start).slice(0, 10)) >= today);
}

/**
 * The events a subscribed calendar carries: everything from the start of the previous school
 * year (1 September) onwards. Phones fetch the file twice a day, so it must not grow with every
 * year of the archive; last year's dates are still there to look back on.
 */
export function forSubscribedCalendar<E extends EventLike>(events: readonly E[], today: LocalDate): E[] {
  return notFinished(events, subscribedCalendarStart(today));
}

/** The first day a subscribed calendar covers: 1 September of the previous school year. */
export function subscribedCalendarStart(today: LocalDate): LocalDate {
  return `${Number(academicYearOf(today).slice(0, 4)) - 1}-09-01`;
}

/** Dates that have not finished before today (an event on today still counts as upcoming). */
export function upcoming<E>(list: readonly Dated<E>[], today: LocalDate): Dated<E>[] {
  return list.filter((d) => d.occurrence.end.slice(0, 10) >= today);
}

/** Dates that finished before today, most recent first. */
export function past<E>(list: readonly Dated<E>[], today: LocalDate): Dated<E>[] {
  return list.filter((d) => d.occurrence.end.slice(0, 10) < today).reverse();
}

/** Dates touching the seven days from today. */
export function nextSevenDays<E>(list: readonly Dated<E>[], today: LocalDate): Dated<E>[] {
  const last = addDays(today, 6);
  return upcoming(list, today).filter((d) => d.occurrence.start.slice(0, 10) <= last);
}

/** Events for one class's families: the whole-school events and that class's own. */
export function forClass<E extends EventLike>(events: readonly E[], classSlug: string): E[] {
  return events.filter((e) => e.data.classes.length === 0 || e.data.classes.includes(classSlug));
}

/** Groups dated items by the month they start in (`YYYY-MM`). */
export function byMonth<E>(list: readonly Dated<E>[]): Map<string, Dated<E>[]> {
  const months = new Map<string, Dated<E>[]>();
  for (const d of list) {
    const key = d.occurrence.start.slice(0, 7);
    const month = months.get(key);
    if (month) month.push(d);
    else months.set(key, [d]);
  }
  return months;
}

/**
 * For the events list: one-off dates all shown, but a weekly event's dates only in the next
 * `horizonDays`, so thirty Friday assemblies do not bury the trip and the consultations.
 * Weekly events are described once, in their own section.
 */
export function withoutDistantRepeats<E extends { data: object }>(list: readonly Dated<E>[], today: LocalDate, horizonDays = 14): Dated<E>[] {
  const last = addDays(today, horizonDays - 1);
  return list.filter((d) => !(d.event.data as { repeat?: unknown }).repeat || d.occurrence.start.slice(0, 10) <= last);
}
