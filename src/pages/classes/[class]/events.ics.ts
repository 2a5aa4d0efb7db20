/** A class's calendar: whole-school events plus that class's own, `/classes/<slug>/events.ics`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse } from '@/data/calendars';
import { getClasses, getEvents, settings, today } from '@/data/site';
import { forClass, forSubscribedCalendar } from '@/lib/domain/events';

export const getStaticPaths = (async () =>
  (await getClasses()).map((schoolClass) => ({ params: { class: schoolClass.id }, props: { schoolClass } }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { schoolClass } = props;
  return calendarResponse(forClass(forSubscribedCalendar(await getEvents(), today), schoolClass.id), `${settings.name}: ${schoolClass.data.title}`);
};
