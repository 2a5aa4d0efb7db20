/**
 * Translations on a small site: each translated page is at /<lang>/… with the right language and
 * direction, both versions point at each other (hreflang), a translation older than the
 * original's last change says so, and each language has a home page, a search index and a place
 * on the Languages page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { contentWith, fixtureFile } from '../helpers/content';
import { linksToEveryBuiltAddress } from '../helpers/site-files';

const translation = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n${body}\n`;

let site: BuiltSite;
let content: string;
beforeAll(() => {
  const languages =
    '\nlanguages:\n  - { code: en, name: English, dir: ltr }\n  - { code: ur, name: اردو, dir: rtl }\n  - { code: pl, name: Polski, dir: ltr }\n';
  const dir = contentWith({
    'settings/school.yaml': `${fixtureFile('settings/school.yaml')}${languages}`,
    // Made after the policy was approved (2024-09-10): up to date.
    'policies/ur/behaviour.md': translation(
      { title: 'رویے کی پالیسی', summary: 'ہم بچوں کو اچھے رویے میں کیسے مدد دیتے ہیں۔', translated: '2025-01-15', translator: 'مسز قریشی' },
      '## رویہ\n\nہم ہر بچے کی مدد کرتے ہیں۔',
    ),
    // Made before the uniform policy was approved (2026-06-01): out of date.
    'policies/pl/uniform.md': translation({ title: 'Mundurek szkolny', summary: 'Co dzieci noszą do szkoły.', translated: '2025-03-01' }, 'Zielone swetry.'),
    'pages/pl/about.md': translation({ title: 'O szkole', summary: 'Kilka słów o naszej szkole.', translated: '2026-11-01' }, 'Witamy w naszej szkole.'),
    'newsletters/ur/2026-11-20-newsletter-1.md': translation(
      { title: 'نیوز لیٹر ۱', summary: 'پہلا نیوز لیٹر۔', translated: '2026-11-21' },
      '## خبریں\n\nسلام۔',
    ),
    // A translation of a draft newsletter is not published, and not in the feed.
    'newsletters/ur/2026-11-13-draft-newsletter.md': translation({ title: 'مسودہ', summary: 'مسودہ۔', translated: '2026-11-21' }, 'مسودہ۔'),
  });
  content = dir;
  site = buildSite(dir, '2026-11-23');
  if (!site.ok) throw new Error(site.output);
});

describe('the content check’s list of addresses', () => {
  it('includes every translated page, language home page, search page and feed the site builds', () => {
    expect(linksToEveryBuiltAddress(content, site.outDir, '2026-11-23')).toEqual([]);
  });
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
    expect(entry.languages.ur.page_count).toBe(2);
  });

  it('have a newsletter feed per language, with the translated text linking to the translated page', () => {
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(site.file('/ur/newsletters/rss.xml')).rss.channel;
    expect(feed.language).toBe('ur');
    expect(feed.description).toBe('اس زبان میں ترجمہ شدہ تمام نیوز لیٹر، تازہ ترین پہلے۔');
    expect(feed.item.map((i: { title: string }) => i.title)).toEqual(['نیوز لیٹر ۱']);
    const [item] = feed.item;
    expect(item.link).toMatch(/^https:\/\/[^/]+\/ur\/newsletters\/2026-11-20-newsletter-1\/$/);
    expect(item.description).toBe('پہلا نیوز لیٹر۔');
    expect(item['content:encoded']).toContain('سلام۔');
    expect(new Date(item.pubDate).toISOString()).toBe('2026-11-20T00:00:00.000Z');
    // Found from the language's home page and the translated newsletter, and only where there is one.
    for (const path of ['/ur/', '/ur/newsletters/2026-11-20-newsletter-1/']) {
      expect(site.file(path)).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="https:\/\/[^"]+\/ur\/newsletters\/rss\.xml">/);
    }
    expect(mainOf(site.file('/ur/'))).toContain('<a href="/ur/newsletters/rss.xml">نیوز لیٹر کو سبسکرائب کریں (RSS)</a>');
    expect(site.has('/pl/newsletters/rss.xml')).toBe(false);
    expect(site.file('/pl/')).not.toContain('rss.xml');
  });

  it('link the menu to pages translated into the page’s language, and to English otherwise', () => {
    const menu = (path: string) => {
      const nav = /<nav class="site-nav[^>]*>([\s\S]*?)<\/nav>/.exec(site.file(path))?.[1] ?? '';
      // Each link as `href [attributes] text`, without the scoping attributes Astro adds.
      return [...nav.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map((m) => `${m[1]!.replace(/ ?data-astro-cid-\w+/g, '')} ${m[2]}`);
    };
    // Polish has the About page: its menu entry is the Polish page, named in Polish.
    expect(menu('/pl/policies/uniform/')).toContain('href="/pl/about/" O szkole');
    expect(menu('/pl/about/')).toContain('href="/pl/about/" aria-current="page" O szkole');
    // Urdu has not: the English page, marked as English for screen readers.
    expect(menu('/ur/policies/behaviour/')).toContain('href="/about/" lang="en" About us');
    expect(menu('/policies/behaviour/')).toContain('href="/about/" About us');
  });
});
