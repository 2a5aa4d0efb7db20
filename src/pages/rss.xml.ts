/** All news: newsletters, class updates and urgent notices, `/rss.xml`. */
import type { APIRoute } from 'astro';
import { newsFeed } from '../data/feeds';
import { getClassUpdates, getClasses, getNewsletters, getNotices, settings } from '../data/site';

export const GET: APIRoute = async () =>
  newsFeed({
    title: `${settings.name}: news`,
    description: `Newsletters, class updates and urgent notices from ${settings.name}.`,
    page: '/',
    entries: [...(await getNewsletters()), ...(await getClassUpdates())],
    notices: await getNotices(),
    classNames: new Map((await getClasses()).map((c) => [c.id, c.data.title])),
  });
