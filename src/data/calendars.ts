/** Calendar files for the site's events and clubs, built from the published entries. */
import { calendar, type CalendarEvent } from '../lib/domain/ical';
import { clubSessions } from '../lib/domain/clubs';
import { forClass, forSubscribedCalendar, subscribedCalendarStart } from '../lib/domain/events';
import { eventCategoryLabel } from '../lib/domain/labels';
import { getClosedDays, getClubs, getEvents, now, settings, today, type Club, type SchoolClass, type SchoolEvent } from './site';
import { entryPath } from '../schemas/routes';

const absolute = (path: string) => new URL(path, settings.url).href;

/** Events as calendar entries, each linking to its page. */
export function eventEntries(events: readonly SchoolEvent[]): CalendarEvent[] {
  return events.map((e) => ({
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    start: e.data.start,
    end: e.data.end,
    location: e.data.location,
    category: eventCategoryLabel(e.data.category),
    url: absolute(entryPath('events', e.id)),
    repeat: e.data.repeat,
  }));
}

/**
 * Clubs as calendar entries: one weekly event for each day a club meets, with the holidays and
 * INSET days left out as EXDATEs. The id (`club/<slug>/<day>`) cannot be an event's, whose ids have no slash.
 */
export async function clubEntries(clubs: readonly Club[]): Promise<CalendarEvent[]> {
  const closed = await getClosedDays();
  return clubs.flatMap((club) =>
    clubSessions(club.data, closed).map((session) => ({
      id: `club/${club.id}/${session.day}`,
      title: club.data.title,
      summary: club.data.summary,
      start: session.start,
      end: session.end,
      location: club.data.location,
      category: eventCategoryLabel('club'),
      url: absolute(entryPath('clubs', club.id)),
      repeat: session.repeat,
    })),
  );
}

/**
 * What a subscribed calendar carries, from the start of the previous school year: the whole
 * school's events and every club, or for a class, its events, the whole school's and the clubs
 * its year group can join.
 */
export async function subscribedCalendar(schoolClass?: SchoolClass): Promise<CalendarEvent[]> {
  const events = forSubscribedCalendar(await getEvents(), today);
  const from = subscribedCalendarStart(today);
  const clubs = (await getClubs()).filter(
    (c) => c.data.until >= from && (!schoolClass || (c.data.year_groups as readonly string[]).includes(schoolClass.data.year_group)),
  );
  return [...eventEntries(schoolClass ? forClass(events, schoolClass.id) : events), ...(await clubEntries(clubs))];
}

/** An iCalendar response for these entries, named for the phone's calendar list. */
export function calendarResponse(entries: readonly CalendarEvent[], name: string): Response {
  const body = calendar(entries, { name, host: new URL(settings.url).hostname, timeZone: settings.timezone, now });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
