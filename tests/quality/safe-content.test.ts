/**
 * Safe content, on a site built from the XSS fixture (tests/fixtures/xss: hostile Markdown over
 * the basic fixture) and on the demo school:
 * - no payload from a Markdown body reaches any built file as markup: pages, feeds
 *   (`content:encoded`), email versions, calendars, the sitemap or the search index (HTML typed in
 *   the text is shown as text, and a tag such as `<title>` in a sentence loses no word after it);
 * - in Chromium, with the pages' own Content-Security-Policy removed so that only the filter is
 *   tested, nothing from the content runs, loads or submits anywhere, the search results included;
 * - the HTML editors legitimately write (tables, details, headings, links, pictures) survives;
 * - drafts and future-dated entries appear in no page, feed, calendar, sitemap or search index.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { isPublished } from '../../src/lib/domain/publishing';
import { readSettings } from '../../src/lib/content/settings';
import { entryLink } from '../../src/schemas/routes';
import type { CollectionName } from '../../src/schemas';
import { launchBrowser } from '../helpers/browser';
import { buildSite, mainOf, type BuiltSite } from '../helpers/build';
import { contentWith } from '../helpers/content';
import { payloadOutsideText, visibleText } from '../helpers/markup';
import { DEMO_NOW } from '../helpers/demo-setup';
import { serve } from '../helpers/serve';
import { addressOf, searchIndexRecords, siteFiles } from '../helpers/site-files';

/** Text files a browser, feed reader or calendar app reads. Scripts and stylesheets are the site's own. */
const TEXT = /\.(html|xml|ics|txt|json|webmanifest)$/;
/** What every hostile payload in a Markdown body contains. */
const PAYLOAD = /xssMarker|evil\.example/;

let site: BuiltSite;
let fixtureUrl: string;
let browser: Browser;

