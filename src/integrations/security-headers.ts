/**
 * Writes `_headers` (Netlify, Cloudflare Pages) once the site is built: the public pages'
 * Content-Security-Policy, whose `frame-src` lists the settings' `survey_hosts`, for everything;
 * the policy each other page declares (the search page, the CMS at /admin/) for that page; and the
 * headers every response should carry. See src/lib/security/headers.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { plainFilesUnder } from '../lib/content/files';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { documentOnlyPolicy } from '../lib/security/csp';
import { formatHeadersFile, metaPolicy, pageAddress, rulesForPages } from '../lib/security/headers';
import { contentDir, readSettings } from '../lib/content/settings';
import { contentSecurityPolicy } from '../lib/security/csp';

function htmlFiles(dir: string): string[] {
  return plainFilesUnder(dir).filter((file) => file.endsWith('.html'));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'school:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { settings } = readSettings(contentDir());
        if (!settings) return; // The content check has already stopped the build and said why.
        // One string for each different policy: a policy read from a page is a part of the page's
        // text, and would keep the whole text in memory with it (150 MB for a ten-year archive).
        const policies = new Map<string, string>();
        const shared = (policy: string | undefined) => (policy === undefined ? undefined : (policies.get(policy) ?? policies.set(policy, policy).get(policy)));
        const pages = htmlFiles(outDir).map((file) => ({ path: pageAddress(relative(outDir, file)), policy: shared(metaPolicy(readFileSync(file, 'utf8'))) }));
        // Pagefind can run its WebAssembly in a worker, and a worker's policy is the header of its
        // own file, not the page's: its bundles get the search pages' policy, or search would work
        // with the <meta> policy alone and fail on hosts that send headers.
        const searchEngine = readdirSync(outDir, { withFileTypes: true })
          .filter((entry) => /^pagefind(-[\w-]+)?$/.test(entry.name) && entry.isDirectory())
          .map((entry) => entry.name)
          .map((name) => ({
            path: `/${name}/*`,
            policy: contentSecurityPolicy(settings.survey_hosts, { wasm: true }),
            comment: 'The search engine’s files: a worker started from them compiles WebAssembly under this header.',
          }));
        const rules = rulesForPages(pages, contentSecurityPolicy(settings.survey_hosts), documentOnlyPolicy(settings.url), searchEngine);
        writeFileSync(join(outDir, '_headers'), formatHeadersFile(rules));
        logger.info(`Wrote _headers: ${rules.length} rule(s) for ${pages.length} pages.`);
      },
    },
  };
}
