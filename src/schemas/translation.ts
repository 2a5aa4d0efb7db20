/**
 * A translation of a policy, newsletter, page or urgent notice: `content/<collection>/<lang>/<slug>.md`, named
 * like the English original. It carries only what is translated; dates, committee, review and
 * pictures come from the original.
 */
import { z } from 'astro/zod';
import { dateWithin, draft, slug, summary, text } from './common';

export const translationSchema = z.object({
  /** The translated title. */
  title: text({ max: 120 }),
  /** The translated summary. */
  summary,
  /** When this translation was made, or last checked against the English, such as 2026-11-20. If the English changes after this date, the page says the translation may be out of date. */
  translated: dateWithin('translation dates must be', 1),
  /** Who translated it, if they are happy to be named ("Mrs Nowak, parent volunteer"). */
  translator: text({ max: 100 }).optional(),
  /** The short name of the English original (the file is named after it); the CMS fills this in. */
  original: slug.optional(),
  draft,
});

export type Translation = z.infer<typeof translationSchema>;

/** The collections that can have translations; each is published at its original's address with `/<lang>` in front. */
export const TRANSLATABLE = ['policies', 'newsletters', 'pages', 'notices'] as const;

export type TranslatableCollection = (typeof TRANSLATABLE)[number];

/** Whether a collection (or a folder name) can have translations. */
export function isTranslatable(name: string): name is TranslatableCollection {
  return (TRANSLATABLE as readonly string[]).includes(name);
}
