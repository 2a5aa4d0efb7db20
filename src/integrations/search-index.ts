/**
 * Builds the site's search index with Pagefind once every page is written. Only pages that mark
 * their main content with `data-pagefind-body` are indexed (policies, newsletters, class pages and
 * updates, letters, events, information pages, surveys, the support directory): drafts are never
 * built, and listings, the search page, the 404 page and /admin/ carry no such mark.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the built site in `outDir` into `outDir/pagefind/`; returns the number of pages in the index. */
export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index could not be started: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
    // Pagefind counts every HTML file it read; the pages it kept each have one fragment file.
    return readdirSync(join(outDir, 'pagefind', 'fragment')).length;
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'school:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
