/**
 * The first screen on a phone (375 × 667): on every kind of page, with JavaScript on and off, and
 * with the demo's snow-day closure notice up as well as without it, the page's title starts in
 * the top third of the screen and its first words are in view. The phone menu opens, lets the
 * focus go on past it and closes with Escape; on a wide screen the whole menu is shown. Every
 * link and button in the header, the menus, the urgent notices on a phone, pagination and
 * filters is at least 44 × 44 CSS pixels.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/serve';
import { sharedBuild } from '../helpers/build';
import { pageTypes, type PageType } from '../helpers/site-files';

const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };
/** A morning when the demo's snow closure notice (content/notices/) is up. */
const SNOW_DAY = '2026-01-08T08:00';

interface Site {
  name: string;
  server: Awaited<ReturnType<typeof serve>>;
  types: PageType[];
}

let browser: Browser;
const sites: Site[] = [];

beforeAll(async () => {
  const demoDir = inject('demoDir');
  // To re-run against a snow-day build made already: DEMO_SNOW_DIR=/tmp/snow
  const snowDir = process.env.DEMO_SNOW_DIR || sharedBuild('content', SNOW_DAY).outDir;
  browser = await launchBrowser();
  for (const [name, dir] of [
    ['no notice', demoDir],
    ['a closure notice', snowDir],
  ] as const)
    sites.push({ name, server: await serve(dir), types: pageTypes(dir) });
});
afterAll(async () => {
  await browser?.close();
  for (const site of sites) await site.server.close();
});

/** Opens a page; the search page is given time to show its results. */
async function open(page: Page, site: Site, path: string): Promise<void> {
  const response = await page.goto(site.server.url + path);
  expect([200, 404], path).toContain(response?.status());
  if (path.startsWith('/search/?') && (await page.evaluate(() => document.querySelector('school-search')?.matches(':defined'))))
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
}

/** Where the page's title starts, and how much of the first paragraph or list after it is on the screen. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '';
    const h1 = document.querySelector('h1')!;
    const first = [...document.querySelectorAll('main p, main ul, main ol, main dl')].find(
      (el) => h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && shown(el),
    );
    return {
      title: h1.getBoundingClientRect().top,
      first: first?.getBoundingClientRect().top ?? Infinity,
      firstText: first?.textContent?.trim().slice(0, 40),
      notices: document.querySelectorAll('.site-notice').length,
    };
  });
}

describe('the first screen on a phone', () => {
  for (const javaScript of [true, false])
    it(`shows each page's title in the top third and its first words, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const wrong: string[] = [];
      for (const site of sites) {
        let notices = 0;
        for (const type of site.types) {
          await open(page, site, type.path);
          const screen = await firstScreen(page);
          const where = `${type.name} (${type.path}) with ${site.name}`;
          if (screen.title < 0 || screen.title >= PHONE.height / 3) wrong.push(`${where}: the title starts at ${Math.round(screen.title)} px`);
          if (screen.first >= PHONE.height)
            wrong.push(`${where}: the first paragraph or list ("${screen.firstText}") starts at ${Math.round(screen.first)} px`);
          notices += screen.notices;
        }
        // The second build is only worth having if the closure is really on every page.
        if (site.name === 'a closure notice') expect(notices).toBe(site.types.length);
      }
      expect(wrong).toEqual([]);
      await context.close();
    });
});

/** The menu's button, its details element and its links. */
function menuOf(page: Page) {
  return { button: page.locator('.site-menu__button'), details: page.locator('details.site-menu'), links: page.locator('.site-nav a') };
}

