/** "Add to calendar" for one event: `/events/<slug>.ics`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse, eventEntries } from '@/data/calendars';
import { fileCacheKey } from '@/data/page-cache';
import { getEvents, settings, today } from '@/data/site';

// The file reads the event, the settings (name, address, time zone) and the build's "now", for
// DTSTAMP. The key has today's date rather than the moment: a file kept from an earlier build
// the same day keeps that build's DTSTAMP, which is when this copy of it was made (RFC 5545,
// METHOD:PUBLISH), so a rebuild that changed nothing in an event does not write its file again.
export const getStaticPaths = (async () =>
  (await getEvents()).map((event) => ({
    params: { slug: event.id },
    props: { event },
    cacheKey: fileCacheKey({ event, settings, today }),
  }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { event } = props;
  return calendarResponse(eventEntries([event]), `${settings.name}: ${event.data.title}`);
};
