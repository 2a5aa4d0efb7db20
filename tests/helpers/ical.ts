/** Calendar files read as a phone's calendar app would: with ical.js, every repeat expanded. */
import ICAL from 'ical.js';

/**
 * Every event of a calendar file by its UID, with the day of each time it happens (school time,
 * `YYYY-MM-DD`), as ical.js expands its RRULE and EXDATEs. At most `limit` dates an event.
 */
export function expandedDates(text: string, limit = 500): Map<string, string[]> {
  const component = new ICAL.Component(ICAL.parse(text));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const dates = new Map<string, string[]>();
  for (const vevent of component.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    const list: string[] = [];
    for (let next = it.next(); next && list.length < limit; next = it.next()) list.push(next.toString().slice(0, 10));
    dates.set(event.uid, list);
  }
  return dates;
}
