/** Published translations, paired with their published originals, for pages and the language switcher. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { TranslatableCollection } from '../schemas/translation';
import { isOutOfDate, lastChanged, originalUrl, parseTranslationId, translationUrl } from '../lib/domain/translations';
import { memoise } from '../lib/core/memo';
import { getNewsletters, getNotices, getPages, getPolicies, inBuild, settings, type Newsletter, type Notice, type Page, type Policy } from './site';

export type TranslationEntry = CollectionEntry<'translations'>;

export interface Translated<C extends TranslatableCollection = TranslatableCollection> {
  collection: C;
  lang: string;
  slug: string;
  url: string;
  entry: TranslationEntry;
  original: C extends 'policies' ? Policy : C extends 'newsletters' ? Newsletter : C extends 'notices' ? Notice : Page;
  outOfDate: boolean;
}

/** Every published translation whose language is offered and whose original is published. */
export const getTranslations = memoise(async (): Promise<Translated[]> => {
  const offered = new Set(settings.languages.slice(1).map((l) => l.code));
  // A school offering only one language has no translations to look for (and no warning about it).
  if (offered.size === 0) return [];
  const originals: Record<TranslatableCollection, Map<string, Policy | Newsletter | Page | Notice>> = {
    policies: new Map((await getPolicies()).map((e) => [e.id, e])),
    newsletters: new Map((await getNewsletters()).map((e) => [e.id, e])),
    pages: new Map((await getPages()).map((e) => [e.id, e])),
    notices: new Map((await getNotices()).map((e) => [e.id, e])),
  };
  return (await getCollection('translations')).flatMap((entry) => {
    const id = parseTranslationId(entry.id);
    const original = id && originals[id.collection].get(id.slug);
    if (!id || !original || entry.data.draft || !offered.has(id.lang)) return [];
    return [
      {
        ...id,
        url: translationUrl(id.collection, id.lang, id.slug),
        entry,
        original,
        outOfDate: isOutOfDate(entry.data.translated, lastChanged(id.collection, original.data as Record<string, unknown>)),
      } as Translated,
    ];
  });
}, inBuild);

export async function translationsIn<C extends TranslatableCollection>(collection: C): Promise<Translated<C>[]> {
  return (await getTranslations()).filter((t): t is Translated<C> => t.collection === collection);
}

export interface Alternate {
  lang: string;
  /** The language's name in itself ("اردو"). */
  name: string;
  href: string;
}

/** The page in every language it exists in, English first; empty when there are no translations. */
export async function alternatesFor(collection: TranslatableCollection, slug: string): Promise<Alternate[]> {
  const translations = (await getTranslations()).filter((t) => t.collection === collection && t.slug === slug);
  if (translations.length === 0) return [];
  const name = (code: string) => settings.languages.find((l) => l.code === code)?.name ?? code;
  const main = settings.languages[0]!.code;
  return [
    { lang: main, name: name(main), href: originalUrl(collection, slug) },
    ...settings.languages.slice(1).flatMap((l) => translations.filter((t) => t.lang === l.code).map((t) => ({ lang: t.lang, name: l.name, href: t.url }))),
  ];
}

export interface LanguageTranslations {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  translations: Translated[];
}

/**
 * Each offered language (not the main one) with its translations, in the settings' order. Notices
 * are left out: they come and go, and a live one is at the top of every page in its language.
 */
export async function languagesWithTranslations(): Promise<LanguageTranslations[]> {
  const translations = (await getTranslations()).filter((t) => t.collection !== 'notices');
  const order: Record<string, number> = { pages: 0, policies: 1, newsletters: 2 };
  return settings.languages.slice(1).map((l) => ({
    ...l,
    translations: translations
      .filter((t) => t.lang === l.code)
      .sort((a, b) => order[a.collection]! - order[b.collection]! || a.entry.data.title.localeCompare(b.entry.data.title, l.code)),
  }));
}
