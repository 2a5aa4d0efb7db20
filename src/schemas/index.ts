/**
 * The content model in one table: each collection's folder under `content/`, its schema, how
 * entry files are laid out and where each entry is published. `src/content.config.ts`, the content
 * check, the editor's configuration and every web address (src/schemas/routes.ts) read this, so a
 * collection is described once.
 */
import type { z } from 'astro/zod';
import { classSchema } from './class';
import { classUpdateSchema } from './class-update';
import { clubSchema } from './club';
import { curriculumLetterSchema } from './curriculum-letter';
import { eventSchema } from './event';
import { governorSchema } from './governor';
import { homeLearningSchema } from './home-learning';
import { menuSchema } from './menu';
import { newsletterSchema } from './newsletter';
import { noticeSchema } from './notice';
import { pageSchema } from './page';
import { policySchema } from './policy';
import { serviceSchema } from './service';
import { surveySchema } from './survey';
import { vacancySchema } from './vacancy';

export interface CollectionSpec {
  /** Folder under `content/`. */
  dir: string;
  /** The frontmatter schema. */
  schema: z.ZodType;
  /** Entries live one folder down, in a folder per class (`class-updates/<class>/<slug>.md`). */
  nested?: boolean;
  /**
   * The address of each entry's page, `:id` standing for the entry's id (its file name without
   * `.md`; `<class>/<name>` for class updates). Part of the public contract: schools' links depend on it.
   */
  page?: `/${string}:id/`;
  /** Where an entry without a page of its own is shown (`/support/#:id`). */
  shownAt?: `/${string}#:id`;
  /** Files published with each entry, beside its page: feeds, calendars, email versions. */
  files?: readonly `/${string}:id${string}`[];
}

export const COLLECTIONS = {
  policies: { dir: 'policies', schema: policySchema, page: '/policies/:id/' },
  newsletters: {
    dir: 'newsletters',
    schema: newsletterSchema,
    page: '/newsletters/:id/',
    files: ['/newsletters/:id/email.html', '/newsletters/:id/email.txt'],
  },
  classes: { dir: 'classes', schema: classSchema, page: '/classes/:id/', files: ['/classes/:id/rss.xml', '/classes/:id/events.ics'] },
  classUpdates: { dir: 'class-updates', schema: classUpdateSchema, nested: true, page: '/classes/:id/' },
  curriculumLetters: { dir: 'curriculum-letters', schema: curriculumLetterSchema, page: '/curriculum-letters/:id/' },
  events: { dir: 'events', schema: eventSchema, page: '/events/:id/', files: ['/events/:id.ics'] },
  pages: { dir: 'pages', schema: pageSchema, page: '/:id/' },
  surveys: { dir: 'surveys', schema: surveySchema, page: '/surveys/:id/' },
  services: { dir: 'services', schema: serviceSchema, shownAt: '/support/#:id' },
  homeLearning: { dir: 'home-learning', schema: homeLearningSchema, page: '/home-learning/:id/' },
  governors: { dir: 'governors', schema: governorSchema, shownAt: '/governors/register/#:id' },
  vacancies: { dir: 'vacancies', schema: vacancySchema, page: '/vacancies/:id/' },
  notices: { dir: 'notices', schema: noticeSchema, page: '/notices/:id/' },
  clubs: { dir: 'clubs', schema: clubSchema, page: '/clubs/:id/', files: ['/clubs/:id.ics'] },
  menus: { dir: 'menus', schema: menuSchema, shownAt: '/menus/#:id' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

export { settingsSchema, type Settings } from './settings';
