/**
 * The site's web addresses, made in one place from the content model (src/schemas/index.ts):
 * every page, feed and calendar link, the editor's "view on site" paths, the page names a school
 * cannot use, translations, the content check's list of addresses and the reference in
 * docs/reference.md all come from here. Addresses are a public contract: schools' links, parents'
 * bookmarks and subscribed calendars depend on them.
 */
import { COLLECTIONS, type CollectionName, type CollectionSpec } from './index';

/** Pages and files every site has, whatever its content, by what they are. */
export const SITE_ROUTES = {
  home: '/',
  newsletters: '/newsletters/',
  newslettersFeed: '/newsletters/rss.xml',
  classes: '/classes/',
  events: '/events/',
  pastEvents: '/events/past/',
  calendar: '/events.ics',
  policies: '/policies/',
  support: '/support/',
  surveys: '/surveys/',
  curriculumLetters: '/curriculum-letters/',
  governors: '/governors/',
  statutory: '/governors/statutory/',
  governorsRegister: '/governors/register/',
  reviewsCalendar: '/governors/reviews.ics',
  search: '/search/',
  searchWords: '/search/words.json',
  aToZ: '/a-z/',
  homeLearning: '/home-learning/',
  languages: '/languages/',
  consultations: '/consultations/',
  vacancies: '/vacancies/',
  vacanciesFeed: '/vacancies/rss.xml',
  notices: '/notices/',
  noticesFeed: '/notices/rss.xml',
  clubs: '/clubs/',
  menus: '/menus/',
  admissions: '/admissions/',
  newsFeed: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  robots: '/robots.txt',
  notFound: '/404.html',
  admin: '/admin/',
  adminConfig: '/admin/config.yml',
  adminLogo: '/admin/logo.svg',
} as const;

/**
 * The words for "the trust's own policies" and "every school" in the trust dashboard's addresses
 * (`/governors/dashboard/trust/`, `/governors/dashboard/all/<committee>/`), where a school's short
 * name goes otherwise: no school may be called either (the content check and SCHOOL refuse them).
 */
export const DASHBOARD_SITES = { trust: 'trust', all: 'all' } as const;

/** Pages only a trust's own site has: its schools, every school's policy reviews, and the schools' local governing boards. */
export const TRUST_ROUTES = {
  trustSchools: '/schools/',
  trustDashboard: '/governors/dashboard/',
  trustLocalBoards: '/governors/local-boards/',
} as const;

/**
 * Fixed pages a school may give words of its own: `content/pages/<name>.md` is then not a page of
 * its own but the opening of the fixed page at the same address (its title, summary and text):
 * a school that already had an admissions page keeps its words and its links, and the lunch
 * menu page says how free school meals work in the school's own words.
 */
export const PAGES_WITH_OWN_TEXT: readonly string[] = [SITE_ROUTES.admissions, SITE_ROUTES.menus].map((path) => path.slice(1, -1));

/** Collections whose entries have a page of their own. */
export type PagedCollection = { [N in CollectionName]: (typeof COLLECTIONS)[N] extends { page: string } ? N : never }[CollectionName];

const spec = (collection: CollectionName): CollectionSpec => COLLECTIONS[collection];

/** An address pattern with `:id` filled in. */
const fill = (pattern: string, id: string) => pattern.replace(':id', id);

/** The page of an entry: `/policies/uniform/`, `/classes/oak/2026-10-09-leaf-hunt/`. */
export function entryPath(collection: PagedCollection, id: string): string {
  return fill(spec(collection).page!, id);
}

/**
 * A page's address on another of the trust's sites (`path` root-relative, such as
 * `/policies/uniform/`): joined as text, not resolved, so a site served under a folder
 * (`https://example.org/ashgrove/`) keeps its folder.
 */
export function onSite(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

/** Where an entry is shown: its page, or its place on a shared page (a support service); undefined for neither. */
export function entryLink(collection: CollectionName, id: string): string | undefined {
  const { page, shownAt } = spec(collection);
  return page ? fill(page, id) : shownAt ? fill(shownAt, id) : undefined;
}

/** The feeds, calendars and email versions published with an entry. */
export function entryFiles(collection: CollectionName, id: string): string[] {
  return (spec(collection).files ?? []).map((pattern) => fill(pattern, id));
}

/** The feed of a class's updates. */
export const classFeedPath = (classId: string) => entryFiles('classes', classId).find((f) => f.endsWith('.xml'))!;
/** The calendar of a class's events and the whole school's. */
export const classCalendarPath = (classId: string) => entryFiles('classes', classId).find((f) => f.endsWith('.ics'))!;
/** The calendar file of one event ("Add to my calendar"). */
export const eventCalendarPath = (eventId: string) => entryFiles('events', eventId)[0]!;
/** The calendar file of one club's sessions. */
export const clubCalendarPath = (clubId: string) => entryFiles('clubs', clubId)[0]!;
/** The clubs for one year group (`year-3`, from "Year 3"): the list filtered without JavaScript. */
export const clubsForYearPath = (yearGroupSlug: string) => `${SITE_ROUTES.clubs}year/${yearGroupSlug}/`;
/** The email and plain-text versions of a newsletter, for the office to paste into its mailing system. */
export const newsletterEmailPaths = (id: string) => {
  const [html, text] = entryFiles('newsletters', id);
  return { html: html!, text: text! };
};

/** A page in a language other than the site's main one: the same address with `/<lang>` in front. */
export function inLanguage(lang: string, path: string): string {
  return `/${lang}${path}`;
}

/** A language's own pages: its home page, its search and its newsletter feed. */
export const languageRoutes = (lang: string) => ({
  home: `/${lang}/`,
  search: inLanguage(lang, SITE_ROUTES.search),
  newslettersFeed: inLanguage(lang, SITE_ROUTES.newslettersFeed),
});

/**
 * Page names a school cannot give a page (`content/pages/<name>.md` is published at `/<name>/`):
 * the first part of every other address the site makes, and the folders of files it publishes.
 */
export function reservedPageNames(): string[] {
  const firstPart = (path: string) => path.split('/')[1]!.replace(/\..*$/, '');
  const patterns = [
    ...Object.values(SITE_ROUTES),
    // A school may join a trust later: its page names must not take the trust's.
    ...Object.values(TRUST_ROUTES),
    ...Object.values(COLLECTIONS).flatMap((c: CollectionSpec) => [c.page ?? '', c.shownAt ?? '', ...(c.files ?? [])]),
  ];
  const names = patterns.filter((p) => p && !p.startsWith('/:id')).map(firstPart);
  return [...new Set([...names, 'uploads', 'pagefind', 'pagefind-archive', '_astro', 'rss', 'sitemap', '404'])]
    .filter((name) => name && !PAGES_WITH_OWN_TEXT.includes(name))
    .sort();
}

/**
 * The editor's "view on site" path for a collection, in Decap's template words: `{{filename}}` is
 * the entry's file name, `{{dirname}}` its folder (a class updates's class). Relative to the site.
 */
export function previewPath(collection: CollectionName): string {
  const { page, shownAt, nested } = spec(collection);
  const pattern = page ?? shownAt!.replace(/#:id$/, '');
  return pattern.replace(':id', nested ? '{{dirname}}/{{filename}}' : '{{filename}}').replace(/^\//, '');
}
