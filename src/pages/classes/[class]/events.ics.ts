/** A class's calendar: whole-school events, that class's own and its year group's clubs, `/classes/<slug>/events.ics`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse, subscribedCalendar } from '@/data/calendars';
import { getClasses, settings } from '@/data/site';

export const getStaticPaths = (async () =>
  (await getClasses()).map((schoolClass) => ({ params: { class: schoolClass.id }, props: { schoolClass } }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { schoolClass } = props;
  return calendarResponse(await subscribedCalendar(schoolClass), `${settings.name}: ${schoolClass.data.title}`);
};
