/**
 * The route table (src/schemas/routes.ts): every address the site makes comes from the content
 * model, so the public contract (MISSION.md, docs/reference.md) is written once.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas';
import {
  PAGES_WITH_OWN_TEXT,
  SITE_ROUTES,
  classCalendarPath,
  classFeedPath,
  clubCalendarPath,
  clubsForYearPath,
  entryFiles,
  entryLink,
  entryPath,
  eventCalendarPath,
  inLanguage,
  newsletterEmailPaths,
  previewPath,
  reservedPageNames,
} from '../../src/schemas/routes';

describe('the route table', () => {
  it('gives every kind of content the address the public contract promises', () => {
    const contract: Record<CollectionName, string | undefined> = {
      policies: '/policies/x/',
      newsletters: '/newsletters/x/',
      classes: '/classes/x/',
      classUpdates: '/classes/oak/x/',
      curriculumLetters: '/curriculum-letters/x/',
      events: '/events/x/',
      pages: '/x/',
      surveys: '/surveys/x/',
      services: '/support/#x',
      homeLearning: '/home-learning/x/',
      governors: '/governors/register/#x',
      vacancies: '/vacancies/x/',
      notices: '/notices/x/',
      clubs: '/clubs/x/',
      menus: '/menus/#x',
    };
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      expect(entryLink(name, name === 'classUpdates' ? 'oak/x' : 'x'), name).toBe(contract[name]);
    }
    expect(entryPath('classUpdates', 'oak/2026-10-09-leaf-hunt')).toBe('/classes/oak/2026-10-09-leaf-hunt/');
    expect(inLanguage('ur', entryPath('policies', 'uniform'))).toBe('/ur/policies/uniform/');
  });

  it('names the feeds, calendars and email versions each entry comes with', () => {
    expect(classFeedPath('oak')).toBe('/classes/oak/rss.xml');
    expect(classCalendarPath('oak')).toBe('/classes/oak/events.ics');
    expect(eventCalendarPath('fair')).toBe('/events/fair.ics');
    expect(clubCalendarPath('football')).toBe('/clubs/football.ics');
    expect(clubsForYearPath('year-3')).toBe('/clubs/year/year-3/');
    expect(SITE_ROUTES.noticesFeed).toBe('/notices/rss.xml');
    expect(newsletterEmailPaths('n1')).toEqual({ html: '/newsletters/n1/email.html', text: '/newsletters/n1/email.txt' });
    expect(entryFiles('policies', 'x')).toEqual([]);
    expect(SITE_ROUTES.newsFeed).toBe('/rss.xml');
    expect(SITE_ROUTES.calendar).toBe('/events.ics');
    expect(SITE_ROUTES.vacanciesFeed).toBe('/vacancies/rss.xml');
    expect(SITE_ROUTES.governorsRegister).toBe('/governors/register/');
  });

  it('keeps every address the site uses out of the page names a school may choose', () => {
    const reserved = reservedPageNames();
    for (const name of [
      'policies',
      'newsletters',
      'classes',
      'events',
      'support',
      'surveys',
      'governors',
      'search',
      'a-z',
      'consultations',
      'vacancies',
      'languages',
      'notices',
      'clubs',
      'admin',
      'uploads',
      'pagefind',
      'rss',
      'sitemap',
      '404',
    ]) {
      expect(reserved, name).toContain(name);
    }
    expect(reserved).not.toContain('');
    expect(reserved).not.toContain(':id');
    // A school's own page for admissions or lunches gives the fixed page its words, so the names stay free.
    expect(PAGES_WITH_OWN_TEXT).toEqual(['admissions', 'menus']);
    for (const name of PAGES_WITH_OWN_TEXT) expect(reserved).not.toContain(name);
  });

  it('gives the editor a "view on site" path for every collection', () => {
    expect(previewPath('policies')).toBe('policies/{{filename}}/');
    expect(previewPath('pages')).toBe('{{filename}}/');
    expect(previewPath('classUpdates')).toBe('classes/{{dirname}}/{{filename}}/');
    expect(previewPath('services')).toBe('support/');
  });
});
