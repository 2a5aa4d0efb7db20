/** "Add to calendar" for one event: `/events/<slug>.ics`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse, eventEntries } from '@/data/calendars';
import { getEvents, settings } from '@/data/site';

export const getStaticPaths = (async () => (await getEvents()).map((event) => ({ params: { slug: event.id }, props: { event } }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { event } = props;
  return calendarResponse(eventEntries([event]), `${settings.name}: ${event.data.title}`);
};
