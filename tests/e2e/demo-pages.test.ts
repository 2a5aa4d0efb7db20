/**
 * The demo school in a real browser: keyboard use, small screens, print layout. Screenshots of
 * the key pages are saved to screenshots/ so a person can look at them.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/serve';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const SHOTS = 'screenshots';

beforeAll(async () => {
  server = await serve(inject('demoDir'));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const PAGES = {
  home: '/',
  policy: '/policies/behaviour/',
  policies: '/policies/',
  class: '/classes/oak/',
  update: '/classes/birch/',
  events: '/events/',
  event: '/events/celebration-assembly/',
  newsletter: '/newsletters/',
  support: '/support/',
  governors: '/governors/',
  statutory: '/governors/statutory/',
  menus: '/menus/',
  admissions: '/admissions/',
};

describe('fits every screen from 320 px', () => {
  it.each(Object.entries(PAGES))('%s has no sideways scrolling at 320 px and 1280 px', async (name, path) => {
    for (const width of [320, 375, 1280]) {
      const page = await open(path, width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      if (width !== 320) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
      await page.close();
    }
  });
});

describe('keyboard', () => {
  it('offers the skip link first, and it moves focus to the main content', async () => {
    const page = await open('/policies/behaviour/', 1280);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, visible: document.activeElement?.getBoundingClientRect().top }));
    expect(first.text).toBe('Skip to main content');
    expect(first.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    // The next stop is inside the main content, not back in the header.
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });
  it('shows where focus is', async () => {
    const page = await open('/', 1280);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { bg: s.backgroundColor, shadow: s.boxShadow };
    });
    expect(style.bg).toBe('rgb(255, 191, 71)');
    expect(style.shadow).not.toBe('none');
    await page.close();
  });
});

describe('print', () => {
  it('prints a policy on A4 without the menu, and with the governance details', async () => {
    const page = await open('/policies/behaviour/', 1280);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.policy-meta').isVisible()).toBe(true);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/policy-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('prints the whole lunch menu and the allergen key on one A4 page, without this week’s copy or the text around it', async () => {
    const page = await open('/menus/', 1280);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.menu-cycle').isVisible()).toBe(true);
    expect(await page.locator('.allergen-key').isVisible()).toBe(true);
    expect(await page.locator('.menu-now').isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/menus-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    // Each page of a PDF is an object of /Type /Page (the list of them is /Type /Pages).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.close();
  });
});
