/** A parent survey: `content/surveys/<slug>.md` → `/surveys/<slug>/`. */
import { z } from 'astro/zod';
import { isRealDate } from '../lib/core/time';
import { dateWithin, draft, httpsUrl, list, summary, text, wholeNumber } from './common';

const count = z.number({ error: 'must be a whole number (0 or more).' }).int().min(0, { error: 'cannot be negative.' });

export const surveySchema = z
  .object({
    /** The survey's name, such as "Parent questionnaire 2026". */
    title: text({ max: 120 }),
    /** What it is about and who should answer. */
    summary,
    /** The first day parents can answer (planned months ahead, so up to the end of the year after next). */
    opens: dateWithin('survey dates must be', 2),
    /** The last day parents can answer. */
    closes: dateWithin('survey dates must be', 2),
    /** The form's address at the survey provider (https, and the host must be in the settings' survey_hosts). */
    form_url: httpsUrl,
    /** Height of the embedded form in pixels. */
    form_height: wholeNumber({ min: 200, max: 5000, unit: 'pixels', example: 800 }).optional(),
    /** Results, once the survey has closed. */
    results: z
      .object({
        /** How many parents answered. */
        respondents: count,
        questions: z.array(
          z.object({
            /** The question or statement, as asked. */
            text: text({ max: 300 }),
            /** How many chose each answer. */
            counts: z.object({
              strongly_agree: count,
              agree: count,
              disagree: count,
              strongly_disagree: count,
              dont_know: count.default(0),
            }),
          }),
        ),
      })
      .optional(),
    /** "You said, we did": what parents said and what the school did about it. */
    actions: list(z.object({ said: text({ max: 400 }), did: text({ max: 600 }) })),
    draft,
  })
  .superRefine((v, ctx) => {
    // An unreadable date has its own problem already; comparing it would only add a confusing second one.
    if (isRealDate(v.opens) && isRealDate(v.closes) && v.closes < v.opens) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: `"${v.closes}" is before the opening date (${v.opens}).` });
    }
  });

export type Survey = z.infer<typeof surveySchema>;
