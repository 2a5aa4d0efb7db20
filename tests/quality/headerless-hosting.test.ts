/**
 * The built demo school on a host that ignores `_headers` (GitHub Pages, GitLab Pages send no
 * Content-Security-Policy header): every HTML file carries its own policy in a `<meta>` tag, so a
 * script injected into a page still does not run. (`frame-ancestors` cannot be set by a `<meta>`
 * tag: framing by another site is only refused where the host sends headers, and /admin/ defends
 * itself in its own script.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metaPolicy } from '../../src/lib/security/headers';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/serve';
import { siteFiles } from '../helpers/site-files';

let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = inject('demoDir');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An injected script and event handler, as if something had slipped through into the page: each would mark the document. */
const INJECTED =
  '<script>document.documentElement.dataset.injected = "script"</script><img src="data:," alt="" onerror="document.documentElement.dataset.injected = \'handler\'">';

/** Serves the built site with no headers at all, each HTML file with `INJECTED` before `</body>`; `keepPolicy: false` also removes its `<meta>` policy. */
function headerlessHost(keepPolicy = true) {
  return serve(dir, {
    html: (text) => {
      const page = keepPolicy ? text : text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      return page.replace('</body>', `${INJECTED}</body>`);
    },
  });
}

describe('on a host that sends no headers', () => {
  it('every built HTML file, email versions and the editor included, declares its policy in a <meta> tag in its head', () => {
    const files = siteFiles(dir).filter((f) => f.endsWith('.html'));
    expect(files.some((f) => f.endsWith('/email.html'))).toBe(true);
    expect(files).toContain('/admin/index.html');
    const missing = files.filter((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      // A <meta> policy only applies to what comes after it, so it must come before any script.
      const firstScript = head.search(/<script/);
      return !metaPolicy(head) || (firstScript !== -1 && head.search(/<meta http-equiv="Content-Security-Policy"/) > firstScript);
    });
    expect(missing).toEqual([]);
  });

  it('an injected inline script and event handler do not run on /, a newsletter, its email version or /admin/', async () => {
    const newsletter = siteFiles(dir)
      .find((f) => /^\/newsletters\/[^/]+\/index\.html$/.test(f))!
      .replace(/index\.html$/, '');
    const paths = ['/', newsletter, `${newsletter}email.html`, '/admin/'];
    const check = async (keepPolicy: boolean) => {
      const server = await headerlessHost(keepPolicy);
      const context = await browser.newContext();
      // Nothing leaves the machine: the CMS's and the email's requests elsewhere are answered empty.
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
      const page = await context.newPage();
      const ran: Record<string, string | undefined> = {};
      for (const path of paths) {
        const response = await page.goto(server.url + path, { waitUntil: 'load' });
        expect(response?.headers()['content-security-policy'], path).toBeUndefined();
        await page.waitForTimeout(100);
        ran[path] = await page.evaluate(() => document.documentElement.dataset.injected);
      }
      await context.close();
      await server.close();
      return ran;
    };
    // The check sees an injected script that runs: without the <meta> policy, every one does.
    expect(Object.values(await check(false)).every((v) => v !== undefined)).toBe(true);
    expect(await check(true)).toEqual(Object.fromEntries(paths.map((p) => [p, undefined])));
  });
});
