/**
 * The demo school under `npm start`, as a newcomer sees it on the first day, whatever that day is:
 * the demo shown as on its own date (its settings' demo_date) with a note saying so, so its survey
 * is open and its events are to come; and search working on the content as it is, and again after
 * the content changes, without a build. The server runs with the machine's clock (no SITE_NOW).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { mainOf, textOf } from '../helpers/build';
import { startSite, type StartedSite } from '../helpers/start';

const DEMO_DATE: string = parse(readFileSync('content/settings/school.yaml', 'utf8')).demo_date;

let site: StartedSite;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  site?.remove();
});

const text = async (path: string) => textOf(mainOf(await (await fetch(`${site.url}${path}`)).text()));

/** Searches as a parent would and returns the results' addresses once they are announced. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  // The first index is made as the server starts: the search page waits for it.
  await expect.poll(() => status.textContent(), { timeout: 90_000 }).toMatch(/results? for|No results/);
  return page.locator('.search-result h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('the demo under npm start', () => {
  it('is shown as on its own date, with a note saying so on every page', async () => {
    expect(DEMO_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const page = await browser.newPage();
    for (const path of ['/', '/events/', '/policies/uniform/']) {
      await page.goto(`${site.url}${path}`);
      const note = page.locator('.demo-note');
      await expect.poll(() => note.textContent()).toContain('Monday 23 November 2026');
      expect(await note.getAttribute('data-demo-date')).toBe(DEMO_DATE);
    }
    await page.close();
  });

  it('has an open survey and events to come, whatever today’s date', async () => {
    const survey = await text('/surveys/parent-questionnaire-2026/');
    expect(survey).toContain('Open now: please answer by Friday 4 December 2026.');
    expect(survey).not.toContain('This survey closed');
    const events = await text('/events/');
    expect(events).toContain('Christmas fair');
    expect(events).toContain('Autumn term ends');
    // This week's news: the newsletter of the Friday before.
    const news = await text('/newsletters/');
    expect(news).toContain('20 November 2026');
    expect(news).not.toContain('27 November 2026');
  });

  it('finds pages with search, with no build', async () => {
    const page = await browser.newPage();
    const found = await search(page, 'uniform');
    expect(found[0]).toBe('/policies/uniform/');
    const indexed = Number(/Search: (\d+) pages indexed for \/search\//.exec(site.log())?.[1]);
    expect(indexed).toBeGreaterThan(100);
    // The pages the index is made from are not each announced in the server's log: only those a
    // browser asked for (these tests visit a handful).
    expect((site.log().match(/\[200\] \/\S*/g) ?? []).length).toBeLessThan(20);
    await page.close();
  });

  it('finds what the content says after it changes', async () => {
    const page = await browser.newPage();
    expect(await search(page, 'Hippocampus')).toEqual([]);
    appendFileSync(join(site.repo, 'content/policies/uniform.md'), '\nOur sea-creature house badges include the hippocampus.\n');
    await site.waitFor('the search index to be made again', async () => (await search(page, 'Hippocampus'))[0] === '/policies/uniform/', 120_000);
    await page.close();
  });
});
