/**
 * Measures the site search on a built site: how long Pagefind takes to index it, how big the index
 * is, and how many bytes a phone downloads to run a first search (in Chromium, counted per file,
 * with the gzip size a CDN would send for files Pagefind has not compressed itself).
 *
 *   npm run bench:search                         the demo school and a synthetic 10-year archive
 *   npm run bench:search -- --entries 2000       a smaller archive, for a quick run
 *   npm run bench:search -- --site <built-folder> [--query uniform]   one site already built
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARCHIVE_BUNDLE, buildSearchIndex } from '../../src/integrations/search-index.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';
import { buildsDir } from '../../tests/helpers/build.ts';
import { generateArchive } from './generate-archive.ts';
import { plainFilesUnder } from '../../src/lib/content/files';

export interface SearchMeasures {
  /** Pages in the recent index (searched by default) and in the archive index (on request). */
  pages: { current: number; archive: number };
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

/** Every file under a folder (the project's one walker: it never follows a link). */
const filesUnder = (dir: string): string[] => plainFilesUnder(dir);

/** Re-indexes the built site from scratch and measures the index and a first search for `query`. */
export async function measureSearch(site: string, query = 'uniform'): Promise<SearchMeasures> {
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  rmSync(join(site, ARCHIVE_BUNDLE), { recursive: true, force: true });
  const started = performance.now();
  const pages = await buildSearchIndex(site);
  const indexSeconds = (performance.now() - started) / 1000;
  const index = [...filesUnder(join(site, 'pagefind')), ...(pages.archive ? filesUnder(join(site, ARCHIVE_BUNDLE)) : [])].filter(
    (f) => !UI_KITS.test(f.slice(f.lastIndexOf('/') + 1)),
  );
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

/**
 * What a parent sees for each of `queries` on a built site's search page: the status line and the
 * addresses of the results, in order. Two builds that give the same answers search the same.
 */
export async function searchAnswers(site: string, queries: readonly string[]): Promise<string[]> {
  const server = await serve(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const answers: string[] = [];
    for (const query of queries) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
      const status = (await page.locator('[data-search-status]').textContent())?.trim() ?? '';
      const links = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      answers.push(`${status}: ${links.join(' ')}`);
    }
    return answers;
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One Markdown table row per measured site. */
export function searchTable(rows: { site: string; m: SearchMeasures }[]): string {
  return [
    '| Site | Pages indexed (recent + archive) | Index time | Index size, both (files) | First search | Downloaded for it (as served / gzip) |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ({ site, m }) =>
        `| ${site} | ${m.pages.current} + ${m.pages.archive} | ${m.indexSeconds.toFixed(1)} s | ${kb(m.indexBytes)} (${m.indexFiles}) | “${m.query}”, ${m.results} results | ${kb(m.firstQueryBytes)} / ${kb(m.firstQueryGzipBytes)} in ${m.firstQueryRequests} requests |`,
    ),
  ].join('\n');
}

/** Builds a content folder with the real site, as CI would; returns the built folder and the seconds it took. */
function build(contentDir: string): { dist: string; seconds: number } {
  // Inside the project, so concurrent builds do not share Astro's intermediate folder.
  const dist = mkdtempSync(join(buildsDir(), 'bench-dist-'));
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SITE_CONTENT_DIR: contentDir,
      SITE_OUT_DIR: dist,
      SITE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'bench-cache-')),
      SITE_NOW: '2026-11-23',
    },
  });
  if (result.status !== 0) throw new Error(`The build of ${contentDir} failed.`);
  return { dist, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, query: { type: 'string', default: 'uniform' }, entries: { type: 'string', default: '8000' } },
  });
  if (values.site) {
    console.log(searchTable([{ site: values.site, m: await measureSearch(values.site, values.query) }]));
  } else {
    const archive = await generateArchive({ dir: mkdtempSync(join(tmpdir(), 'bench-archive-')), entries: Number(values.entries) });
    const rows = [];
    for (const [name, content, query] of [
      ['Demo school', 'content', 'uniform'],
      [`Synthetic archive (${archive.total} entries, ${archive.years} years)`, archive.dir, 'uniform'],
    ] as const) {
      const built = build(content);
      const m = await measureSearch(built.dist, query);
      rows.push({ site: `${name}, built in ${built.seconds.toFixed(0)} s`, m });
    }
    console.log(`Search on ${new Date().toISOString().slice(0, 10)}:\n\n${searchTable(rows)}`);
  }
}
