/**
 * The `_headers` file the build writes: every page gets exactly its own policy on both hosts that
 * read the file, the public `frame-src` follows the settings, and the hosting guide's nginx example
 * matches what the build writes for the demo school.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMMON_HEADERS,
  formatHeadersFile,
  headersFor,
  metaPolicy,
  pageAddress,
  parseHeadersFile,
  pathMatches,
  rulesForPages,
  type BuiltPage,
} from '../../src/lib/security/headers';
import { documentOnlyPolicy, headerPolicy } from '../../src/lib/security/csp';
import { contentSecurityPolicy } from '../../src/lib/security/csp';
import { adminContentSecurityPolicy } from '../../src/lib/security/csp';
import { readSettings } from '../../src/lib/content/settings';

const PUBLIC = contentSecurityPolicy(['forms.office.com', 'docs.google.com']);
const SEARCH = contentSecurityPolicy(['forms.office.com', 'docs.google.com'], { wasm: true });
const ADMIN = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'";
const DOCUMENT = documentOnlyPolicy('https://www.school.example');

const PAGES: BuiltPage[] = [
  { path: '/', policy: PUBLIC },
  { path: '/policies/behaviour/', policy: PUBLIC },
  { path: '/search/', policy: SEARCH },
  { path: '/ur/', policy: PUBLIC },
  { path: '/ur/search/', policy: SEARCH },
  { path: '/admin/', policy: ADMIN },
  { path: '/newsletters/2026-11-20-newsletter-9/', policy: PUBLIC },
  { path: '/newsletters/2026-11-20-newsletter-9/email.html', policy: DOCUMENT },
  { path: '/newsletters/2026-11-13-newsletter-8/email.html', policy: DOCUMENT },
  { path: '/newsletters/2026-11-06-newsletter-7/email.html' },
  { path: '/404.html', policy: PUBLIC },
];

describe('security headers', () => {
  const rules = rulesForPages(PAGES, PUBLIC, DOCUMENT);
  const file = formatHeadersFile(rules);

  it.each(['cloudflare', 'netlify'] as const)('give every page exactly its own policy, with frame-ancestors, on %s', (host) => {
    const parsed = parseHeadersFile(file);
    for (const page of PAGES) {
      const headers = headersFor(parsed, page.path, host);
      expect(headers.get('content-security-policy'), page.path).toBe(headerPolicy(page.policy ?? DOCUMENT));
      expect(headers.get('content-security-policy'), page.path).toMatch(/frame-ancestors 'none'$/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy')).toContain('camera=()');
    }
    // Feeds, calendars and scripts get the public policy too.
    expect(headersFor(parsed, '/rss.xml', host).get('content-security-policy')).toBe(headerPolicy(PUBLIC));
  });

  it('let only the CMS run eval or inline styles, and only the search pages compile WebAssembly', () => {
    const csp = (path: string) => headersFor(rules, path).get('content-security-policy')!;
    for (const path of ['/', '/policies/behaviour/', '/ur/', '/404.html']) {
      expect(csp(path)).toContain("script-src 'self';");
      expect(csp(path)).toContain("style-src 'self';");
    }
    expect(csp('/search/')).toContain("'wasm-unsafe-eval'");
    expect(csp('/admin/')).toContain("'unsafe-eval'");
    expect(csp('/newsletters/x/email.html')).toMatch(/^default-src 'none'; img-src 'self' https:\/\/www\.school\.example data:; style-src 'unsafe-inline'/);
  });

  it('give every email version its policy from one rule, whether or not it declares it in a <meta> tag', () => {
    const emailRules = rules.filter((r) => r.path.endsWith('email.html'));
    expect(emailRules.map((r) => r.path)).toEqual(['/newsletters/:page/email.html']);
  });

  it('take frame-src from the survey hosts in the settings', () => {
    const policy = headersFor(
      rulesForPages([{ path: '/', policy: contentSecurityPolicy(['forms.office.com']) }], contentSecurityPolicy(['forms.office.com']), DOCUMENT),
      '/',
    ).get('content-security-policy');
    expect(policy).toContain('frame-src https://forms.office.com;');
    expect(contentSecurityPolicy([])).toContain("frame-src 'none'");
  });

  it('stop the build when a page would get another policy than the one it declares', () => {
    expect(() => rulesForPages([...PAGES, { path: '/search/advanced/', policy: PUBLIC }], PUBLIC, DOCUMENT)).toThrow(/\/search\/advanced\//);
    expect(() => rulesForPages([{ path: '/newsletters/a/email.html' }, { path: '/newsletters/b/email.html', policy: PUBLIC }], PUBLIC, DOCUMENT)).toThrow(
      /\/newsletters\/b\/email\.html/,
    );
  });

  it('match paths as Netlify and Cloudflare do', () => {
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/search/*', '/search/')).toBe(true);
    expect(pathMatches('/search/*', '/search')).toBe(true);
    // Netlify's own pattern for `/search/*` is /^\/search\/?(.*)\/?$/, which also matches `/searching/`:
    // copied as it is, so rulesForPages's check sees every page such a rule would reach.
    expect(pathMatches('/search/*', '/searching/')).toBe(true);
    expect(pathMatches('/search/*', '/research/')).toBe(false);
    expect(pathMatches('/newsletters/:page/email.html', '/newsletters/n-1/email.html')).toBe(true);
    expect(pathMatches('/newsletters/:page/email.html', '/newsletters/a/b/email.html')).toBe(false);
  });

  it('read a page’s address and its <meta> policy', () => {
    expect(pageAddress('search/index.html')).toBe('/search/');
    expect(pageAddress('index.html')).toBe('/');
    expect(pageAddress('newsletters/n/email.html')).toBe('/newsletters/n/email.html');
    expect(metaPolicy(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src &#39;self&#39;">`)).toBe(
      "default-src 'self'; img-src 'self'",
    );
    expect(metaPolicy('<meta charset="utf-8">')).toBeUndefined();
  });

  it('give the search engine’s files the search pages’ policy: a worker compiles WebAssembly under its own file’s header', () => {
    const withEngine = rulesForPages(PAGES, PUBLIC, DOCUMENT, [{ path: '/pagefind/*', policy: SEARCH }]);
    for (const host of ['cloudflare', 'netlify'] as const) {
      expect(headersFor(withEngine, '/pagefind/pagefind-worker.js', host).get('content-security-policy')).toBe(headerPolicy(SEARCH));
      expect(headersFor(withEngine, '/pagefind/pagefind.js', host).get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    }
  });

  it('leave the CMS its own policy, which the public one could not run it with', () => {
    const admin = adminContentSecurityPolicy({ configured: true, images: [], connect: ['https://gitlab.example'] } as never);
    const adminRules = rulesForPages(
      [
        { path: '/', policy: PUBLIC },
        { path: '/admin/', policy: admin },
      ],
      PUBLIC,
      DOCUMENT,
    );
    expect(headersFor(adminRules, '/admin/').get('content-security-policy')).toBe(headerPolicy(admin));
    expect(headersFor(adminRules, '/admin/config.yml', 'netlify').get('content-security-policy')).toBe(headerPolicy(admin));
  });
});

describe('the hosting guide’s nginx example', () => {
  it('sends the same public policy as the _headers file the build writes for the demo school', () => {
    const readme = readFileSync('docs/hosting.md', 'utf8');
    const { settings } = readSettings('content');
    const expected = headerPolicy(contentSecurityPolicy(settings!.survey_hosts));
    const snippet = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(snippet).toContain(`add_header Content-Security-Policy "${expected}" always;`);
    expect(snippet).toContain(`add_header Content-Security-Policy "${headerPolicy(contentSecurityPolicy(settings!.survey_hosts, { wasm: true }))}" always;`);
    for (const [name, value] of COMMON_HEADERS) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
    expect(snippet).toContain('location ~ ^/(([a-z]{2,3}/)?search|pagefind|pagefind-archive)/ {');
  });
});
