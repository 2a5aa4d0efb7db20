/**
 * Measures the site search on a built site: how long Pagefind takes to index it, how big the index
 * is, and how many bytes a phone downloads to run a first search (in Chromium, counted per file,
 * with the gzip size a CDN would send for files Pagefind has not compressed itself).
 *
 *   node --import ./scripts/ts-hooks.mjs scripts/bench/search.ts <built-site-folder> [query]
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';

export interface SearchMeasures {
  pages: number;
  indexSeconds: number;
  /** The files a search can download (index, fragments, filters, engine), not Pagefind's optional UI kits. */
  indexBytes: number;
  indexFiles: number;
  query: string;
  results: number;
  /** Bytes downloaded for the first search after the page has loaded. */
  firstQueryBytes: number;
  firstQueryGzipBytes: number;
  firstQueryRequests: number;
}

const UI_KITS = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
/** Pagefind's index files are gzip-compressed already; everything else a CDN compresses on the way. */
const PRECOMPRESSED = /\.pf_(meta|index|fragment|filter)$|\.pagefind$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Re-indexes the built site from scratch and measures the index and a first search for `query`. */
export async function measureSearch(site: string, query = 'uniform'): Promise<SearchMeasures> {
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const started = performance.now();
  const pages = await buildSearchIndex(site);
  const indexSeconds = (performance.now() - started) / 1000;
  const index = filesUnder(join(site, 'pagefind')).filter((f) => !UI_KITS.test(f.slice(f.lastIndexOf('/') + 1)));
  const indexBytes = index.reduce((sum, f) => sum + statSync(f).size, 0);

  const server = await serve(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    const downloads: { url: string; bytes: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const url = new URL(response.url()).pathname;
      downloads.push({ url, bytes: body.length, gzip: PRECOMPRESSED.test(url) ? body.length : gzipSync(body, { level: 9 }).length });
    });
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.search-result').count();
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    return {
      pages,
      indexSeconds,
      indexBytes,
      indexFiles: index.length,
      query,
      results: Number(/^(\d+)/.exec(status)?.[1] ?? results),
      firstQueryBytes: downloads.reduce((sum, d) => sum + d.bytes, 0),
      firstQueryGzipBytes: downloads.reduce((sum, d) => sum + d.gzip, 0),
      firstQueryRequests: downloads.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One Markdown table row per measured site. */
export function searchTable(rows: { site: string; m: SearchMeasures }[]): string {
  return [
    '| Site | Pages indexed | Index time | Index size (files) | First search | Downloaded for it (as served / gzip) |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ({ site, m }) =>
        `| ${site} | ${m.pages} | ${m.indexSeconds.toFixed(1)} s | ${kb(m.indexBytes)} (${m.indexFiles}) | “${m.query}”, ${m.results} results | ${kb(m.firstQueryBytes)} / ${kb(m.firstQueryGzipBytes)} in ${m.firstQueryRequests} requests |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [site, query] = process.argv.slice(2);
  if (!site) {
    console.error('Usage: scripts/bench/search.ts <built-site-folder> [query]');
    process.exit(2);
  }
  console.log(searchTable([{ site, m: await measureSearch(site, query) }]));
}
