/**
 * Site search on the built demo school, in Chromium: what parents type finds the right page
 * first, filters narrow the results, the address can be shared and Back works, drafts and
 * pages that are not content are never in the index, and without JavaScript the page still helps.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser } from '../helpers/demo-browser';
import { checkContent } from '../../src/lib/content/check';
import { isPublished } from '../../src/lib/domain/publishing';
import { isOpen } from '../../src/lib/domain/vacancies';
import { siteNow } from '../../src/lib/core/time';
import { entryLink } from '../../src/schemas/routes';
import type { CollectionName } from '../../src/schemas';
import { DEMO_NOW } from '../helpers/demo-setup';

const demo = demoInBrowser();

const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('.search-result h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** Opens the search page at an address and waits until the results are announced. */
async function searchFor(page: Page, query: string) {
  await page.goto(`${demo.server.url}/search/?${query}`);
  await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/results? for/);
}

describe('searching the demo school', () => {
  it('puts the page a parent is looking for first', async () => {
    const page = await demo.browser.newPage();
    const expected: Record<string, string> = {
      uniform: '/policies/uniform/',
      uniforms: '/policies/uniform/',
      'term dates': '/term-dates/',
      complaints: '/policies/complaints/',
      phonics: '/events/phonics-workshop/',
      'special educational needs': '/policies/sen-information-report/',
      childline: '/support/',
    };
    for (const [query, first] of Object.entries(expected)) {
      await searchFor(page, `q=${encodeURIComponent(query)}`);
      expect((await resultLinks(page))[0], query).toBe(first);
    }
    // The result shows its kind and a highlighted excerpt; a policy outranks newsletters that mention the word.
    await searchFor(page, 'q=uniform');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__meta').textContent()).toBe('Policy');
    expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    expect((await resultLinks(page)).some((href) => href?.startsWith('/newsletters/'))).toBe(true);
    await page.close();
  });

  it('announces the number of results to screen readers', async () => {
    const page = await demo.browser.newPage();
    await searchFor(page, 'q=uniform');
    expect(await status(page).getAttribute('role')).toBe('status');
    const count = await page.locator('.search-result').count();
    expect(await status(page).textContent()).toMatch(/^\d+ results for “uniform”$/);
    expect(count).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows results with filters, and keeps them in the address', async () => {
    const page = await demo.browser.newPage();
    await searchFor(page, 'q=trip');
    const all = await resultLinks(page);
    expect(all.some((href) => !href?.startsWith('/events/'))).toBe(true);

    await page.selectOption('#search-type', 'Events');
    await expect.poll(() => page.url()).toMatch(/\?q=trip&type=Events$/);
    // Not empty as well: while the new results load, an empty list would pass "every".
    await expect
      .poll(async () => {
        const links = await resultLinks(page);
        return links.length > 1 && links.every((href) => href?.startsWith('/events/'));
      })
      .toBe(true);
    const metas = await page.locator('.search-result__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(1);
    for (const meta of metas) expect(meta).toMatch(/^Event · /);

    await page.selectOption('#search-class', 'Oak Class');
    await expect.poll(() => resultLinks(page)).toEqual(['/events/oak-roman-museum-trip/']);

    // A filter on its own, without words, lists everything under it.
    await searchFor(page, 'type=Policies&category=Behaviour');
    const behaviour = await resultLinks(page);
    expect(behaviour).toContain('/policies/behaviour/');
    expect(behaviour).toContain('/policies/anti-bullying/');
    expect(behaviour.every((href) => href?.startsWith('/policies/'))).toBe(true);
    await page.close();
  });

  it('goes back to the previous search with the browser’s Back button', async () => {
    const page = await demo.browser.newPage();
    await searchFor(page, 'q=uniform');
    await page.fill('#search-q', 'complaints');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.url()).toMatch(/\?q=complaints$/);
    await expect.poll(async () => (await resultLinks(page))[0]).toBe('/policies/complaints/');
    await page.goBack();
    await expect.poll(() => page.inputValue('#search-q')).toBe('uniform');
    await expect.poll(async () => (await resultLinks(page))[0]).toBe('/policies/uniform/');
    await page.close();
  });

  it('searches older pages (before last school year) only when asked, and keeps that in the address', async () => {
    const page = await demo.browser.newPage();
    await searchFor(page, 'q=questionnaire');
    expect(await resultLinks(page)).toContain('/surveys/parent-questionnaire-2025/');
    expect(await resultLinks(page)).not.toContain('/surveys/parent-questionnaire-2024/');
    await page.check('#search-archive');
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain('/surveys/parent-questionnaire-2024/');
    expect(page.url()).toMatch(/\?q=questionnaire&archive=1$/);
    // Choosing a school year from the archive searches it too.
    await searchFor(page, 'q=questionnaire&year=2024–25');
    expect(await resultLinks(page)).toEqual(['/surveys/parent-questionnaire-2024/']);
    await page.close();
  });

  it('suggests the right spelling when a word is mistyped', async () => {
    const page = await demo.browser.newPage();
    await searchFor(page, 'q=complants');
    const suggestion = page.locator('[data-search-suggestion-link]');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.textContent()).toBe('complaints');
    await suggestion.click();
    await expect.poll(async () => (await resultLinks(page))[0]).toBe('/policies/complaints/');
    expect(page.url()).toMatch(/\?q=complaints$/);
    await page.close();
  });

  it('never indexes drafts, future posts, listings, the search page or the 404 page', async () => {
    const page = await demo.browser.newPage();
    // The page's own search first, so its Pagefind (one module, shared with the code below) is set up
    // before this asks it for more: two set-ups at once could each load the index halfway.
    await searchFor(page, 'q=uniform');
    // Every page in the index, by asking for each type in turn.
    // A string, so the test runner does not rewrite the dynamic import meant for the demo.browser.
    const indexed: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.mergeIndex('/pagefind-archive/');
      const types = [...document.querySelectorAll('#search-type option')].map((o) => o.value).filter(Boolean);
      const urls = [];
      for (const type of types) {
        const found = await pagefind.search(null, { filters: { type } });
        for (const r of found.results) urls.push((await r.data()).url);
      }
      return urls;
    })()`);
    const content = checkContent('content');
    const hidden: string[] = [];
    const shown: string[] = [];
    // A closed vacancy keeps its page, but it is no longer in the search.
    const open = (collection: CollectionName, entry: unknown) =>
      collection !== 'vacancies' || isOpen(entry as never, siteNow('Europe/London', { SITE_NOW: DEMO_NOW }), 'Europe/London');
    for (const [collection, list] of Object.entries(content.entries) as [CollectionName, typeof content.entries.policies][]) {
      for (const entry of list) {
        // A support service has no page of its own: the support page (/support/, below) is indexed.
        const url = entryLink(collection, entry.id);
        if (url && !url.includes('#')) (isPublished(entry as never, DEMO_NOW) && open(collection, entry) ? shown : hidden).push(url);
      }
    }
    expect(hidden).toContain('/vacancies/teaching-assistant-send/');
    expect(shown).toContain('/vacancies/year-4-class-teacher/');
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    expect(indexed.filter((url) => hidden.includes(url))).toEqual([]);
    expect(new Set(indexed)).toEqual(new Set([...shown, '/support/']));
    for (const url of ['/search/', '/404/', '/', '/policies/', '/newsletters/', '/events/', '/governors/', '/a-z/']) expect(indexed).not.toContain(url);
    await page.close();
  });

  it('without JavaScript, offers the policy library and the A to Z instead', async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${demo.server.url}/search/?q=uniform`);
    expect(await page.locator('[data-search-fallback]').isVisible()).toBe(true);
    const links = await page.locator('[data-search-fallback] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/policies/', '/a-z/']));
    await page.goto(`${demo.server.url}/a-z/`);
    expect(await page.locator('main a[href="/policies/uniform/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/support/#childline"]').count()).toBe(1);
    await context.close();
  });

  it('can be used with the keyboard alone at 320 px, without scrolling sideways', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${demo.server.url}/`);
    // On a phone the header has a search button, not a box: from it to the search page, then to the results.
    await page.locator('.site-header a[href="/search/"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/search\/$/);
    await page.focus('#search-q');
    await page.keyboard.type('uniform');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/search\/\?q=uniform$/);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/results for “uniform”/);
    expect(await page.inputValue('#search-q')).toBe('uniform');
    await page.focus('#search-q');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-archive');
    // The filters are folded away on a phone, behind a button that opens them.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Filter results');
    expect(await page.locator('#search-type').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-type');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: 'screenshots/search-320.png', fullPage: true });
    await page.close();
  });
});
