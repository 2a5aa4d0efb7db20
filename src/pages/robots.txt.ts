/** Lets search engines in, keeps them out of the editor, and points them at the sitemap. */
import type { APIRoute } from 'astro';
import { settings } from '../data/site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap-index.xml', settings.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
