/**
 * Clubs: their weekly sessions in term time, the clubs list by day and by year group, and a
 * club's place in the calendars parents subscribe to.
 */
import { WEEKDAYS, type Club, type Weekday } from '../../schemas/club';
import { upcomingOccurrences, type EventTiming, type Occurrence } from '../core/recurrence';
import { addDays, weekdayOf, type LocalDate } from '../core/time';
import { inTermTime } from './term-time';

type ClubTimes = Pick<Club, 'days' | 'start_time' | 'end_time' | 'from' | 'until' | 'except'>;

interface ClubLike {
  id: string;
  data: Pick<Club, 'title' | 'days' | 'start_time' | 'year_groups'>;
}

/** A day's number as `weekdayOf` gives it (0 = Sunday). */
const dayNumber = (day: Weekday) => (WEEKDAYS.indexOf(day) + 1) % 7;

/** The first date on or after `from` that falls on `day`. */
export function firstDateOn(day: Weekday, from: LocalDate): LocalDate {
  return addDays(from, (dayNumber(day) - weekdayOf(from) + 7) % 7);
}

/** One weekly session of a club: its day, and its dates as a weekly pattern. */
export interface ClubSession extends EventTiming {
  day: Weekday;
}

/**
 * A club's sessions: one weekly pattern per day it meets, from its first such day on or after
 * `from` until `until`, in term time only (the school's closed days skipped) and without its
 * `except` dates. A day with no date in the range has no session.
 */
export function clubSessions(club: ClubTimes, closed: ReadonlySet<LocalDate>): ClubSession[] {
  return club.days.flatMap((day) => {
    const first = firstDateOn(day, club.from);
    if (first > club.until) return [];
    const timing = inTermTime(
      {
        start: `${first}T${club.start_time}`,
        end: `${first}T${club.end_time}`,
        repeat: { every: 'week' as const, until: club.until, except: club.except.filter((d) => weekdayOf(d) === dayNumber(day)), term_time_only: true },
      },
      closed,
    );
    return [{ day, ...timing }];
  });
}

/** The club's next session that has not finished before `today`, whichever day it falls on. */
export function nextSession(sessions: readonly ClubSession[], today: LocalDate): Occurrence | undefined {
  return sessions
    .map((s) => upcomingOccurrences(s, today)[0])
    .filter((o): o is Occurrence => o !== undefined)
    .sort((a, b) => a.start.localeCompare(b.start))[0];
}

/**
 * Clubs by the day they meet, Monday first, leaving out days with none; a club that meets on two
 * days is under both. Each day's clubs by start time, then name.
 */
export function clubsByDay<C extends ClubLike>(clubs: readonly C[]): { day: Weekday; clubs: C[] }[] {
  return WEEKDAYS.map((day) => ({
    day,
    clubs: clubs
      .filter((c) => c.data.days.includes(day))
      .sort((a, b) => a.data.start_time.localeCompare(b.data.start_time) || a.data.title.localeCompare(b.data.title, 'en-GB')),
  })).filter((d) => d.clubs.length > 0);
}

/** The clubs a year group's children can join. */
export function clubsForYearGroup<C extends ClubLike>(clubs: readonly C[], yearGroup: string): C[] {
  return clubs.filter((c) => (c.data.year_groups as readonly string[]).includes(yearGroup));
}

/** The year groups some club is for, in the order given (the schema's, Nursery first). */
export function yearGroupsWithClubs(yearGroups: readonly string[], clubs: readonly ClubLike[]): string[] {
  return yearGroups.filter((y) => clubs.some((c) => (c.data.year_groups as readonly string[]).includes(y)));
}

/** Where a year group comes in the school, for runs of years ("Reception to Year 2"). */
function yearRank(yearGroup: string): number | undefined {
  if (yearGroup === 'Nursery') return -1;
  if (yearGroup === 'Reception') return 0;
  const year = /^Year (\d+)$/.exec(yearGroup)?.[1];
  return year === undefined ? undefined : Number(year);
}

/**
 * The year groups as parents say them, short: "Years 3 to 6" or "Reception to Year 2" for a run of
 * three or more, otherwise the names in the order given ("Year 5, Year 6").
 */
export function yearGroupsText(yearGroups: readonly string[]): string {
  const ranks = yearGroups.map(yearRank);
  const run = yearGroups.length > 2 && ranks.every((r, i) => r !== undefined && (i === 0 || r === ranks[i - 1]! + 1));
  if (!run) return yearGroups.join(', ');
  return ranks[0]! > 0 ? `Years ${ranks[0]} to ${ranks.at(-1)}` : `${yearGroups[0]} to ${yearGroups.at(-1)}`;
}
