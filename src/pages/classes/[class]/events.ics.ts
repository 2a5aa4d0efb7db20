/** A class's calendar: whole-school events plus that class's own, `/classes/<slug>/events.ics`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../../data/calendars';
import { getClasses, getEvents, settings, today, type SchoolClass } from '../../../data/site';
import { forClass, forSubscribedCalendar } from '../../../lib/domain/events';

export const getStaticPaths = (async () =>
  (await getClasses()).map((schoolClass) => ({ params: { class: schoolClass.id }, props: { schoolClass } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { schoolClass } = props as { schoolClass: SchoolClass };
  return calendarResponse(forClass(forSubscribedCalendar(await getEvents(), today), schoolClass.id), `${settings.name}: ${schoolClass.data.title}`);
};
