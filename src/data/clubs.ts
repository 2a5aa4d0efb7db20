/** Clubs with the year groups families can pick from, and each club's sessions in term time. */
import { YEAR_GROUPS } from '../schemas/common';
import { clubsForYearPath, SITE_ROUTES } from '../schemas/routes';
import { clubSessions, nextSession, yearGroupsWithClubs, type ClubSession } from '../lib/domain/clubs';
import { yearGroupSlug } from '../lib/domain/home-learning';
import type { Occurrence } from '../lib/core/recurrence';
import { getClosedDays, getClubs, today, type Club } from './site';

export interface ClubFilter {
  label: string;
  href: string;
}

/** "All year groups" and each year group some club is for, as links to their lists. */
export async function clubFilters(allLabel: string): Promise<ClubFilter[]> {
  const years = yearGroupsWithClubs(YEAR_GROUPS, await getClubs());
  return [{ label: allLabel, href: SITE_ROUTES.clubs }, ...years.map((y) => ({ label: y, href: clubsForYearPath(yearGroupSlug(y)) }))];
}

/** A club's weekly sessions (holidays and INSET days skipped) and the next one from today. */
export async function clubTimetable(club: Club): Promise<{ sessions: ClubSession[]; next?: Occurrence }> {
  const sessions = clubSessions(club.data, await getClosedDays());
  return { sessions, next: nextSession(sessions, today) };
}
