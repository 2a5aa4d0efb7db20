/** "Add to calendar" for one event: `/events/<slug>.ics`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../data/calendars';
import { getEvents, settings, type SchoolEvent } from '../../data/site';

export const getStaticPaths = (async () =>
  (await getEvents()).map((event) => ({ params: { slug: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event } = props as { event: SchoolEvent };
  return calendarResponse([event], `${settings.name}: ${event.data.title}`);
};
