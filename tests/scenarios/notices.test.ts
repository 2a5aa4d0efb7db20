/**
 * Urgent notices on the demo school, built at three moments of its snow day (8 January 2026): just
 * before the closure goes up, while it is up, and after it has come down. A warning about icy paths
 * is added to the demo for the day, so two notices are up at once. While up, the closure is at the
 * top of every page of the site, in every language (in Polish where it is translated, in English
 * marked lang="en" on the Urdu pages), with search engines told of the closure and both feeds
 * carrying it; before and after, it is only on its own page and in the archive.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/serve';
import { buildSite, textOf, type BuiltSite } from '../helpers/build';
import { contentWith } from '../helpers/content';
import { pageRules, validate } from '../helpers/html-rules';
import { htmlPages, linksToEveryBuiltAddress } from '../helpers/site-files';

const CLOSURE = 'Snow: school closed today, Thursday 8 January';
const CLOSURE_PL = 'Śnieg: szkoła dziś zamknięta, czwartek 8 stycznia';
const CLOSURE_PAGE = '/notices/snow-closure-january-2026/';
const WARNING = 'Icy paths: please use the Elm Road gate';
const MOMENTS = { before: '2026-01-08T06:00', during: '2026-01-08T09:00', after: '2026-01-09T00:30' };

const warning = `---
title: "${WARNING}"
severity: warning
starts: 2026-01-08T07:15
expires: 2026-01-08T18:00
summary: The front path is being gritted. Until it is clear, please come in through the Elm Road gate.
---
The caretaker is gritting the front path.
`;

let content: string;
const site: Record<keyof typeof MOMENTS, BuiltSite> = {} as never;
beforeAll(() => {
  content = contentWith({ 'notices/icy-paths.md': warning }, 'content');
  // The three builds of one content folder share a cache, so the demo's photos are resized once.
  const cache = mkdtempSync(join(tmpdir(), 'school-cache-'));
  for (const [moment, now] of Object.entries(MOMENTS) as [keyof typeof MOMENTS, string][]) {
    site[moment] = buildSite(content, now, { SITE_CACHE_DIR: cache });
    if (!site[moment].ok) throw new Error(site[moment].output);
  }
});

/** The pages people read (not the editor, email versions or the search page's fallback files). */
const pages = (built: BuiltSite) => htmlPages(built.outDir).filter((p) => !p.startsWith('/admin/') && !p.endsWith('email.html'));

/** The urgent notices at the top of a page: everything from the notices' section to the end of it. */
const noticesOf = (html: string) => /<section class="site-notices"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

/** The JSON-LD blocks of a page, parsed. */
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

/** A feed's items. */
const items = (built: BuiltSite, path: string): { title: string; link: string; pubDate: string; category: string }[] =>
  new XMLParser({ isArray: (name) => name === 'item' }).parse(built.file(path)).rss.channel.item ?? [];

