/**
 * A job at the school: `content/vacancies/<slug>.md` → `/vacancies/<slug>/`, listed at `/vacancies/`
 * and in `/vacancies/rss.xml` until it closes. Times are school (Europe/London) time.
 */
import { z } from 'astro/zod';
import { isRealDate, isRealLocalDateTime } from '../lib/core/time';
import { POST_YEARS_AHEAD, dateTimeWithin, dateWithin, documentLink, draft, email, httpsUrl, list, oneOf, summary, text } from './common';

/** How much of the week the post is. */
export const WORKING_PATTERNS = ['full-time', 'part-time'] as const;
/** How long the post lasts. */
export const CONTRACTS = ['permanent', 'fixed-term'] as const;
/** What a salary figure is counted per. */
export const SALARY_PERIODS = ['year', 'day', 'hour'] as const;

const amount = z
  .number({ error: 'must be an amount in pounds, written as a number without £ or commas, such as 32916 or 12.85.' })
  .positive({ error: (iss) => `is ${String(iss.input)}; it must be an amount above 0, such as 32916.` })
  .max(1_000_000, { error: (iss) => `is ${String(iss.input)}; write the amount in pounds, such as 32916 (not in pence).` });

export const vacancySchema = z
  .object({
    /** The job's title, such as "Year 4 class teacher". */
    title: text({ max: 120 }),
    /** One or two sentences for the list of vacancies, the feed, search results and link previews. */
    summary,
    /** The day the advert is published. A later date keeps it hidden until then. */
    date: dateWithin('vacancies must be dated', POST_YEARS_AHEAD),
    /** The last moment applications are accepted, in school time (2026-12-04T12:00). After it, the vacancy leaves the lists and its page says it has closed. */
    closes: dateTimeWithin('closing dates must be', POST_YEARS_AHEAD),
    /** The salary or pay scale, as the advert gives it: "Main pay scale M1 to M6 (£32,916 to £45,352)". */
    pay: text({ max: 200 }),
    /** The same pay as figures, for search engines' job listings: the lowest (and highest) amount, per year, day or hour. Full-time equivalent for a part-time post. */
    salary: z
      .object(
        {
          /** The lowest amount, in pounds. */
          min: amount,
          /** The highest amount, in pounds, for a range. */
          max: amount.optional(),
          /** What the amounts are per: year, day or hour. */
          per: oneOf(SALARY_PERIODS).default('year'),
        },
        { error: 'must give min (and max, for a range) in pounds, and per: year, day or hour.' },
      )
      .optional(),
    /** The hours, in words: "32.5 hours a week, term time only". */
    hours: text({ max: 200 }),
    /** Full-time or part-time. */
    working: oneOf(WORKING_PATTERNS),
    /** Permanent or fixed-term. */
    contract: oneOf(CONTRACTS),
    /** When the post starts, in words: "1 April 2027", "January 2027 or sooner". */
    starts: text({ max: 120 }),
    /** Where applicants apply online (https). Give this, an email address, or both. */
    apply_url: httpsUrl.optional(),
    /** The email address applications are sent to. */
    apply_email: email.optional(),
    /** The application pack, job description and person specification, uploaded or linked. */
    documents: list(documentLink),
    draft,
  })
  .superRefine((v, ctx) => {
    if (isRealLocalDateTime(v.closes) && isRealDate(v.date) && v.closes.slice(0, 10) < v.date) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: `"${v.closes}" is before the advert is published (${v.date}).` });
    }
    if (v.salary && v.salary.max !== undefined && v.salary.max < v.salary.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['salary', 'max'],
        message: `is ${v.salary.max}, less than min (${v.salary.min}). Put the lowest amount in min and the highest in max.`,
      });
    }
    if (!v.apply_url && !v.apply_email) {
      ctx.addIssue({
        code: 'custom',
        path: ['apply_url'],
        message: 'is missing: say how to apply, with a web address (apply_url, starting with https://), an email address (apply_email), or both.',
      });
    }
  });

export type Vacancy = z.infer<typeof vacancySchema>;
