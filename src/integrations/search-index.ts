/**
 * Builds the site's search index with Pagefind once every page is written. Only pages that mark
 * their main content with `data-pagefind-body` are indexed (policies, newsletters, class pages and
 * updates, letters, events, information pages, surveys, the support directory): drafts are never
 * built, and listings, the search page, the 404 page and /admin/ carry no such mark.
 */
import { readFileSync } from 'node:fs';
import { plainFilesUnder } from '../lib/content/files';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index of pages older than the previous school year goes (searched only on request). */
export const ARCHIVE_BUNDLE = 'pagefind-archive';

function htmlFiles(dir: string): string[] {
  return plainFilesUnder(dir, (name) => name === 'pagefind' || name === ARCHIVE_BUNDLE || name === '_astro').filter((file) => file.endsWith('.html'));
}

/** The web address of a built file: `policies/uniform/index.html` → `/policies/uniform/`. */
function urlOf(outDir: string, file: string): string {
  return `/${relative(outDir, file).split('\\').join('/')}`.replace(/index\.html$/, '');
}

/**
 * Indexes the built site in `outDir`: recent and undated pages into `pagefind/`, pages dated before
 * the previous school year (`data-search-archive`) into `pagefind-archive/`. Returns the number of
 * pages in each.
 */
export async function buildSearchIndex(outDir: string): Promise<{ current: number; archive: number }> {
  const current = await pagefind.createIndex({});
  const archive = await pagefind.createIndex({});
  if (!current.index || !archive.index) throw new Error(`Search index could not be started: ${[...current.errors, ...archive.errors].join('; ')}`);
  const counts = { current: 0, archive: 0 };
  try {
    const files = htmlFiles(outDir);
    // In batches: each file is a message to Pagefind's indexer, which works on several at once.
    for (let i = 0; i < files.length; i += 64) {
      await Promise.all(
        files.slice(i, i + 64).map(async (file) => {
          const content = readFileSync(file, 'utf8');
          if (!content.includes('data-pagefind-body')) return;
          const old = /<main[^>]*\sdata-search-archive[\s>=]/.test(content);
          const added = await (old ? archive.index! : current.index!).addHTMLFile({ url: urlOf(outDir, file), content });
          if (added.errors.length) throw new Error(`Search index, ${file}: ${added.errors.join('; ')}`);
          counts[old ? 'archive' : 'current']++;
        }),
      );
    }
    for (const [index, bundle, count] of [
      [current.index, 'pagefind', counts.current],
      [archive.index, ARCHIVE_BUNDLE, counts.archive],
    ] as const) {
      if (count === 0 && bundle === ARCHIVE_BUNDLE) continue;
      const written = await index.writeFiles({ outputPath: join(outDir, bundle) });
      if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
    }
    return counts;
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
        const archived = pages.archive ? `, and ${pages.archive} older ones in the archive index` : '';
        logger.info(`Indexed ${pages.current} pages for search${archived}, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
