/** Urgent notices, `/notices/rss.xml`: every notice that has gone up, newest first. */
import type { APIRoute } from 'astro';
import { newsFeed } from '@/data/feeds';
import { getNotices, settings } from '@/data/site';
import { SITE_ROUTES } from '@/schemas/routes';

export const GET: APIRoute = async () =>
  newsFeed({
    title: `${settings.name}: urgent notices`,
    description: `Closures and urgent news from ${settings.name}.`,
    page: SITE_ROUTES.notices,
    entries: [],
    notices: await getNotices(),
    classNames: new Map(),
  });
