/**
 * The site's long lists, split into pages (src/lib/core/pagination.ts), so a list page weighs the same
 * in a school's first year and its tenth. Page 1 is the list's own address.
 */
import { allOccurrences, past, type Dated } from '../lib/domain/events';
import { memoise } from '../lib/core/memo';
import { paginate, type ListPage } from '../lib/core/pagination';
import { getEvents, getNewsletters, getUpdatesByClass, inBuild, today, type ClassUpdate, type Newsletter, type SchoolEvent } from './site';
import { SITE_ROUTES, entryPath } from '../schemas/routes';

/** Entries per page: enough to scan a few months at a time, few enough to stay light on a phone. */
export const PER_PAGE = {
  newsletters: 20,
  /** On the class page, under the class's introduction. */
  classUpdates: 10,
  pastEvents: 40,
} as const;

/** `/newsletters/`, `/newsletters/page/2/`, … */
export const newsletterPages = memoise(
  async (): Promise<ListPage<Newsletter>[]> => paginate(await getNewsletters(), PER_PAGE.newsletters, SITE_ROUTES.newsletters),
  inBuild,
);

/** `/classes/<class>/`, `/classes/<class>/page/2/`, … */
export async function classUpdatePages(classId: string): Promise<ListPage<ClassUpdate>[]> {
  return paginate((await getUpdatesByClass()).get(classId) ?? [], PER_PAGE.classUpdates, entryPath('classes', classId));
}

/** `/events/past/`, `/events/past/page/2/`, …: every date that has passed, most recent first. */
export const pastEventPages = memoise(
  async (): Promise<ListPage<Dated<SchoolEvent>>[]> => paginate(past(allOccurrences(await getEvents()), today), PER_PAGE.pastEvents, SITE_ROUTES.pastEvents),
  inBuild,
);
