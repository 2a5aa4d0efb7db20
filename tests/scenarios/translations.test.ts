/**
 * Translations on a small site: each translated page is at /<lang>/… with the right language and
 * direction, both versions point at each other (hreflang), a translation older than the
 * original's last change says so, and each language has a home page, a search index and a place
 * on the Languages page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { contentWith, fixtureFile } from '../helpers/content';

const translation = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n${body}\n`;

let site: BuiltSite;
beforeAll(() => {
  const languages = '\nlanguages:\n  - { code: en, name: English, dir: ltr }\n  - { code: ur, name: اردو, dir: rtl }\n  - { code: pl, name: Polski, dir: ltr }\n';
  const dir = contentWith({
    'settings/school.yaml': `${fixtureFile('settings/school.yaml')}${languages}`,
    // Made after the policy was approved (2024-09-10): up to date.
    'policies/ur/behaviour.md': translation({ title: 'رویے کی پالیسی', summary: 'ہم بچوں کو اچھے رویے میں کیسے مدد دیتے ہیں۔', translated: '2025-01-15', translator: 'مسز قریشی' }, '## رویہ\n\nہم ہر بچے کی مدد کرتے ہیں۔'),
    // Made before the uniform policy was approved (2026-06-01): out of date.
    'policies/pl/uniform.md': translation({ title: 'Mundurek szkolny', summary: 'Co dzieci noszą do szkoły.', translated: '2025-03-01' }, 'Zielone swetry.'),
    'pages/pl/about.md': translation({ title: 'O szkole', summary: 'Kilka słów o naszej szkole.', translated: '2026-11-01' }, 'Witamy w naszej szkole.'),
  });
  site = buildSite(dir, '2026-11-23');
  if (!site.ok) throw new Error(site.output);
});

describe('translated pages', () => {
  it('are at /<lang>/… with the language and direction of their text', () => {
    const ur = site.file('/ur/policies/behaviour/');
    expect(ur).toMatch(/<html lang="ur" dir="rtl"[ >]/);
    expect(textOf(mainOf(ur))).toContain('رویے کی پالیسی');
    // Interface words come from the Urdu dictionary; details (committee, dates) from the original.
    expect(textOf(mainOf(ur))).toContain('مختصراً');
    expect(textOf(mainOf(ur))).toContain('Full governing board');
    expect(site.file('/pl/about/')).toMatch(/<html lang="pl" dir="ltr"[ >]/);
    expect(site.file('/pl/policies/uniform/')).toContain('Mundurek szkolny');
  });

  it('point at each other with hreflang, both ways, English as the default', () => {
    const original = site.file('/policies/behaviour/');
    const translated = site.file('/ur/policies/behaviour/');
    for (const html of [original, translated]) {
      expect(html).toMatch(/<link rel="alternate" hreflang="en" href="https:\/\/[^"]+\/policies\/behaviour\/">/);
      expect(html).toMatch(/<link rel="alternate" hreflang="ur" href="https:\/\/[^"]+\/ur\/policies\/behaviour\/">/);
      expect(html).toMatch(/<link rel="alternate" hreflang="x-default" href="https:\/\/[^"]+\/policies\/behaviour\/">/);
    }
    expect(site.file('/policies/uniform/')).not.toContain('hreflang="ur"');
  });

  it('offer a language switcher naming each language in itself', () => {
    const html = site.file('/policies/behaviour/');
    const nav = /<nav class="language-switcher[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(nav).toMatch(/aria-current="page" lang="en"[^>]*>English</);
    expect(nav).toMatch(/<a href="\/ur\/policies\/behaviour\/" hreflang="ur" lang="ur"[^>]*>اردو<\/a>/);
    expect(site.file('/policies/')).not.toContain('language-switcher');
  });

  it('say when the English has changed since the translation was made', () => {
    const old = site.file('/pl/policies/uniform/');
    expect(old).toMatch(/data-out-of-date/);
    expect(textOf(old)).toMatch(/Wersja angielska zmieniła się po wykonaniu tego tłumaczenia \(1 marca 2025\)/);
    const current = site.file('/ur/policies/behaviour/');
    expect(current).toContain('data-translation-notice');
    expect(current).not.toMatch(/data-out-of-date/);
    expect(textOf(current)).toContain('ترجمہ: مسز قریشی');
  });

  it('have a home page per language, a Languages page and a search per language', () => {
    expect(textOf(mainOf(site.file('/pl/')))).toMatch(/O szkole.*Mundurek szkolny/);
    const languages = textOf(mainOf(site.file('/languages/')));
    expect(languages).toMatch(/اردو رویے کی پالیسی/);
    expect(languages).toMatch(/Polski O szkole Mundurek szkolny/);
    expect(site.file('/ur/policies/behaviour/')).toContain('action="/ur/search/"');
    expect(site.file('/ur/search/')).toMatch(/<html lang="ur" dir="rtl"[ >]/);
    const entry = JSON.parse(readFileSync(join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'pl', 'ur']);
    expect(entry.languages.ur.page_count).toBe(1);
  });
});