beforeAll(async () => {
  const content = contentWith({});
  cpSync('tests/fixtures/xss', content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  fixtureUrl = readSettings(content).settings!.url;
  site = buildSite(content, DEMO_NOW);
  if (!site.ok) throw new Error(`The XSS fixture did not build:\n${site.output}`);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything in a built folder a reader could see: text files and the search index's records. */
function readable(dir: string): { file: string; text: string }[] {
  return [
    ...siteFiles(dir)
      .filter((f) => TEXT.test(f))
      .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') })),
    ...searchIndexRecords(dir),
  ];
}

/**
 * Looks through a document in the browser for anything the content could use to run code, load
 * from another site, take over the page or send a form elsewhere. `email` allows inline styles,
 * which the email versions are written with. Returns what it found.
 */
function dangerousMarkup(page: Page, email = false): Promise<string[]> {
  return page.evaluate((allowStyle) => {
    const found: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}>${el.id ? `#${el.id}` : ''}`;
    const badUrl = (value: string) =>
      /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, '')) && !/^data:image\/(png|gif|jpeg|webp|avif);/i.test(value);
    for (const el of document.querySelectorAll('*')) {
      const name = el.tagName.toLowerCase();
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${describe(el)} has ${attr.name}`);
        if (attr.name === 'style' && !allowStyle) found.push(`${describe(el)} has a style attribute`);
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc'].includes(attr.name) &&
          (badUrl(attr.value) || attr.name === 'srcdoc')
        )
          found.push(`${describe(el)} ${attr.name}="${attr.value.slice(0, 60)}"`);
        if (/xssMarker|evil\.example/.test(attr.value)) found.push(`${describe(el)} ${attr.name} holds a payload`);
      }
      if (name === 'script') {
        const own =
          el.getAttribute('type') === 'application/ld+json' || (/^\/(_astro|pagefind)\//.test(el.getAttribute('src') ?? '') && !el.textContent?.trim());
        if (!own) found.push(`a script: ${(el.getAttribute('src') ?? el.textContent ?? '').slice(0, 60)}`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'portal'].includes(name)) found.push(describe(el));
      // The site draws its own SVG (logo, charts); in the editors' text there must be none.
      if (['svg', 'math'].includes(name) && el.closest('.prose')) found.push(`${describe(el)} in the text`);
      if (name === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('a meta refresh');
      if (name === 'form' && !(el.getAttribute('role') === 'search' || el.classList.contains('search-form')))
        found.push(`a form to ${el.getAttribute('action')}`);
      if (name === 'style' || (name === 'link' && el.getAttribute('rel') === 'stylesheet' && !/^\/_astro\//.test(el.getAttribute('href') ?? '')))
        found.push(`a stylesheet ${el.getAttribute('href') ?? ''}`);
    }
    return found;
  }, email);
}

/** Where the payload appears in a built file as something other than text a reader sees. */
function payloadAsMarkup(file: string, text: string): string[] {
  if (file.endsWith('.html')) return payloadOutsideText(text, PAYLOAD);
  if (file.endsWith('.xml')) {
    const channel = new XMLParser({ ignoreAttributes: false }).parse(text).rss?.channel;
    if (!channel) return PAYLOAD.test(text) ? ['(not a feed)'] : [];
    // A feed reader renders the description and full text as HTML; the rest of an item is text.
    return ([channel.item ?? []].flat() as Record<string, string>[]).flatMap((item) =>
      ['description', 'content:encoded'].flatMap((field) =>
        payloadOutsideText(String(item[field] ?? ''), PAYLOAD, true).map((p) => `“${item.title}” ${field}: ${p}`),
      ),
    );
  }
  // Plain text (the email's text version) and the search index's records are text by nature;
  // calendars, sitemaps and data files never carry a body at all.
  if (file.endsWith('.txt') || file.startsWith('/pagefind')) return [];
  return PAYLOAD.test(text) ? [`…${text.slice(Math.max(0, text.search(PAYLOAD) - 60), text.search(PAYLOAD) + 40)}…`] : [];
}

describe('hostile HTML in Markdown (the XSS fixture)', () => {
  it('leaves no payload as markup in any page, feed, email, calendar, sitemap or search index record', () => {
    const files = readable(site.outDir);
    expect(
      files.some((f) => f.file.startsWith('/pagefind/')),
      'the search index was read',
    ).toBe(true);
    const found = files.flatMap((f) => payloadAsMarkup(f.file, f.text).map((p) => `${f.file}: ${p}`));
    expect(found).toEqual([]);
    // The check sees payloads: HTML typed in the text is shown, as the text it is.
    expect(visibleText(mainOf(site.file('/xss-vectors/')))).toContain('<script>xssMarker(1)</script>');
    expect(payloadOutsideText('<p title="xssMarker(0)">x</p>', PAYLOAD)).toHaveLength(1);
  });

  it('shows tags typed in a sentence as text in the page, the email version and the feed, and loses no word after them', () => {
    const slug = '2026-11-20-computing-lesson';
    const feedItem = ([new XMLParser().parse(site.file('/newsletters/rss.xml')).rss.channel.item].flat() as Record<string, string>[]).find((i) =>
      i.link.includes(slug),
    )!;
    const versions = {
      page: visibleText(mainOf(site.file(`/newsletters/${slug}/`))),
      'email version': visibleText(site.file(`/newsletters/${slug}/email.html`), false),
      'text email': site.file(`/newsletters/${slug}/email.txt`).replace(/\s+/g, ' '),
      feed: visibleText(feedItem['content:encoded']!),
    };
    for (const [name, text] of Object.entries(versions)) {
      expect(text, name).toContain(
        'Year 6 learned that the <title> tag names a web page, that a <textarea> is a box to type in, and that <script> and <style> hold',
      );
      expect(text, name).toContain('a <math> formula with a <style> inside');
      expect(text, name).toContain('Next week');
      expect(text, name).toContain('<xmp>Everything after this line stays on the page.');
    }
  });

  it('runs nothing, loads nothing from elsewhere and takes nothing over in Chromium, even without the pages’ own policy', async () => {
    // Without the <meta> policy, an event handler or script that slipped through would run: this tests the filter alone.
    const server = await serve(site.outDir, { html: (text) => text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '') });
    const context = await browser.newContext();
    const calls: string[] = [];
    const elsewhere: string[] = [];
    await context.exposeFunction('__xssCall', (what: string) => calls.push(what));
    await context.addInitScript(() => {
      const record =
        (name: string) =>
        (...args: unknown[]) =>
          (window as unknown as { __xssCall: (w: string) => void }).__xssCall(`${name}(${args.join(',')}) on ${location.pathname}`);
      Object.assign(window, { xssMarker: record('xssMarker'), xssText: record('xssText') });
    });
    const ownSite = new URL(fixtureUrl).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      // The site's own published address (the email version's absolute pictures) is not another site.
      if (url.startsWith(`${ownSite}/`)) return route.fulfill({ status: 204, body: '' });
      elsewhere.push(url);
      return route.fulfill({ status: 204, body: '' });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    // The CMS is not built from content (it carries its own configuration and styles): every other page is visited.
    const pages = siteFiles(site.outDir)
      .filter((f) => f.endsWith('.html') && !f.startsWith('/admin/'))
      .map(addressOf);
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      // Hovering and focusing everything gives any surviving handler its chance.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('main *')) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'click'] as const)
            if (type !== 'click' || !el.matches('a, button, summary')) el.dispatchEvent(new Event(type));
        }
      });
      problems.push(...(await dangerousMarkup(page, path.endsWith('email.html'))).map((p) => `${path}: ${p}`));
    }
    // The search page shows excerpts of the pages, the hostile summary's among them.
    await page.goto(`${server.url}/search/?q=markup`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-results img[src="x"]').count()).toBe(0);
    problems.push(...(await dangerousMarkup(page)).map((p) => `search results: ${p}`));
    await context.close();
    await server.close();
    expect(pages.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    expect(calls).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('keeps feeds safe for feed readers: the full text filtered, and summaries shown as text', async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const page = await browser.newPage();
    const problems: string[] = [];
    let items = 0;
    for (const feed of siteFiles(site.outDir).filter((f) => f.endsWith('rss.xml'))) {
      const channel = parser.parse(site.file(feed)).rss.channel;
      for (const item of [channel.item ?? []].flat() as Record<string, string>[]) {
        items++;
        // A feed reader decodes the XML, then renders both fields as HTML.
        for (const field of ['description', 'content:encoded']) {
          await page.setContent(`<!doctype html><body>${item[field] ?? ''}</body>`);
          problems.push(...(await dangerousMarkup(page)).map((p) => `${feed} “${item.title}” ${field}: ${p}`));
          if ((await page.locator('img[src="x"]').count()) > 0) problems.push(`${feed} “${item.title}” ${field}: the summary became a picture`);
        }
      }
    }
    await page.close();
    expect(items).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    // The summary is shown to the reader as the words the editor typed.
    expect(site.file('/newsletters/rss.xml')).toContain('with its markup: &amp;lt;img src=x onerror=xssText(100)&amp;gt;</description>');
  });

  it('lists a heading with markup in the page’s contents list as text, linked to the heading', () => {
    const vectors = site.file('/xss-vectors/');
    const contents = /<nav class="contents[^>]*>([\s\S]*?)<\/nav>/.exec(vectors)?.[1] ?? '';
    const link = /<a href="#([^"]+)"[^>]*>([^<]*xssMarker\(61\)[^<]*)<\/a>/.exec(contents);
    expect(link, contents).not.toBeNull();
    expect(link![2]).toContain('&lt;script&gt;xssMarker(61)&lt;/script&gt;');
    expect(vectors).toContain(`<h2 id="${link![1]}">`);
    expect(payloadOutsideText(contents, PAYLOAD)).toEqual([]);
  });

  it('keeps the HTML editors legitimately write', () => {
    const vectors = site.file('/xss-vectors/');
    expect(vectors).toContain('<caption>Club prices</caption>');
    expect(vectors).toContain('<th scope="col">Club</th>');
    expect(vectors).toMatch(
      /<details>\s*<summary>Opening times in the holidays<\/summary>\s*<p>The office is open on Tuesdays from 9am to 12 noon.<\/p>\s*<\/details>/,
    );
    expect(vectors).toContain('<h2 id="legitimate-html-an-editor-may-write">');
    expect(vectors).toContain('<a href="/about/">term dates</a>');
    expect(vectors).toContain('<a href="https://www.example.org/schools">the county council</a>');
    expect(vectors).toContain('<a href="tel:01632960000">01632 960 000</a>');
    expect(vectors).toContain('<a href="mailto:office@fixture.example.org">email us</a>');
    expect(vectors).toContain('<a href="https://council.example/autolinked">');
    expect(vectors).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="A green dot">/);
    expect(vectors).toContain('<abbr title="Special educational needs">SEN</abbr>');
    expect(vectors).toContain('<td>Monday</td>');
    const newsletter = site.file('/newsletters/2026-11-19-pasted-newsletter/');
    expect(newsletter).toContain('The <b>Christmas fair</b> is on Friday.');
    expect(newsletter).toContain('<a href="/about/">the lunch page</a>');
    expect(site.file('/newsletters/2026-11-19-pasted-newsletter/email.html')).toContain('Christmas fair');
    expect(site.file('/policies/pasted-policy/')).toMatch(/<details><summary>Charges<\/summary>/);
    expect(site.file('/mdx-vectors/')).toContain('Plain words stay.');
  });
});

