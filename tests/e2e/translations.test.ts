/**
 * A right-to-left translated page of the demo school on a 375 px phone, in Chromium: the layout
 * mirrors (logical CSS), nothing scrolls sideways, numbers stay readable, and the language
 * switcher and the English version are one tap away.
 */
import { describe, expect, it } from 'vitest';
import { demoInBrowser } from '../helpers/demo-browser';

const demo = demoInBrowser();

describe('an Urdu page at 375 px', () => {
  it('lays out right to left without sideways scrolling, with the switcher and the English version', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${demo.server.url}/ur/policies/home-school-agreement/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ur');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // Mirrored: the school's name sits to the right of the menu button, and the heading starts at the right.
    const menu = (await page.locator('.site-menu__button').boundingBox())!;
    const name = (await page.locator('.site-header__name span').boundingBox())!;
    expect(name.x).toBeGreaterThan(menu.x);
    const h1 = (await page.locator('main h1').boundingBox())!;
    expect(h1.x + h1.width).toBeGreaterThan(375 - 24);
    expect(await page.locator('main h1').evaluate((el) => getComputedStyle(el).textAlign)).toBe('start');

    // The phone number keeps its left-to-right order.
    expect(await page.locator('.site-header__contact a').getAttribute('dir')).toBe('ltr');

    const switcher = page.locator('nav.language-switcher');
    expect(await switcher.locator('a').evaluateAll((links) => links.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]))).toEqual([
      ['en', '/policies/home-school-agreement/'],
      ['pl', '/pl/policies/home-school-agreement/'],
    ]);
    expect(await page.locator('[data-translation-notice] a[hreflang="en"]').getAttribute('href')).toBe('/policies/home-school-agreement/');
    await page.screenshot({ path: 'screenshots/urdu-policy-375.png', fullPage: true });
    await page.close();
  });

  it('marks the Polish contact page as possibly out of date, and the Urdu one not', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${demo.server.url}/pl/contact/`);
    expect(await page.locator('[data-translation-notice][data-out-of-date]').count()).toBe(1);
    await page.goto(`${demo.server.url}/ur/contact/`);
    expect(await page.locator('[data-translation-notice]').count()).toBe(1);
    expect(await page.locator('[data-translation-notice][data-out-of-date]').count()).toBe(0);
    await page.close();
  });
});
