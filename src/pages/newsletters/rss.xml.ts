/** Newsletters, `/newsletters/rss.xml`. */
import type { APIRoute } from 'astro';
import { newsFeed } from '@/data/feeds';
import { getNewsletters, settings } from '@/data/site';

export const GET: APIRoute = async () =>
  newsFeed({
    title: `${settings.name}: newsletters`,
    description: `Every newsletter from ${settings.name}.`,
    page: '/newsletters/',
    entries: await getNewsletters(),
    classNames: new Map(),
  });
