/** Policy review dates as a calendar the clerk can subscribe to: `/governors/reviews.ics`. */
import type { APIRoute } from 'astro';
import { getReviewRows } from '@/data/governors';
import { now, settings } from '@/data/site';
import { calendar } from '@/lib/domain/ical';
import { entryPath } from '@/schemas/routes';

export const GET: APIRoute = async () => {
  const rows = await getReviewRows();
  const body = calendar(
    rows.map((row) => ({
      id: `review-${row.id}`,
      title: `Policy review due: ${row.title}`,
      summary: `${row.committee}. Owner: ${row.owner}.`,
      start: row.due,
      category: 'Policy review',
      url: new URL(entryPath('policies', row.id), settings.url).href,
    })),
    { name: `${settings.name}: policy reviews`, host: new URL(settings.url).hostname, timeZone: settings.timezone, now },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
