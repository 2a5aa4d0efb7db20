/**
 * The content model in one table: each collection's folder under `content/`, its schema, and how
 * entry files are laid out. `src/content.config.ts`, the content check and the CMS configuration
 * all read this, so a collection is described once.
 */
import type { z } from 'astro/zod';
import { classSchema } from './class';
import { classUpdateSchema } from './class-update';
import { curriculumLetterSchema } from './curriculum-letter';
import { eventSchema } from './event';
import { homeLearningSchema } from './home-learning';
import { newsletterSchema } from './newsletter';
import { pageSchema } from './page';
import { policySchema } from './policy';
import { serviceSchema } from './service';
import { surveySchema } from './survey';

export interface CollectionSpec {
  /** Folder under `content/`. */
  dir: string;
  /** The frontmatter schema. */
  schema: z.ZodType;
  /** Entries live one folder down, in a folder per class (`class-updates/<class>/<slug>.md`). */
  nested?: boolean;
}

export const COLLECTIONS = {
  policies: { dir: 'policies', schema: policySchema },
  newsletters: { dir: 'newsletters', schema: newsletterSchema },
  classes: { dir: 'classes', schema: classSchema },
  classUpdates: { dir: 'class-updates', schema: classUpdateSchema, nested: true },
  curriculumLetters: { dir: 'curriculum-letters', schema: curriculumLetterSchema },
  events: { dir: 'events', schema: eventSchema },
  pages: { dir: 'pages', schema: pageSchema },
  surveys: { dir: 'surveys', schema: surveySchema },
  services: { dir: 'services', schema: serviceSchema },
  homeLearning: { dir: 'home-learning', schema: homeLearningSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

export { settingsSchema, type Settings } from './settings';