describe('the menu', () => {
  let context: BrowserContext;
  afterAll(() => context?.close());

  it('opens from its button, moves the focus into it, lets Tab go on to the page, and closes with Escape', async () => {
    context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await open(page, sites[0]!, '/policies/');
    const { button, links } = menuOf(page);
    expect(await links.first().isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => links.first().isVisible()).toBe(true);
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('.site-nav') !== null)).toBe(true);

    // Nothing keeps the focus: after the last link, Tab leaves the menu.
    const count = await links.count();
    for (let i = 1; i < count; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe((await links.last().textContent())?.trim());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.site-menu') === null && document.activeElement !== document.body)).toBe(true);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => links.first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-menu__button'))).toBe(true);
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('opens and closes without JavaScript', async () => {
    const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await open(page, sites[0]!, '/events/');
    const { button, links } = menuOf(page);
    expect(await links.first().isVisible()).toBe(false);
    await button.click();
    expect(await links.first().isVisible()).toBe(true);
    await links.first().focus();
    expect(await page.evaluate(() => document.activeElement?.closest('.site-nav') !== null)).toBe(true);
    await button.click();
    expect(await links.first().isVisible()).toBe(false);
    await noScript.close();
  });

  for (const javaScript of [true, false])
    it(`is shown whole on a wide screen, without a button, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const wide = await browser.newContext({ viewport: WIDE, javaScriptEnabled: javaScript });
      const page = await wide.newPage();
      await open(page, sites[0]!, '/classes/');
      const { button, links } = menuOf(page);
      expect(await button.isVisible()).toBe(false);
      const count = await links.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) expect(await links.nth(i).isVisible(), (await links.nth(i).textContent()) ?? undefined).toBe(true);
      // Reachable by keyboard, and Escape leaves it as it is.
      await links.first().focus();
      await page.keyboard.press('Escape');
      expect(await links.last().isVisible()).toBe(true);
      await wide.close();
    });
});

describe('search on a phone', () => {
  it('shows the results first, with the filters folded away behind "Filter results"', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await open(page, sites[0]!, '/search/?q=uniform');
    expect(await page.locator('#search-type').isVisible()).toBe(false);
    const firstResult = (await page.locator('[data-search-results] li').first().boundingBox())!;
    expect(firstResult.y).toBeLessThan(PHONE.height);
    await page.getByText('Filter results', { exact: true }).click();
    expect(await page.locator('#search-type').isVisible()).toBe(true);
    await context.close();
  });

  it('opens the filters when one is set, and shows them on a wide screen', async () => {
    for (const [viewport, path] of [
      [PHONE, '/search/?q=uniform&type=Policies'],
      [WIDE, '/search/?q=uniform'],
    ] as const) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await open(page, sites[0]!, path);
      expect(await page.locator('#search-type').isVisible(), path).toBe(true);
      await context.close();
    }
  });
});

/** The controls a thumb must hit, as "what (size)" for each one smaller than 44 × 44 CSS pixels. */
function smallTargets(page: Page, phone: boolean) {
  return page.evaluate((phone) => {
    const selectors = [
      '.site-header a',
      '.site-header button',
      '.site-header summary',
      '.site-header input',
      '.language-switcher a',
      '.pagination a',
      '.filters a',
      '.search-filters-toggle summary',
      '.search-filters select',
      '.search-filters a',
      ...(phone ? ['.site-notice a'] : []),
    ];
    return [...document.querySelectorAll<HTMLElement>(selectors.join(','))]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" (${Math.round(box.width)} × ${Math.round(box.height)})`);
  }, phone);
}

describe('tap targets', () => {
  for (const [width, viewport] of [
    ['375', PHONE],
    ['1280', WIDE],
  ] as const)
    it(`are at least 44 × 44 in the header, menus, pagination and filters at ${width} px`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const small: string[] = [];
      for (const site of sites)
        for (const type of site.types) {
          await open(page, site, type.path);
          // The search filters and the menu's links count too, so they are unfolded (the menu last: it covers the page).
          for (const folded of ['details.search-filters-toggle', 'details.site-menu']) {
            const details = page.locator(folded);
            if ((await details.count()) && !(await details.evaluate((d) => (d as HTMLDetailsElement).open)) && (await details.locator('summary').isVisible()))
              await details.locator('summary').click();
          }
          small.push(...(await smallTargets(page, viewport === PHONE)).map((s) => `${type.path} with ${site.name}: ${s}`));
        }
      expect(small).toEqual([]);
      await context.close();
    });
});
