/** The interface dictionary. Pages call `t(lang)` and never write interface text themselves. */
import { en, type UiKey } from './en';
import { pl } from './pl';
import { ur } from './ur';

/** One dictionary per interface language; a language without one is shown with English labels. */
const dictionaries: Record<string, Partial<Record<UiKey, string>>> = { en, pl, ur };

/** A translator for a language: falls back to English for keys not yet translated. */
export function t(lang = 'en') {
  const dict = dictionaries[lang] ?? en;
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    (dict[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export type Translate = ReturnType<typeof t>;
