/** One class's updates, `/classes/<slug>/rss.xml`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { newsFeed } from '@/data/feeds';
import { getClassUpdates, getClasses, getHomeLearning, settings } from '@/data/site';
import { resourcesForClass } from '@/lib/domain/home-learning';
import { entryPath } from '@/schemas/routes';

export const getStaticPaths = (async () =>
  (await getClasses()).map((schoolClass) => ({ params: { class: schoolClass.id }, props: { schoolClass } }))) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { schoolClass } = props;
  return newsFeed({
    title: `${settings.name}: ${schoolClass.data.title}`,
    description: `Weekly updates and home learning from ${schoolClass.data.title} (${schoolClass.data.year_group}).`,
    page: entryPath('classes', schoolClass.id),
    entries: [...(await getClassUpdates()).filter((u) => u.data.class === schoolClass.id), ...resourcesForClass(await getHomeLearning(), schoolClass)],
    classNames: new Map([[schoolClass.id, schoolClass.data.title]]),
  });
};
