/** The vacancies pages' data: which are open now, each advert as HTML, its job posting, and the feed. */
import { memoise } from '../lib/core/memo';
import { toInstant } from '../lib/core/time';
import { absoluteUrls } from '../lib/domain/absolute';
import { rssDocument, summaryHtml } from '../lib/domain/rss';
import { jobPostingJsonLd } from '../lib/domain/structured-data';
import { isOpen, openVacancies, vacancyHtml } from '../lib/domain/vacancies';
import { SITE_ROUTES, entryPath } from '../schemas/routes';
import { getVacancies, inBuild, now, settings, type Vacancy } from './site';

/** The vacancies still taking applications when the site is built, closing soonest first. */
export const getOpenVacancies = memoise(async (): Promise<Vacancy[]> => openVacancies(await getVacancies(), now, settings.timezone), inBuild);

/** Whether a vacancy is still taking applications when the site is built. */
export const isVacancyOpen = (vacancy: Vacancy): boolean => isOpen(vacancy, now, settings.timezone);

/** The advert's address on the site, absolute. */
const absoluteLink = (vacancy: Vacancy) => new URL(entryPath('vacancies', vacancy.id), settings.url).href;

/** The whole advert as HTML with absolute links, for feed readers and search engines. */
function advertHtml(vacancy: Vacancy): string {
  return absoluteUrls(vacancyHtml(vacancy.data, vacancy.rendered?.html ?? '', settings.safer_recruitment), settings.url);
}

/** The schema.org JobPosting of an open vacancy. */
export function vacancyJsonLd(vacancy: Vacancy): Record<string, unknown> {
  return jobPostingJsonLd({ ...vacancy.data, id: vacancy.id, descriptionHtml: advertHtml(vacancy), url: absoluteLink(vacancy) }, settings);
}

/** `/vacancies/rss.xml`: the open vacancies, newest first, each with the whole advert. */
export async function vacanciesFeed(): Promise<Response> {
  const open = [...(await getOpenVacancies())].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const xml = await rssDocument({
    title: `${settings.name}: vacancies`,
    description: `Jobs at ${settings.name} that are open for applications.`,
    site: new URL(SITE_ROUTES.vacancies, settings.url).href,
    language: 'en-gb',
    items: open.map((vacancy) => ({
      title: vacancy.data.title,
      link: absoluteLink(vacancy),
      pubDate: toInstant(vacancy.data.date, settings.timezone),
      description: summaryHtml(vacancy.data.summary),
      content: advertHtml(vacancy),
      categories: ['Vacancy'],
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
