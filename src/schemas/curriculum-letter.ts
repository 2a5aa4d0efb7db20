/** A termly curriculum letter: `content/curriculum-letters/<slug>.md` → `/curriculum-letters/<slug>/`. */
import { z } from 'astro/zod';
import { POST_YEARS_AHEAD, academicYear, dateWithin, documentLink, draft, list, oneOf, slug, summary, text, yearGroup } from './common';

export const TERMS = ['autumn', 'spring', 'summer'] as const;

export const curriculumLetterSchema = z
  .object({
    /** The letter's title, such as "Year 3 Autumn Term: What we are learning". */
    title: text({ max: 120 }),
    /** The class it is for (short name, such as oak). Give a class, a year group, or both. */
    class: slug.optional(),
    /** The year group it is for, such as "Year 3". */
    year_group: yearGroup.optional(),
    /** The term: autumn, spring or summer. */
    term: oneOf(TERMS),
    /** The academic year, written 2026-27. */
    academic_year: academicYear,
    /** The date it was sent. */
    date: dateWithin('curriculum letters must be dated', POST_YEARS_AHEAD),
    /** Two sentences for the class page and listings. */
    summary,
    /** Downloadable copies (for example the letter as a PDF). */
    documents: list(documentLink),
    draft,
  })
  .superRefine((v, ctx) => {
    if (!v.class && !v.year_group) {
      ctx.addIssue({
        code: 'custom',
        path: ['class'],
        message: 'is missing: give the class (such as oak) or the year_group (such as Year 3) the letter is for.',
      });
    }
  });

export type CurriculumLetter = z.infer<typeof curriculumLetterSchema>;