describe('drafts and future-dated entries', () => {
  it('appear nowhere in the XSS fixture’s pages, feeds, calendars, sitemap or search index', () => {
    const files = readable(site.outDir);
    expect(files.some((f) => f.file === '/sitemap-0.xml')).toBe(true);
    expect(files.filter((f) => f.text.includes('NEVERPUBLISHED')).map((f) => f.file)).toEqual([]);
  });

  it('appear nowhere in the demo school: their addresses are never built nor linked from any file', () => {
    const dir = inject('demoDir');
    const demo = checkContent('content');
    const hidden: string[] = [];
    for (const [collection, list] of Object.entries(demo.entries) as [CollectionName, typeof demo.entries.policies][]) {
      for (const entry of list) {
        const url = entryLink(collection, entry.id);
        // A draft policy under consultation is published on purpose, for parents to comment on (see the README).
        const consulted = collection === 'policies' && (entry.data as { consultation?: unknown }).consultation !== undefined;
        if (url && !consulted && !isPublished(entry as never, DEMO_NOW)) hidden.push(url);
      }
    }
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    const built = new Set(siteFiles(dir).map(addressOf));
    expect(hidden.filter((url) => built.has(url))).toEqual([]);
    const files = readable(dir);
    const linked = hidden.flatMap((url) =>
      files.filter((f) => f.text.includes(`${url}"`) || f.text.includes(`${url}<`) || f.text.includes(`"url":"${url}`)).map((f) => `${url} in ${f.file}`),
    );
    expect(linked).toEqual([]);
  });
});
