/** A home-learning resource: `content/home-learning/<slug>.md` → `/home-learning/<slug>/`. */
import { z } from 'astro/zod';
import { POST_YEARS_AHEAD, dateWithin, documentLink, draft, httpsUrl, list, oneOf, slug, summary, text, yearGroup } from './common';

/** Kinds of resource, as families look for them. */
export const HOME_LEARNING_KINDS = ['activity', 'reading-list', 'holiday-pack', 'spelling-list', 'maths-practice', 'video', 'website'] as const;

/** Subjects, in the words the National Curriculum uses. */
export const SUBJECTS = [
  'reading',
  'writing',
  'phonics',
  'spelling',
  'maths',
  'science',
  'history',
  'geography',
  'art',
  'design-and-technology',
  'music',
  'pe',
  'computing',
  're',
  'pshe',
  'languages',
  'all-subjects',
] as const;

export const homeLearningSchema = z.object({
  /** The resource's name, such as "Times tables practice for Year 4". */
  title: text({ max: 120 }),
  /** Two sentences for the list and search results: what it is and how long it takes. */
  summary,
  /** Year groups it is for. Leave empty (and give no classes) when it suits every year. */
  year_groups: list(yearGroup),
  /** Classes it is for (their short names, such as oak), when it is for one class only. */
  classes: list(slug),
  /** Subjects it helps with. */
  subjects: list(oneOf(SUBJECTS)).refine((s) => s.length > 0, {
    error: 'needs at least one subject, such as maths or reading (all-subjects for a holiday pack).',
  }),
  /** What kind of resource it is. */
  kind: oneOf(HOME_LEARNING_KINDS),
  /** Websites and videos, each with a title and an https:// address. */
  links: list(z.object({ title: text({ max: 150 }), url: httpsUrl }, { error: 'must be a link with title and url.' })),
  /** Files to download (uploaded /uploads/... files or https:// addresses). */
  documents: list(documentLink),
  /** When it was added. A future date keeps it hidden until that day. */
  date: dateWithin('home learning must be dated', POST_YEARS_AHEAD),
  draft,
});

export type HomeLearning = z.infer<typeof homeLearningSchema>;
/** A subject and a kind of resource as the schema accepts them (each needs a label in src/lib/domain/labels.ts). */
export type Subject = HomeLearning['subjects'][number];
export type HomeLearningKind = HomeLearning['kind'];
