/**
 * Accessibility of the built demo school in Chromium: axe-core at WCAG 2.2 AA over one page of
 * every kind at phone and desktop widths; keyboard journeys (skip link, a visible focus at every
 * stop, the survey form opened by keyboard alone); no sideways scrolling at 320 px (the width of
 * 1280 px zoomed to 400%); text at 200%; and reduced motion. A broken fixture page proves axe fails
 * when it should.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/serve';
import { htmlPages, pageTypes, type PageType } from '../helpers/site-files';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let types: PageType[];

beforeAll(async () => {
  const dir = inject('demoDir');
  server = await serve(dir);
  browser = await launchBrowser();
  types = pageTypes(dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until it is ready to be looked at (the search page shows its results). */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(server.url + path);
  expect([200, 404], path).toContain(response?.status());
  if (path.startsWith('/search/?')) await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
}

/**
 * axe-core's violations on the page. Legacy mode runs axe in the page itself instead of opening a
 * helper page for each run, which halves the time; what it gives up is checking cross-origin
 * frames, and public pages have none (the survey form only appears after a click).
 */
async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${label}: ${v.id} (${v.impact}) ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`),
  );
}

describe('axe-core, WCAG 2.2 AA', () => {
  it('finds no violations on any kind of page, on a phone (375 px) or a desktop (1280 px)', async () => {
    expect(types.length).toBeGreaterThan(20);
    const violations: string[] = [];
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const { name, path } of types) {
        await open(page, path);
        violations.push(...(await axeViolations(page, `${name} ${path} at ${width}px`)));
      }
      await context.close();
    }
    console.info(`axe: ${types.length} kinds of page × 2 widths, ${violations.length} violations`);
    expect(violations).toEqual([]);
  });

  it('fails a page with missing alt text, a missing label and low contrast', async () => {
    const fixtures = await serve('tests/fixtures/quality');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fixtures.url}/broken-page.html`);
    const ids = new Set((await axeViolations(page, 'fixture')).map((v) => v.split(' ')[1]));
    await context.close();
    await fixtures.close();
    for (const id of ['image-alt', 'label', 'color-contrast']) expect(ids).toContain(id);
  });
});

