/**
 * The site's web addresses, known from the content alone (without building): for checking the
 * links editors write in Markdown before a build, in `npm run doctor`.
 */
import type { CollectionName } from '../schemas';

/** The page of one entry, by collection (the public contract, listed in docs/reference.md). */
export function entryUrl(collection: CollectionName, id: string): string | undefined {
  switch (collection) {
    case 'policies':
      return `/policies/${id}/`;
    case 'newsletters':
      return `/newsletters/${id}/`;
    case 'classes':
    case 'classUpdates':
      return `/classes/${id}/`;
    case 'curriculumLetters':
      return `/curriculum-letters/${id}/`;
    case 'events':
      return `/events/${id}/`;
    case 'pages':
      return `/${id}/`;
    case 'surveys':
      return `/surveys/${id}/`;
    case 'homeLearning':
      return `/home-learning/${id}/`;
    default:
      return undefined;
  }
}

/** Pages and files every site has, whatever its content. */
export const FIXED_ROUTES = [
  '/', '/newsletters/', '/newsletters/rss.xml', '/classes/', '/events/', '/events/past/', '/events.ics', '/policies/',
  '/support/', '/surveys/', '/curriculum-letters/', '/governors/', '/governors/statutory/', '/governors/reviews.ics',
  '/search/', '/a-z/', '/home-learning/', '/languages/', '/rss.xml', '/sitemap-index.xml', '/robots.txt', '/admin/',
];

/** Every address a link may point at: fixed pages, entries' pages and their feeds and calendars. */
export function knownRoutes(entries: Partial<Record<CollectionName, { id: string }[]>>): Set<string> {
  const routes = new Set(FIXED_ROUTES);
  for (const [collection, list] of Object.entries(entries) as [CollectionName, { id: string }[]][]) {
    for (const entry of list) {
      const url = entryUrl(collection, entry.id);
      if (url) routes.add(url);
      if (collection === 'classes') {
        routes.add(`/classes/${entry.id}/rss.xml`);
        routes.add(`/classes/${entry.id}/events.ics`);
      }
      if (collection === 'events') routes.add(`/events/${entry.id}.ics`);
      if (collection === 'newsletters') {
        routes.add(`/newsletters/${entry.id}/email.html`);
        routes.add(`/newsletters/${entry.id}/email.txt`);
      }
    }
  }
  return routes;
}

/** The site-internal links in some Markdown: `[text](/path/)` and `href="/path/"`, without anchors or queries. */
export function internalLinks(markdown: string): string[] {
  const links = [
    ...[...markdown.matchAll(/\]\(\s*(?:<(\/[^>]*)>|(\/[^)\s]*))(?:\s+"[^"]*")?\s*\)/g)].map((m) => (m[1] ?? m[2])!),
    ...[...markdown.matchAll(/\shref="(\/[^"]*)"/g)].map((m) => m[1]!),
  ];
  return links.filter((l) => !l.startsWith('//')).map((l) => l.replace(/[?#].*$/, '') || '/');
}

/** Whether a link reaches a known address; `/policies/uniform` (no final slash) counts, as hosts redirect it. */
export function linkResolves(link: string, routes: ReadonlySet<string>, uploads: ReadonlySet<string>): boolean {
  if (link.startsWith('/uploads/')) return uploads.has(decodeURI(link));
  if (link.startsWith('/governors/committees/') || link.startsWith('/_astro/') || link.startsWith('/pagefind/')) return true;
  return routes.has(link) || routes.has(`${link}/`);
}
