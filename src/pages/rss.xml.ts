/** All news: newsletters and class updates, `/rss.xml`. */
import type { APIRoute } from 'astro';
import { newsFeed } from '../data/feeds';
import { getClassUpdates, getClasses, getNewsletters, settings } from '../data/site';

export const GET: APIRoute = async () =>
  newsFeed({
    title: `${settings.name}: news`,
    description: `Newsletters and class updates from ${settings.name}.`,
    page: '/',
    entries: [...(await getNewsletters()), ...(await getClassUpdates())],
    classNames: new Map((await getClasses()).map((c) => [c.id, c.data.title])),
  });