describe('while the closure is up (9am)', () => {
  const during = () => site.during;

  it('is at the top of every page, first after the skip link and above the header and its menu', () => {
    const all = pages(during());
    expect(all.length).toBeGreaterThan(100);
    for (const page of all) {
      const html = during().file(page);
      const notices = html.indexOf('<section class="site-notices"');
      expect(notices, page).toBeGreaterThan(html.indexOf('class="skip-link"'));
      expect(notices, page).toBeLessThan(html.indexOf('<header class="site-header"'));
      expect(html.indexOf('<nav class="site-nav'), page).toBeGreaterThan(notices);
    }
  });

  it('has a heading, the time it was posted and a link to its own page; several at once, the most severe first', () => {
    const notices = noticesOf(during().file('/'));
    const text = textOf(notices);
    expect(text).toMatch(new RegExp(`^School closure: ${CLOSURE} .* Posted Thursday 8 January 2026, 6:30am Read the full notice Important: ${WARNING}`));
    expect(notices).toMatch(/<h2 class="site-notice__title" id="notice-snow-closure-january-2026"[^>]*>/);
    expect(notices).toContain('<time datetime="2026-01-08T06:30"');
    expect(notices).toMatch(new RegExp(`<a href="${CLOSURE_PAGE}" aria-describedby="notice-snow-closure-january-2026"[^>]*>Read the full notice</a>`));
    expect(notices).toContain('class="site-notice site-notice--closure" lang="en" dir="ltr"');
  });

  it('is in Polish on the Polish pages, where it is translated, linking to the translation', () => {
    const pl = pages(during()).filter((p) => p.startsWith('/pl/'));
    expect(pl.length).toBeGreaterThan(3);
    for (const page of pl) {
      const notices = noticesOf(during().file(page));
      expect(notices, page).toContain(`lang="pl" dir="ltr"`);
      expect(notices, page).toContain(CLOSURE_PL);
      expect(notices, page).toContain('href="/pl/notices/snow-closure-january-2026/"');
      expect(notices, page).toContain('aria-label="Pilne komunikaty"');
    }
  });

  it('is in English, marked lang="en" and left to right, on the Urdu pages, where it is not translated', () => {
    const ur = pages(during()).filter((p) => p.startsWith('/ur/'));
    expect(ur.length).toBeGreaterThan(3);
    for (const page of ur) {
      const html = during().file(page);
      expect(html, page).toMatch(/<html lang="ur" dir="rtl"/);
      const notices = noticesOf(html);
      expect(notices, page).toContain('class="site-notice site-notice--closure" lang="en" dir="ltr"');
      expect(textOf(notices), page).toContain(`School closure: ${CLOSURE}`);
      expect(notices, page).toContain(`href="${CLOSURE_PAGE}"`);
    }
  });

  it('tells search engines the school is closed, on the home page and the notice’s own page', () => {
    for (const page of ['/', CLOSURE_PAGE]) {
      const announcement = jsonLd(during().file(page)).find((d) => d['@type'] === 'SpecialAnnouncement');
      expect(announcement, page).toMatchObject({
        name: CLOSURE,
        datePosted: '2026-01-08T06:30:00+00:00',
        expires: '2026-01-09T00:00:00+00:00',
        category: 'School closure',
        url: `https://www.hazelbrook.sch.uk${CLOSURE_PAGE}`,
        announcementLocation: { '@type': 'School', '@id': 'https://www.hazelbrook.sch.uk/#school' },
      });
    }
    // A warning is not a closure.
    expect(jsonLd(during().file('/')).filter((d) => d['@type'] === 'SpecialAnnouncement')).toHaveLength(1);
  });

  it('is an item in the all-news feed and the notices feed, by the time it went up', () => {
    for (const feed of ['/rss.xml', '/notices/rss.xml']) {
      const item = items(during(), feed).find((i) => i.link === `https://www.hazelbrook.sch.uk${CLOSURE_PAGE}`);
      expect(item, feed).toMatchObject({ title: `School closure: ${CLOSURE}`, category: 'School closure' });
      expect(new Date(item!.pubDate).toISOString()).toBe('2026-01-08T06:30:00.000Z');
    }
    expect(items(during(), '/notices/rss.xml').map((i) => i.title)).toEqual([`Important: ${WARNING}`, `School closure: ${CLOSURE}`]);
  });

  it('keeps the pages valid HTML, in each language', async () => {
    const problems: string[] = [];
    for (const page of ['/', CLOSURE_PAGE, '/notices/', '/pl/', '/ur/', '/pl/notices/snow-closure-january-2026/', '/clubs/']) {
      problems.push(...(await validate(pageRules, during().file(page), page)));
    }
    expect(problems).toEqual([]);
  });

  it('passes axe (WCAG 2.2 AA) and, on a 375 px phone, leaves most of the first screen to the page', async () => {
    const server = await serve(during().outDir);
    const browser = await launchBrowser();
    const problems: string[] = [];
    try {
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 667 } });
        const page = await context.newPage();
        for (const path of ['/', '/ur/', CLOSURE_PAGE]) {
          await page.goto(server.url + path);
          const axe = await new AxeBuilder({ page })
            .include('.site-notices')
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .setLegacyMode(true)
            .analyze();
          problems.push(...axe.violations.map((v) => `${path} at ${width}px: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
          const notices = await page.locator('.site-notices').boundingBox();
          // Two notices at once: together, less than half the first screen on a phone.
          if (width === 375) expect(notices!.height, path).toBeLessThan(667 / 2);
          // The summary is there on a wide screen, and left to the notice's page on a phone.
          expect(await page.locator('.site-notice__summary').first().isVisible(), `${path} at ${width}px`).toBe(width > 375);
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    expect(problems).toEqual([]);
  });

  it('links only to addresses the content check knows', () => {
    expect(linksToEveryBuiltAddress(content, during().outDir, MOMENTS.during)).toEqual([]);
  });
});

describe('before the closure goes up (6am) and after it comes down (half past midnight)', () => {
  it('is on no page but its own and the archive', () => {
    for (const moment of ['before', 'after'] as const) {
      const built = site[moment];
      const showing = pages(built).filter((p) => built.file(p).includes(CLOSURE) || built.file(p).includes(CLOSURE_PL));
      expect(showing.sort(), moment).toEqual(['/notices/', CLOSURE_PAGE, '/pl/notices/snow-closure-january-2026/'].sort());
      expect(noticesOf(built.file('/')), moment).not.toContain(CLOSURE);
      expect(
        jsonLd(built.file('/')).some((d) => d['@type'] === 'SpecialAnnouncement'),
        moment,
      ).toBe(false);
    }
  });

  it('is announced in the archive as coming up before, and as earlier after, with the warning up in between', () => {
    const before = textOf(site.before.file('/notices/'));
    expect(before).toMatch(new RegExp(`Coming up .*${CLOSURE}`));
    expect(before).toContain('There are no urgent notices at the moment.');
    expect(site.before.file(CLOSURE_PAGE)).toContain('This notice goes up on <time datetime="2026-01-08T06:30">Thursday 8 January 2026, 6:30am</time>.<br');
    expect(site.before.file(CLOSURE_PAGE)).toContain('Until the end of <time datetime="2026-01-09T00:00">Thursday 8 January 2026</time>');
    const after = textOf(site.after.file('/notices/'));
    expect(after).toMatch(new RegExp(`Earlier notices .*${WARNING}.*${CLOSURE}`));
    // It came down at midnight: the end of Thursday, not "12am on Friday".
    expect(site.after.file(CLOSURE_PAGE)).toContain('This notice came down at the end of <time datetime="2026-01-09T00:00">Thursday 8 January 2026</time>.');
  });

  it('is not in the feeds before it goes up, and stays in them after', () => {
    const link = `https://www.hazelbrook.sch.uk${CLOSURE_PAGE}`;
    expect(items(site.before, '/rss.xml').some((i) => i.link === link)).toBe(false);
    expect(items(site.before, '/notices/rss.xml')).toEqual([]);
    expect(items(site.after, '/rss.xml').some((i) => i.link === link)).toBe(true);
    expect(items(site.after, '/notices/rss.xml')).toHaveLength(2);
  });
});