/** What has focus, whether it shows, and whether it is on screen. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { lost: true, label: 'body', indicator: false, onScreen: false };
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const indicator = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`;
    return {
      lost: false,
      label,
      indicator,
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    };
  });
}

describe('keyboard', () => {
  it('offers the skip link first on every kind of page, and it takes focus to the main content', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const { name, path } of types) {
      await open(page, path);
      await page.keyboard.press('Tab');
      const skip = await focusState(page);
      expect(skip.label, name).toMatch(/^a “/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), name).toBe('#main');
      expect(skip.onScreen && skip.indicator, `${name}: the skip link shows when focused`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), name).toBe('main');
    }
    await page.close();
  });

  it('shows where focus is at every stop, and never loses it, through whole pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const journeys = types.filter((t) =>
      ['home', 'policy', 'events', 'open survey', 'search with results', 'governors', 'translated page (right to left)'].includes(t.name),
    );
    const problems: string[] = [];
    let stops = 0;
    for (const { name, path } of journeys) {
      await open(page, path);
      const seen = new Set<string>();
      let last = '';
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        const state = await focusState(page);
        const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? '');
        if (seen.has(where)) break; // Back at the start: the whole page has been visited.
        seen.add(where);
        if (state.lost) {
          // Focus may only leave the page after its last stop (for the browser's address bar).
          const lastTabbable = await page.evaluate(() => {
            const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, iframe, [tabindex]')].filter(
              (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
            );
            return all.at(-1)?.outerHTML.slice(0, 160) ?? '';
          });
          if (last !== lastTabbable) problems.push(`${name}: focus was lost after ${last}`);
          break;
        }
        last = where;
        stops++;
        if (!state.indicator) problems.push(`${name}: no visible focus on ${state.label}`);
        if (!state.onScreen) problems.push(`${name}: focused ${state.label} is off screen`);
      }
    }
    console.info(`keyboard: ${stops} focus stops checked on ${journeys.length} pages`);
    expect(stops).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('opens the survey form with the keyboard alone, and focus moves into it', async () => {
    const survey = types.find((t) => t.name === 'open survey');
    expect(survey, 'the demo has an open survey').toBeDefined();
    const context = await browser.newContext();
    // The provider is never contacted: a stand-in form answers for it.
    await context.route(/^https:\/\/(forms\.office\.com|docs\.google\.com)\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Form</title><p>Question 1</p>' }),
    );
    for (const key of ['Enter', ' ']) {
      const page = await context.newPage();
      await open(page, survey!.path);
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.classList.contains('survey-embed__load') ?? false);
      }
      expect(reached, 'the “Show the form on this page” button is reached with Tab').toBe(true);
      expect((await focusState(page)).indicator).toBe(true);
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('survey-embed iframe').count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.tagName), `after ${key === ' ' ? 'Space' : key}`).toBe('IFRAME');
      await page.close();
    }
    await context.close();
  });

  it('searches from the header box with the keyboard alone, and reaches the results', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '/policies/');
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'site-search');
    }
    expect(reached, 'the header search box is among the first stops').toBe(true);
    await page.keyboard.type('uniform');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=uniform/);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    let onResult = false;
    for (let i = 0; i < 40 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => !!document.activeElement?.closest('.search-result'));
    }
    expect(onResult, 'a result link is reached with Tab').toBe(true);
    expect((await focusState(page)).indicator).toBe(true);
    await page.close();
  });
});

describe('zoom, small screens and motion', () => {
  it('never scrolls sideways at 320 px (a 1280 px window zoomed to 400%) on any page, and a keyboard can scroll what scrolls', async () => {
    // Every page, not one of each kind: a wide table or a long word in any entry would show here.
    const pages = htmlPages(inject('demoDir')).filter((p) => !p.startsWith('/admin/') && !p.endsWith('/email.html'));
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(server.url + path);
      const state = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // A box that scrolls sideways must take focus (or hold something that does), or a keyboard cannot scroll it.
        stuck: [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
          .filter((el) => el.tabIndex < 0 && !el.querySelector('a[href], button, input, select, textarea, [tabindex]'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }));
      if (state.overflow > 0) problems.push(`${path}: ${state.overflow}px too wide`);
      for (const el of state.stuck) problems.push(`${path}: ${el} scrolls sideways but a keyboard cannot reach it`);
    }
    await page.close();
    console.info(`reflow: ${pages.length} pages at 320 px, ${problems.length} problems`);
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('keeps every page readable with the browser’s text size at 200%', async () => {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The browser's own text-size setting (as a parent would set it), not a CSS change: the
    // default font size doubles, and everything sized in rem or em follows.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    const problems: string[] = [];
    for (const { name, path } of types) {
      await open(page, path);
      const state = await page.evaluate(() => {
        const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
        // Text cut off: a box that hides its overflow but holds more text than it shows (boxes of
        // 1 px are text meant for screen readers only, hidden on purpose).
        const clipped = [...document.querySelectorAll<HTMLElement>('main *, header *, nav *, footer *')]
          .filter((el) => {
            const s = getComputedStyle(el);
            return (
              /hidden|clip/.test(s.overflowX + s.overflowY) &&
              el.clientWidth > 1 &&
              el.clientHeight > 1 &&
              el.scrollWidth > el.clientWidth + 1 &&
              el.innerText.trim() !== ''
            );
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { root, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, clipped };
      });
      if (state.root !== 32) problems.push(`${name}: text is ${state.root}px, not doubled`);
      if (state.overflow > 0) problems.push(`${name}: ${state.overflow}px sideways scrolling`);
      if (state.clipped.length) problems.push(`${name}: text cut off in ${state.clipped.join(', ')}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('stops animations and smooth scrolling when the parent asks for reduced motion', async () => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const moving: string[] = [];
    for (const { name, path } of types) {
      await open(page, path);
      moving.push(
        ...(
          await page.evaluate(() => {
            const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
            const found: string[] = [];
            if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
            for (const el of document.querySelectorAll<HTMLElement>('*')) {
              const s = getComputedStyle(el);
              if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) found.push(`animation on ${el.tagName.toLowerCase()}.${el.className}`);
              if (seconds(s.transitionDuration) > 0.01 && s.transitionProperty !== 'none')
                found.push(`transition on ${el.tagName.toLowerCase()}.${el.className}`);
            }
            return found;
          })
        ).map((m) => `${name}: ${m}`),
      );
    }
    await page.close();
    expect(moving).toEqual([]);
  });
});
