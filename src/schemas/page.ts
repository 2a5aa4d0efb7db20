/** A general page: `content/pages/<slug>.md` → `/<slug>/`. */
import { z } from 'astro/zod';
import { dateWithin, draft, list, slug, summary, text } from './common';

export const pageSchema = z.object({
  /** The page's heading. */
  title: text({ max: 120 }),
  /** One or two sentences for search results and link previews. */
  summary,
  /** Position in the main menu (1 comes first). Leave empty to keep it out of the menu. */
  nav: z.number({ error: 'must be a number (1 comes first), or left empty.' }).int().min(1).optional(),
  /** When the page's information last changed, such as 2026-11-20. Translations made before this date are marked as possibly out of date. */
  updated: dateWithin('the date a page changed must be', 1).optional(),
  /** The items the law asks the school to publish that this page provides. */
  statutory: list(slug),
  draft,
});

export type Page = z.infer<typeof pageSchema>;
