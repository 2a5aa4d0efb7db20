/** Translations: where they live, their web addresses, and whether one has fallen behind its original. */
import { isTranslatable, type TranslatableCollection } from '../../schemas/translation';
import { entryPath, inLanguage } from '../../schemas/routes';
import type { LocalDate } from '../core/time';

export interface TranslationId {
  collection: TranslatableCollection;
  lang: string;
  slug: string;
}

/** Reads a translation's id (`policies/ur/home-school-agreement`). */
export function parseTranslationId(id: string): TranslationId | undefined {
  const [collection, lang, slug, ...rest] = id.split('/');
  if (rest.length || !collection || !lang || !slug || !isTranslatable(collection)) return undefined;
  return { collection: collection as TranslatableCollection, lang, slug };
}

/** The English original's address (`/policies/uniform/`). */
export function originalUrl(collection: TranslatableCollection, slug: string): string {
  return entryPath(collection, slug);
}

/** A translation's address: the original's, after the language code (`/ur/policies/uniform/`). */
export function translationUrl(collection: TranslatableCollection, lang: string, slug: string): string {
  return inLanguage(lang, originalUrl(collection, slug));
}

/** The field that says when each kind of original last changed (a notice's words are written for the day it goes up). */
const CHANGED_FIELD: Record<TranslatableCollection, string> = { policies: 'approved', newsletters: 'date', pages: 'updated', notices: 'starts' };

/**
 * When the original's words last changed: a policy's approval date (a new version is approved),
 * a newsletter's date, a page's `updated` date, the day a notice goes up. Undefined when the
 * original does not say.
 */
export function lastChanged(collection: TranslatableCollection, data: Record<string, unknown>): LocalDate | undefined {
  const value = data[CHANGED_FIELD[collection]];
  return typeof value === 'string' ? value.slice(0, 10) : undefined;
}

/** A translation made before the original last changed may no longer say the same thing. */
export function isOutOfDate(translated: LocalDate, originalChanged: LocalDate | undefined): boolean {
  return originalChanged !== undefined && translated < originalChanged;
}
