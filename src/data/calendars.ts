/** Calendar files for the site's events, built from the published events. */
import { calendar } from '../lib/domain/ical';
import { eventCategoryLabel } from '../lib/domain/labels';
import { now, settings, type SchoolEvent } from './site';
import { entryPath } from '../schemas/routes';

/** An iCalendar response for these events, named for the phone's calendar list. */
export function calendarResponse(events: readonly SchoolEvent[], name: string): Response {
  const body = calendar(
    events.map((e) => ({
      id: e.id,
      title: e.data.title,
      summary: e.data.summary,
      start: e.data.start,
      end: e.data.end,
      location: e.data.location,
      category: eventCategoryLabel(e.data.category),
      url: new URL(entryPath('events', e.id), settings.url).href,
      repeat: e.data.repeat,
    })),
    { name, host: new URL(settings.url).hostname, timeZone: settings.timezone, now },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
