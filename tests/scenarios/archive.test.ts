/**
 * A school with years of content: the benchmark's generated archive (scripts/bench), built. Long
 * lists are split into pages that keep their first page's address, link to each other in order
 * (with rel="prev"/"next" and an accessible page list), and together list every entry once; the
 * home page stays the same size however long the archive is.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate-archive';
import { checkContent } from '../../src/lib/content/check';
import { allOccurrences, past } from '../../src/lib/domain/events';
import { isPublished, newestFirst } from '../../src/lib/domain/publishing';
import { launchBrowser } from '../helpers/browser';
import { buildSite, mainOf, type BuiltSite } from '../helpers/build';
import { serve } from '../helpers/serve';

const NOW = '2026-11-23';
let site: BuiltSite;
let content: ReturnType<typeof checkContent>;

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'school-archive-')), 'content');
  // A year of a small school: enough for several pages of every list. Few photos, to keep the build quick.
  await generateArchive({ dir, entries: 800, seed: 7, end: NOW, photos: 4 });
  content = checkContent(dir);
  site = buildSite(dir, NOW);
});

/** Every page of a list, following its "next" links from the first. */
function listPages(first: string): { path: string; html: string }[] {
  const pages: { path: string; html: string }[] = [];
  for (let path: string | undefined = first; path;) {
    const html = site.file(path);
    pages.push({ path, html });
    path = /<link rel="next" href="([^"]+)"/.exec(html)?.[1];
    if (pages.length > 500) throw new Error('the "next" links go round in a circle');
  }
  return pages;
}

const links = (html: string, pattern: RegExp) => [...mainOf(html).matchAll(pattern)].map((m) => m[1]!);
const published = <T extends { data: Record<string, unknown> }>(list: T[]) => list.filter((e) => isPublished(e as never, NOW));

describe('the generated archive', () => {
  it('is valid content, and builds', () => {
    expect(content.problems).toEqual([]);
    expect(site.ok, site.output).toBe(true);
  });
});

describe('long lists split into pages', () => {
  it('lists every newsletter once, newest first, 20 to a page, from /newsletters/ on', () => {
    const pages = listPages('/newsletters/');
    expect(pages.map((p) => p.path).slice(0, 2)).toEqual(['/newsletters/', '/newsletters/page/2/']);
    const listed = pages.flatMap((p) => links(p.html, /<h3 class="entry-card__title"[^>]*><a href="\/newsletters\/([^/"]+)\/"/g));
    const expected = published(content.entries.newsletters)
      .map((n) => n.id)
      .sort()
      .reverse();
    expect(listed).toEqual(expected);
    expect(pages.slice(0, -1).every((p) => links(p.html, /<h3 class="entry-card__title"[^>]*><a href="\/newsletters\/([^/"]+)\/"/g).length === 20)).toBe(true);
  });

  it('links each page to its neighbours, marks the current page and names later pages in the title', () => {
    const pages = listPages('/newsletters/');
    const [first, second] = pages;
    expect(first!.html).not.toContain('<link rel="prev"');
    expect(first!.html).toMatch(/<a class="pagination__older tap-target" href="\/newsletters\/page\/2\/" rel="next"/);
    expect(second!.html).toContain('<link rel="prev" href="/newsletters/">');
    expect(second!.html).toMatch(/<a class="pagination__newer tap-target" href="\/newsletters\/" rel="prev"/);
    expect(second!.html).toMatch(/<a class="pagination__number tap-target" href="\/newsletters\/page\/2\/" aria-label="Page 2" aria-current="page"/);
    expect(second!.html).toMatch(new RegExp(`<title>Newsletters, page 2 of ${pages.length} – `));
    expect(second!.html).toMatch(/<nav class="pagination[^"]*" aria-label="Pages of this list"/);
    expect(pages.at(-1)!.html).not.toContain('<link rel="next"');
  });

  it('shows a class’s ten newest updates on its page and the rest on numbered pages after it', () => {
    const pages = listPages('/classes/oak/');
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[1]!.path).toBe('/classes/oak/page/2/');
    const pattern = /<h[23] class="entry-card__title"[^>]*><a href="\/classes\/(oak\/[^"]+)\/"/g;
    expect(links(pages[0]!.html, pattern)).toHaveLength(10);
    const listed = pages.flatMap((p) => links(p.html, pattern));
    const oak = published(content.entries.classUpdates.filter((u) => u.data.class === 'oak')) as unknown as { id: string; data: { date: string } }[];
    const expected = newestFirst(oak).map((u) => u.id);
    expect(listed).toEqual(expected);
  });

  it('lists every past event date once, most recent first, across the pages of /events/past/', () => {
    const pages = listPages('/events/past/');
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap((p) => links(p.html, /<time datetime="([^"]+)"/g));
    const events = published(content.entries.events).map((e) => ({ id: e.id, data: { classes: [], ...e.data } }));
    const expected = past(allOccurrences(events as never), NOW).map((d) => d.occurrence.start);
    expect(listed).toEqual(expected);
  });

  it('keeps list pages and the home page small', () => {
    for (const path of [
      '/',
      '/newsletters/',
      '/newsletters/page/2/',
      '/classes/oak/',
      '/classes/oak/page/2/',
      '/events/',
      '/events/past/',
      '/events/past/page/2/',
    ]) {
      expect(Buffer.byteLength(site.file(path)), path).toBeLessThan(60 * 1024);
    }
    expect((mainOf(site.file('/')).match(/class="entry-card"/g) ?? []).length).toBe(5);
  });

  it('has an accessible page list, on a phone and a desktop, and works from the keyboard', async () => {
    const server = await serve(site.outDir);
    const browser = await launchBrowser();
    try {
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        for (const path of ['/newsletters/page/2/', '/classes/oak/', '/events/past/page/2/']) {
          await page.goto(server.url + path);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode(true).analyze();
          expect(results.violations.map((v) => `${path} at ${width}px: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          const nav = page.getByRole('navigation', { name: 'Pages of this list' });
          await expect.poll(() => nav.getByRole('link', { name: 'Page 2' }).count()).toBe(1);
          // Nothing in the page list is wider than a phone's screen.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        }
        await page.close();
      }
      const page = await browser.newPage();
      await page.goto(`${server.url}/newsletters/`);
      await page.getByRole('navigation', { name: 'Pages of this list' }).getByRole('link', { name: 'Older' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/newsletters/page/2/');
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('is valid HTML on a later page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off', 'valid-id': ['error', { relaxed: true }] } });
    for (const path of ['/newsletters/page/2/', '/classes/oak/page/2/', '/events/past/page/2/']) {
      const report = await validator.validateString(site.file(path), path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
