/**
 * What pages read: the settings, "today", and the published entries of each collection, sorted.
 * It is the only place pages call getCollection, so drafts and scheduled entries are filtered once.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { COLLECTIONS } from '../schemas/index';
import { isConsultationDraft } from '../lib/domain/consultation';
import { memoise, memoiseList } from '../lib/core/memo';
import { groupBy, isPublished, newestFirst } from '../lib/domain/publishing';
import { loadSettings } from '../lib/content/settings';
import { isShared, siteTarget } from '../lib/content/trust';
import { localDateOf, siteNow, type LocalDate } from '../lib/core/time';
import { closedDays } from '../lib/domain/school-days';
import { withTermTime } from '../lib/domain/term-time';

const target = siteTarget();
export const settings = loadSettings(target.dir);
/** The moment the site is built for (`SITE_NOW`, or the clock). */
export const now = siteNow(settings.timezone);
/** The school's calendar date at `now`. */
export const today = localDateOf(now, settings.timezone);

/** Whether a collection's folder has anything in it (Astro warns about every query of an empty one). */
function hasFolder(name: CollectionKey): boolean {
  const spec = (COLLECTIONS as Record<string, { dir: string }>)[name];
  if (!spec) return true;
  // A school in a trust also publishes the trust's policies and events.
  const dirs = [target.dir, ...(target.kind === 'trust-school' && isShared(name) ? [target.layout.trustDir] : [])];
  return dirs.some((dir) => {
    try {
      return readdirSync(join(dir, spec.dir)).length > 0;
    } catch {
      return false;
    }
  });
}

async function published<N extends CollectionKey>(name: N): Promise<CollectionEntry<N>[]> {
  if (!hasFolder(name)) return [];
  const all = (await getCollection(name)) as CollectionEntry<N>[];
  return all.filter((entry) => isPublished(entry as { data: { draft?: boolean; date?: string } }, today));
}

export type Policy = CollectionEntry<'policies'>;
export type Newsletter = CollectionEntry<'newsletters'>;
export type SchoolClass = CollectionEntry<'classes'>;
export type ClassUpdate = CollectionEntry<'classUpdates'>;
export type CurriculumLetter = CollectionEntry<'curriculumLetters'>;
/** An event as pages see it: a weekly one in term time only knows the closed dates it skips (`repeat.closed`). */
export type SchoolEvent = CollectionEntry<'events'> & { data: { repeat?: { closed?: readonly LocalDate[] } } };
export type Page = CollectionEntry<'pages'>;
export type Survey = CollectionEntry<'surveys'>;
export type Service = CollectionEntry<'services'>;
export type HomeLearning = CollectionEntry<'homeLearning'>;
export type Governor = CollectionEntry<'governors'>;
export type Vacancy = CollectionEntry<'vacancies'>;
export type Notice = CollectionEntry<'notices'>;
export type Club = CollectionEntry<'clubs'>;
export type LunchMenu = CollectionEntry<'menus'>;

// Each list is read, filtered and sorted once per build, not once per page (see src/lib/core/memo.ts);
// the development server reads afresh every time, so edits show at once.
/** True in a production build, where lists can be remembered from page to page. */
export const inBuild = () => import.meta.env.PROD;
const once = <T>(load: () => Promise<T[]>) => memoiseList(load, inBuild);

export const getPolicies = once(async (): Promise<Policy[]> => (await published('policies')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB')));
export const getNewsletters = once(async (): Promise<Newsletter[]> => newestFirst(await published('newsletters')));
export const getClasses = once(async (): Promise<SchoolClass[]> =>
  (await published('classes')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
);
export const getClassUpdates = once(async (): Promise<ClassUpdate[]> => newestFirst(await published('classUpdates')));
export const getCurriculumLetters = once(async (): Promise<CurriculumLetter[]> => newestFirst(await published('curriculumLetters')));
export const getEvents = once(async (): Promise<SchoolEvent[]> => withTermTime(await published('events')));
/** The days the school is closed to pupils (holidays and INSET days), from the published events. */
export const getClosedDays = memoise(async (): Promise<ReadonlySet<LocalDate>> => closedDays(await getEvents()), inBuild);
export const getPages = once(async (): Promise<Page[]> => published('pages'));
export const getSurveys = once(async (): Promise<Survey[]> => published('surveys'));
export const getServices = once(async (): Promise<Service[]> =>
  (await published('services')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB')),
);

/** Draft policies published only for their consultation (not in the policy library until approved). */
export const getConsultationDrafts = once(async (): Promise<Policy[]> =>
  (hasFolder('policies') ? ((await getCollection('policies')) as Policy[]) : []).filter((p) => isConsultationDraft(p as never)),
);

/** Lunch menus, oldest first (a newer menu takes over from an older one). */
export const getMenus = once(async (): Promise<LunchMenu[]> => (await published('menus')).sort((a, b) => a.data.starts.localeCompare(b.data.starts)));

export const getHomeLearning = once(async (): Promise<HomeLearning[]> => newestFirst(await published('homeLearning')));

/** Every governor who is not a draft, whether on the board or not: src/lib/domain/register.ts decides who is shown. */
export const getGovernors = once(async (): Promise<Governor[]> => published('governors'));

/** Every published vacancy, open or closed (a closed one keeps its page), newest first. */
export const getVacancies = once(async (): Promise<Vacancy[]> => newestFirst(await published('vacancies')));
/** Every notice that is not a draft, whether it is up yet or not (src/lib/domain/notices.ts says which are). */
export const getNotices = once(async (): Promise<Notice[]> => published('notices'));

/** Clubs, by name. */
export const getClubs = once(async (): Promise<Club[]> => (await published('clubs')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB')));

/** Each class's published updates, newest first, by class id (one pass over the archive, not one per class). Shared: do not sort in place. */
export const getUpdatesByClass = memoise(async (): Promise<Map<string, ClassUpdate[]>> => groupBy(await getClassUpdates(), (u) => u.data.class), inBuild);

/** Class titles by class id, for labelling updates, events and letters. */
export const getClassNames = memoise(async (): Promise<Map<string, string>> => new Map((await getClasses()).map((c) => [c.id, c.data.title])), inBuild);
