/**
 * The search index entry of every kind of page, so each page template and the search page's
 * filter lists describe pages the same way.
 */
import { categoryLabel } from '../lib/domain/labels';
import { formatDate } from '../lib/core/format';
import { archiveCutoff, filterOptions, searchEntry, searchVocabulary, type SearchEntry } from '../lib/domain/search';
import type { LocalDate } from '../lib/core/time';
import {
  getClassUpdates,
  getClasses,
  getCurriculumLetters,
  getEvents,
  getNewsletters,
  getPages,
  getPolicies,
  getSurveys,
  getServices,
  getHomeLearning,
  getClubs,
  getNotices,
  type Club,
  type HomeLearning,
  type Notice,
  type ClassUpdate,
  type CurriculumLetter,
  type Newsletter,
  type Policy,
  type SchoolClass,
  type SchoolEvent,
  type Survey,
  today,
  type Vacancy,
} from './site';
import { getOpenVacancies } from './vacancies';

const archiveBefore = archiveCutoff(today);
const dated = (date: LocalDate) => ({ date, dateLabel: formatDate(date), archiveBefore });

/** The school years whose pages are in the archive index, and the day the current index starts. */
export const searchArchive = { before: archiveBefore, beforeLabel: formatDate(archiveBefore) };

async function classTitles(): Promise<Map<string, string>> {
  return new Map((await getClasses()).map((c) => [c.id, c.data.title]));
}

export const policySearch = (policy: Policy): SearchEntry => searchEntry('policy', { category: categoryLabel(policy.data.category) });

export const newsletterSearch = (newsletter: Newsletter): SearchEntry => searchEntry('newsletter', dated(newsletter.data.date));

export const classSearch = (schoolClass: SchoolClass): SearchEntry => searchEntry('class', { classes: [schoolClass.data.title] });

export const classUpdateSearch = (update: ClassUpdate, schoolClass: SchoolClass): SearchEntry =>
  searchEntry('class-update', { ...dated(update.data.date), classes: [schoolClass.data.title] });

export async function curriculumLetterSearch(letter: CurriculumLetter): Promise<SearchEntry> {
  const title = letter.data.class ? (await classTitles()).get(letter.data.class) : undefined;
  return searchEntry('curriculum-letter', { ...dated(letter.data.date), classes: title ? [title] : [] });
}

export async function eventSearch(event: SchoolEvent): Promise<SearchEntry> {
  const titles = await classTitles();
  // A repeating event is filed under the year it starts.
  const day = event.data.start.slice(0, 10) as LocalDate;
  return searchEntry('event', { ...dated(day), classes: event.data.classes.map((c) => titles.get(c) ?? c) });
}

export const surveySearch = (survey: Survey): SearchEntry => searchEntry('survey', dated(survey.data.opens));

export async function homeLearningSearch(resource: HomeLearning): Promise<SearchEntry> {
  const titles = await classTitles();
  return searchEntry('home-learning', { ...dated(resource.data.date), classes: resource.data.classes.map((c) => titles.get(c) ?? c) });
}

/** A notice is filed under the day it went up. */
export const noticeSearch = (notice: Notice): SearchEntry => searchEntry('notice', dated(notice.data.starts.slice(0, 10)));

/** A club is found under the classes whose children can join it. */
export async function clubSearch(club: Club): Promise<SearchEntry> {
  const classes = (await getClasses()).filter((c) => (club.data.year_groups as readonly string[]).includes(c.data.year_group));
  return searchEntry('club', { classes: classes.map((c) => c.data.title) });
}

export const pageSearch = (): SearchEntry => searchEntry('page');

export const supportSearch = (): SearchEntry => searchEntry('support');

/** An open vacancy (a closed one is not indexed). */
export const vacancySearch = (vacancy: Vacancy): SearchEntry => searchEntry('vacancy', dated(vacancy.data.date));

/** Every indexed page's entry, for the search page's filter lists. */
export async function allSearchEntries(): Promise<SearchEntry[]> {
  const classes = new Map((await getClasses()).map((c) => [c.id, c]));
  return [
    ...(await getPolicies()).map(policySearch),
    ...(await getPages()).map(pageSearch),
    ...(await getNewsletters()).map(newsletterSearch),
    ...(await getClassUpdates()).flatMap((u) => (classes.has(u.data.class) ? [classUpdateSearch(u, classes.get(u.data.class)!)] : [])),
    ...[...classes.values()].map(classSearch),
    ...(await Promise.all((await getCurriculumLetters()).map(curriculumLetterSearch))),
    ...(await Promise.all((await getEvents()).map(eventSearch))),
    ...(await getSurveys()).map(surveySearch),
    ...(await Promise.all((await getHomeLearning()).map(homeLearningSearch))),
    ...((await getServices()).length ? [supportSearch()] : []),
    ...(await getOpenVacancies()).map(vacancySearch),
    ...(await Promise.all((await getClubs()).map(clubSearch))),
    ...(await getNotices()).map(noticeSearch),
  ];
}

/** The filter values the search page offers. */
export const searchFilterOptions = async () => filterOptions(await allSearchEntries());

/** Words from every title and summary, for "Did you mean …?" when a search finds nothing. */
export async function siteVocabulary(): Promise<string[]> {
  const entries = [
    ...(await getPolicies()),
    ...(await getPages()),
    ...(await getNewsletters()),
    ...(await getClassUpdates()),
    ...(await getClasses()),
    ...(await getCurriculumLetters()),
    ...(await getEvents()),
    ...(await getSurveys()),
    ...(await getServices()),
    ...(await getHomeLearning()),
    ...(await getOpenVacancies()),
    ...(await getClubs()),
    ...(await getNotices()),
  ];
  return searchVocabulary(entries.flatMap((e) => [e.data.title, 'summary' in e.data ? String(e.data.summary ?? '') : '']));
}
