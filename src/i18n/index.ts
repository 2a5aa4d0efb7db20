/** The interface dictionary. Pages call `t(lang)` and never write interface text themselves. */
import { en, type UiKey } from './en';

const dictionaries: Record<string, Partial<Record<UiKey, string>>> = { en };

/** A translator for a language: falls back to English for keys not yet translated. */
export function t(lang = 'en') {
  const dict = dictionaries[lang] ?? en;
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    (dict[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export type Translate = ReturnType<typeof t>;
