/**
 * The site's web addresses, known from the content alone (without building), and the links
 * editors write in Markdown. The content check uses them to refuse a link to a page that does not
 * exist (or not yet); `npm run doctor` reports the same problems, because it runs the same check.
 */
import type { CollectionName } from '../../schemas';
import { SITE_ROUTES, entryFiles, entryLink, entryPath, inLanguage, languageRoutes } from '../../schemas/routes';
import type { TranslatableCollection } from '../../schemas/translation';
import { closestName } from './problems';
import type { LocalDate } from '../core/time';

/**
 * Addresses made from lists rather than entries (further pages of a list, a home-learning subject,
 * the clubs for a year group, a committee, the CMS's thumbnails, scripts and the search index): a link to one is not judged.
 */
const NOT_JUDGED = [
  /^\/(newsletters|events\/past|classes\/[a-z0-9-]+)\/page\/\d+\/?$/,
  /^\/(home-learning\/(subject|year)|clubs\/year)\/[^/]+\/?$/,
  /^\/(governors\/committees|admin\/uploads|_astro|pagefind|sitemap-\d+\.xml)/,
];

/** An entry as the address list needs it. */
export interface RoutedEntry {
  id: string;
  data: { draft?: unknown; date?: unknown; consultation?: unknown };
}

/** A translation as the address list needs it. */
export interface RoutedTranslation {
  collection: TranslatableCollection;
  lang: string;
  id: string;
  data: { draft?: unknown };
}

/**
 * When an address exists: the day it appears ('' when it is there from the start; a scheduled
 * newsletter appears on its date), or 'draft' for an entry that has no page yet.
 */
export type Availability = LocalDate | 'draft';

/** When an entry's page exists: drafts never (except a policy's draft under consultation), dated entries from their date. */
export function availability(entry: RoutedEntry): Availability {
  if (entry.data.draft && entry.data.consultation === undefined) return 'draft';
  return typeof entry.data.date === 'string' ? entry.data.date : '';
}

/**
 * Every address the site builds from this content, with when it exists: fixed pages, the files
 * in `public/` (`publicFiles`, as addresses), entries' pages and their feeds and calendars,
 * translations and the language pages. `languages` are the translation languages offered (not the
 * site's main language).
 */
export function siteAddresses(
  entries: Partial<Record<CollectionName, RoutedEntry[]>>,
  translations: RoutedTranslation[] = [],
  languages: string[] = [],
  publicFiles: string[] = [],
): Map<string, Availability> {
  const addresses = new Map<string, Availability>([...Object.values(SITE_ROUTES), ...publicFiles].map((route) => [route, '']));
  const add = (url: string, when: Availability) => {
    const known = addresses.get(url);
    // Two entries at one address (never in checked content) count as the sooner.
    if (known === undefined || known === 'draft' || (when !== 'draft' && when < known)) addresses.set(url, when);
  };
  for (const [collection, list] of Object.entries(entries) as [CollectionName, RoutedEntry[]][]) {
    for (const entry of list) {
      const when = availability(entry);
      const url = entryLink(collection, entry.id);
      if (url && !url.includes('#')) add(url, when);
      for (const file of entryFiles(collection, entry.id)) add(file, when);
    }
  }
  for (const lang of languages) add(languageRoutes(lang).home, '');
  for (const translation of translations) {
    const original = entries[translation.collection]?.find((e) => e.id === translation.id);
    const when = translation.data.draft || !original ? 'draft' : availability(original);
    add(inLanguage(translation.lang, entryPath(translation.collection, translation.id)), when);
    // A language's search page is there for its lasting translations; notices come and go.
    if (when === 'draft' || translation.collection === 'notices') continue;
    add(languageRoutes(translation.lang).search, '');
    if (translation.collection === 'newsletters') add(languageRoutes(translation.lang).newslettersFeed, '');
  }
  return addresses;
}

/** A site-internal link in some Markdown, without its anchor or query, and where it starts. */
export interface MarkdownLink {
  link: string;
  offset: number;
}

/**
 * The site-internal links in some Markdown, in order: `[text](/path/)` and `![alt](/path)`,
 * reference definitions (`[1]: /path`), and `href` in HTML. Links to other sites (including
 * `//host/...`) are left out, and so is `src` in HTML, which editors do not write (the hostile
 * HTML fixtures rely on `<img src="/missing.png">` to test the sanitiser).
 */
export function linksIn(markdown: string): MarkdownLink[] {
  const found = [
    ...[...markdown.matchAll(/\]\(\s*(?:<(\/[^>]*)>|(\/[^)\s]*))(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ link: (m[1] ?? m[2])!, offset: m.index })),
    ...[...markdown.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*<?(\/[^\s>]*)/gm)].map((m) => ({ link: m[1]!, offset: m.index })),
    ...[...markdown.matchAll(/\shref\s*=\s*(?:"(\/[^"]*)"|'(\/[^']*)')/gi)].map((m) => ({ link: (m[1] ?? m[2])!, offset: m.index })),
  ];
  return found
    .filter((l) => !l.link.startsWith('//'))
    .map((l) => ({ link: l.link.replace(/[?#].*$/, '') || '/', offset: l.offset }))
    .sort((a, b) => a.offset - b.offset);
}

/** The site-internal links in some Markdown, in order, without anchors or queries. */
export function internalLinks(markdown: string): string[] {
  return linksIn(markdown).map((l) => l.link);
}

/**
 * Why a link to a page of the site cannot be followed on `when` (the day the linking text is
 * published), or undefined when it can. `/policies/uniform` (no final slash) counts, as hosts
 * redirect it. Uploads are checked against the uploads folder, not here.
 */
export function pageLinkProblem(link: string, addresses: ReadonlyMap<string, Availability>, when: LocalDate): string | undefined {
  if (NOT_JUDGED.some((pattern) => pattern.test(link))) return undefined;
  const exists = addresses.get(link) ?? addresses.get(`${link}/`);
  if (exists === 'draft') return `"${link}" is a draft, so parents could not open it. Publish it first, or remove the link.`;
  if (exists === undefined) {
    const guess = closestName(link, [...addresses].filter(([, w]) => w !== 'draft').map(([url]) => url));
    return `"${link}" is not a page on the site.${guess ? ` Did you mean ${guess}?` : ''} Check the address (copy it from the page itself), or remove the link.`;
  }
  if (exists > when) return `"${link}" is only published on ${exists}, after this is. Remove the link, or publish this on or after that day.`;
  return undefined;
}
