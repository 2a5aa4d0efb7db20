/** A school policy: `content/policies/<slug>.md` → `/policies/<slug>/`. */
import { z } from 'astro/zod';
import { dateWithin, documentLink, draft, list, oneOf, slug, summary, text } from './common';

export const POLICY_CATEGORIES = [
  'curriculum',
  'safeguarding',
  'send',
  'behaviour',
  'attendance',
  'admissions',
  'health-and-safety',
  'governance',
  'finance',
  'staffing',
  'parents-and-community',
  'other',
] as const;

/** Asking parents for their views on a policy before the governors approve it. */
export const consultation = z
  .object(
    {
      /** The first day parents can comment (planned months ahead, so up to the end of the year after next). */
      opens: dateWithin('consultation dates must be', 2),
      /** The last day parents can comment. */
      closes: dateWithin('consultation dates must be', 2),
      /** The survey (its short name in content/surveys/) with the feedback form. */
      survey: slug,
      /** The day the governors will consider the responses, if it is known. */
      decision: dateWithin('consultation dates must be', 2).optional(),
    },
    { error: 'must give opens, closes and survey (and decision if you know when the governors meet).' },
  )
  .superRefine((c, ctx) => {
    if (c.closes < c.opens) ctx.addIssue({ code: 'custom', path: ['closes'], message: `"${c.closes}" is before the consultation opens (${c.opens}).` });
    if (c.decision && c.decision < c.closes)
      ctx.addIssue({
        code: 'custom',
        path: ['decision'],
        message: `"${c.decision}" is before the consultation closes (${c.closes}): the governors consider the responses after it closes.`,
      });
  });

export const policySchema = z.object({
  /** The policy's name, such as "Behaviour policy". */
  title: text({ max: 120 }),
  /** A plain-language summary for parents (at most 300 characters), shown at the top. */
  summary,
  /** Which part of the policy library it belongs in. */
  category: oneOf(POLICY_CATEGORIES),
  /** The governors' committee that approves it, such as "Full governing board". */
  committee: text({ max: 100 }),
  /** The member of staff responsible for it, such as "Headteacher". */
  owner: text({ max: 100 }),
  /** The date governors approved it: at a meeting already held, or one planned by the end of next year at the latest. */
  approved: dateWithin('approval dates must be', 1),
  /** How often it is reviewed, in months (1 to 60). */
  review_months: z
    .number({ error: 'must be a whole number of months, such as 12 or 36.' })
    .int({ error: 'must be a whole number of months, such as 12 or 36.' })
    .min(1, { error: 'must be at least 1 month.' })
    .max(60, { error: 'must be 60 months (5 years) or fewer.' }),
  /** When it is next due for review. Leave empty to use approved + review_months. At most five years (the longest review period) after the latest approval date. */
  next_review: dateWithin('review dates must be', 6).optional(),
  /** The items the law asks the school to publish that this policy provides. */
  statutory: list(slug),
  /** Short names of other policies to show as related. */
  related: list(slug),
  /** Downloadable versions (for example the signed PDF). */
  documents: list(documentLink),
  /** A consultation with parents. With draft: true, the draft is published for the consultation but kept out of the policy library until approved. */
  consultation: consultation.optional(),
  draft,
});

export type Policy = z.infer<typeof policySchema>;
/** A policy category as the schema accepts it (every one needs a label in src/lib/domain/labels.ts). */
export type PolicyCategory = Policy['category'];
