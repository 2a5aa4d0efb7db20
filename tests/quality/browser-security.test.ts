/**
 * The built demo school in Chromium, served with the headers from the `_headers` file the build
 * wrote (read as Cloudflare reads it): no page trips its Content-Security-Policy, no page asks
 * another site for anything (fonts, analytics, CDNs, pictures), the survey form is only fetched
 * after the parent asks for it, and no other site can frame the pages. A broken fixture page proves
 * the checks see what they look for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headerPolicy } from '../../src/lib/security/csp';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/security/headers';
import { readSettings } from '../../src/lib/content/settings';
import { contentSecurityPolicy } from '../../src/lib/security/csp';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/serve';
import { pageTypes, siteFiles, type PageType } from '../helpers/site-files';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let rules: HeaderRule[];
let types: PageType[];
let dir: string;
const { settings } = readSettings('content');
const siteOrigin = new URL(settings!.url).origin;

beforeAll(async () => {
  dir = inject('demoDir');
  rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  server = await serve(dir, { headers: (path) => Object.fromEntries(headersFor(rules, path)) });
  browser = await launchBrowser();
  const emailVersion = siteFiles(dir).find((f) => f.endsWith('/email.html'));
  types = [...pageTypes(dir), ...(emailVersion ? [{ name: 'newsletter email version', path: emailVersion }] : [])];
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a page did that a strict policy and a private page must not do. */
interface Watch {
  violations: string[];
  otherOrigins: string[];
}

/**
 * A context that records requests to other origins (and answers them itself, so nothing leaves the
 * machine) and every Content-Security-Policy violation: the `securitypolicyviolation` events the
 * page fires, and Chromium's console messages about blocked content.
 */
async function watchedContext(own: string): Promise<{ context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext();
  const watch: Watch = { violations: [], otherOrigins: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === own) return route.continue();
    if (url.origin === siteOrigin) {
      // The school's own address, written absolute (the email version's pictures): its own origin
      // once published, so it is answered from the built folder here.
      return route.fulfill({ path: join(dir, decodeURIComponent(url.pathname)) });
    }
    watch.otherOrigins.push(url.href);
    return route.fulfill({ status: 204, body: '' });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __violations?: string[] };
      (w.__violations ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`);
    });
  });
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) watch.violations.push(`console: ${message.text()}`);
  });
  return { context, watch };
}

async function visit(page: Page, path: string, base = server.url): Promise<string[]> {
  const response = await page.goto(base + path, { waitUntil: 'networkidle' });
  expect([200, 404], path).toContain(response?.status());
  if (path.startsWith('/search/?')) await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

describe('under the Content-Security-Policy header', () => {
  it('the server sends each page the policy it declares, with frame-ancestors', async () => {
    const publicPolicy = contentSecurityPolicy(settings!.survey_hosts);
    const response = await fetch(`${server.url}/policies/`);
    expect(response.headers.get('content-security-policy')).toBe(headerPolicy(publicPolicy));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const search = await fetch(`${server.url}/search/`);
    expect(search.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
  });

  it('no kind of page breaks its policy or requests anything from another site', async () => {
    const { context, watch } = await watchedContext(server.url);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const { name, path } of types) {
      watch.violations.length = 0;
      watch.otherOrigins.length = 0;
      const events = await visit(page, path);
      for (const v of [...events, ...watch.violations]) problems.push(`${name} ${path}: ${v}`);
      for (const url of watch.otherOrigins) problems.push(`${name} ${path}: requested ${url}`);
    }
    await context.close();
    console.info(`CSP and requests: ${types.length} kinds of page, ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  it('loads the survey form from its provider only after the parent asks, and the policy allows it', async () => {
    const survey = types.find((t) => t.name === 'open survey');
    expect(survey, 'the demo has an open survey').toBeDefined();
    const { context, watch } = await watchedContext(server.url);
    // Stand in for the provider, so the form's own page is not fetched from the internet.
    await context.route(/^https:\/\/(forms\.office\.com|docs\.google\.com)\//, (route) => {
      watch.otherOrigins.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Form</title><p>Question 1</p>' });
    });
    const page = await context.newPage();
    const before = await visit(page, survey!.path);
    expect(before).toEqual([]);
    expect(watch.otherOrigins).toEqual([]);
    await page.getByRole('button', { name: 'Show the form on this page' }).click();
    await expect.poll(() => watch.otherOrigins.length).toBeGreaterThan(0);
    expect(new Set(watch.otherOrigins.map((u) => new URL(u).host))).toEqual(
      new Set([new URL((await page.locator('survey-embed').getAttribute('data-src')) ?? '').host]),
    );
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).toEqual([]);
    expect(watch.violations).toEqual([]);
    await context.close();
  });

  it('no other site can show the school’s pages in a frame', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
    });
    // frame-ancestors 'none' refuses every parent, this blank page as much as another site.
    await page.setContent(`<iframe src="${server.url}/policies/" title="School page"></iframe>`);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the checks themselves', () => {
  it('see inline script and styles, and requests for pictures, styles and fonts from other sites', async () => {
    // With the public policy the browser blocks (and reports) everything the page should not do…
    const strict = await serve('tests/fixtures/quality', { headers: (path) => Object.fromEntries(headersFor(rules, path)) });
    const blocked = await watchedContext(strict.url);
    const events = await visit(await blocked.context.newPage(), '/broken-page.html', strict.url);
    await blocked.context.close();
    await strict.close();
    const all = [...events, ...blocked.watch.violations].join('\n');
    for (const directive of ['script-src', 'style-src', 'img-src']) expect(all).toContain(directive);
    // …and without it, the request interception sees the page reach out to other sites.
    const open = await serve('tests/fixtures/quality');
    const requests = await watchedContext(open.url);
    await visit(await requests.context.newPage(), '/broken-page.html', open.url);
    await requests.context.close();
    await open.close();
    expect(requests.watch.otherOrigins.map((u) => new URL(u).host).sort()).toEqual(['cdn.example', 'fonts.example']);
  });
});
