/**
 * The HTTP security headers for static hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages), and the rules for reading one back the way those hosts do (for tests and for docs/hosting.md's
 * nginx example). The build writes the file (src/integrations/security-headers.ts) because the
 * public policy's `frame-src` comes from the settings' `survey_hosts`.
 *
 * Every public page also carries its policy in a `<meta>` tag, which is all a host without headers
 * (GitHub Pages, GitLab Pages) can offer. The header adds what a `<meta>` policy cannot do:
 * `frame-ancestors 'none'` (no other site may frame the school's pages), and it covers files that
 * have no `<meta>` tag.
 */

import { headerPolicy } from './csp';

/** One block of a `_headers` file: a path pattern and the headers for it. */
export interface HeaderRule {
  /** `/*`, `/search/*`, `/newsletters/:page/email.html`… (Netlify and Cloudflare syntax). */
  path: string;
  /** A comment written above the block, for the person who reads the file. */
  comment?: string;
  headers: [name: string, value: string][];
  /**
   * Headers an earlier, broader rule set that this rule replaces. Cloudflare joins the values of
   * every matching rule unless the later one detaches the header with `! Name`; Netlify lets the
   * later rule win and ignores the `!` line (it has no colon).
   */
  replaces?: string[];
}

/** A page whose policy differs from the public one, and the path pattern that covers it. */
export interface PolicyOverride {
  path: string;
  policy: string;
  comment?: string;
}

/** Powerful browser features no page of a school website uses; third-party frames inherit the ban. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/** Headers every response gets, the CMS included. */
export const COMMON_HEADERS: [string, string][] = [
  // Other sites learn only that a visitor came from the school's site, never which page (a class, a policy).
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  // For browsers too old for frame-ancestors.
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
];

/**
 * The `_headers` rules: the public policy and the common headers for everything, then, for the
 * pages that declare another policy (the search page's WebAssembly, the CMS), a later rule that
 * replaces it. Rules are ordered broadest first, so a more specific rule always comes later.
 */
export function securityHeaderRules(publicPolicy: string, overrides: readonly PolicyOverride[]): HeaderRule[] {
  const sorted = [...overrides].sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  return [
    {
      path: '/*',
      comment: 'Every file: the public pages’ policy (frame-src = the survey_hosts in the settings).',
      headers: [['Content-Security-Policy', headerPolicy(publicPolicy)], ...COMMON_HEADERS],
    },
    ...sorted.map((o) => ({
      path: o.path,
      comment: o.comment,
      replaces: ['Content-Security-Policy'],
      headers: [['Content-Security-Policy', headerPolicy(o.policy)]] as [string, string][],
    })),
  ];
}

/** The rules as a `_headers` file. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Security headers for Netlify and Cloudflare Pages, written by the build (src/integrations/security-headers.ts).',
    '# Edit the settings or the code, not this file. For nginx, see docs/hosting.md ("Security headers").',
    '',
  ];
  for (const rule of rules) {
    if (rule.comment) lines.push(`# ${rule.comment}`);
    lines.push(rule.path);
    for (const name of rule.replaces ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Reads a `_headers` file back into rules (comments dropped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    if (line.startsWith('!')) (rule.replaces ??= []).push(line.slice(1).trim());
    else {
      const colon = line.indexOf(':');
      if (colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path, as Netlify and Cloudflare match them (`*` splat, `:name` one segment, trailing slash optional). */
export function pathMatches(pattern: string, path: string): boolean {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (part === '*') return '?(.*)';
      if (part.startsWith(':')) return '([^/]+)';
      return part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('(.*)');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'i').test(path);
}

/**
 * The headers a host sends for a path. `cloudflare`: every matching rule adds its headers in file
 * order, values of the same name are joined with ", ", and `! Name` removes what earlier rules
 * added. `netlify`: a later matching rule's header replaces an earlier one of the same name.
 */
export function headersFor(rules: readonly HeaderRule[], path: string, host: 'cloudflare' | 'netlify' = 'cloudflare'): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    if (host === 'cloudflare') for (const name of rule.replaces ?? []) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, host === 'cloudflare' && out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

/** A built HTML page: its address and the policy in its `<meta>` tag, if it has one. */
export interface BuiltPage {
  path: string;
  policy?: string;
}

/**
 * The rules that give each built page, as a header, exactly the policy it declares in its
 * `<meta>` tag (with `frame-ancestors 'none'`), and `documentPolicy` to pages without one. A page
 * with its own policy gets a rule for its folder (`/search/*`); pages with `documentPolicy` or
 * none, a rule for the same file name in any sibling folder (`/newsletters/:page/email.html`); `extra` adds rules for
 * files that are not pages but run with their own policy (a worker's policy is its own response's
 * header, not the page's). Throws, naming the pages,
 * if the rules would give any page another policy, so a new kind of page cannot silently lose or
 * loosen its policy.
 */
export function rulesForPages(pages: readonly BuiltPage[], publicPolicy: string, documentPolicy: string, extra: readonly PolicyOverride[] = []): HeaderRule[] {
  const overrides = new Map<string, PolicyOverride>(extra.map((o) => [o.path, o]));
  for (const page of pages) {
    if (page.policy === publicPolicy) continue;
    // Pages with the document-only policy (one email version per newsletter) share one rule for
    // their file name, not one rule each: a ten-year archive has hundreds of them.
    const own = page.policy !== undefined && page.policy !== documentPolicy;
    const segments = page.path.split('/').filter(Boolean);
    const path = own
      ? page.path.endsWith('/')
        ? `${page.path}*`
        : page.path
      : segments.length >= 2
        ? `/${[...segments.slice(0, -2), ':page', segments.at(-1)].join('/')}`
        : page.path;
    const policy = page.policy ?? documentPolicy;
    const existing = overrides.get(path);
    if (existing && existing.policy !== policy)
      throw new Error(`Security headers: the pages under ${path} declare different Content-Security-Policies; give them one policy or separate folders.`);
    overrides.set(path, {
      path,
      policy,
      comment: own
        ? `${page.path} declares its own policy in its <meta> tag; the same policy, as a header.`
        : 'Email versions (and any page without a <meta> policy): inline styles for mail programs, no script.',
    });
  }
  const rules = securityHeaderRules(publicPolicy, [...overrides.values()]);
  const wrong = pages.filter(
    (p) =>
      headersFor(rules, p.path).get('content-security-policy') !== headerPolicy(p.policy ?? documentPolicy) ||
      headersFor(rules, p.path, 'netlify').get('content-security-policy') !== headerPolicy(p.policy ?? documentPolicy),
  );
  if (wrong.length)
    throw new Error(
      `Security headers: no set of _headers rules gives these pages their own policy: ${wrong
        .slice(0, 5)
        .map((p) => p.path)
        .join(', ')}.`,
    );
  return rules;
}

/** The site address of a built HTML file (`search/index.html` → `/search/`). */
export function pageAddress(file: string): string {
  const path = `/${file.split(/[\\/]/).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The Content-Security-Policy a page declares in a `<meta http-equiv>` tag, if any. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const value = content ? (content[1] ?? content[2]) : undefined;
  return value
    ?.replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
