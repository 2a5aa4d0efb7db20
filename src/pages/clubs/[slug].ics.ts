/** "Add to my calendar" for one club: `/clubs/<slug>.ics`, its weekly sessions in term time. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse, clubEntries } from '@/data/calendars';
import { getClubs, settings } from '@/data/site';

export const getStaticPaths = (async () => (await getClubs()).map((club) => ({ params: { slug: club.id }, props: { club } }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { club } = props;
  return calendarResponse(await clubEntries([club]), `${settings.name}: ${club.data.title}`);
};
