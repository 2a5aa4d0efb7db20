/**
 * The site's search index, made with Pagefind. Only pages that mark their main content with
 * `data-pagefind-body` are indexed (policies, newsletters, class pages and updates, letters,
 * events, information pages, surveys, the support directory): drafts are never built, and
 * listings, the search page, the 404 page and /admin/ carry no such mark.
 *
 * In a build, the pages written to the output folder are indexed once they are all written. Under
 * the development server (`npm start`, `npm run dev`) there are no written pages, so the index is
 * made by reading the pages from the server itself, as a visitor would, starting from the home
 * page and following the site's own links: it is made as the server starts, made again a moment
 * after content changes, and served from memory at /pagefind/ and /pagefind-archive/, so /search/
 * works on the content as it is. Reading the demo's 190 pages and indexing them takes a few seconds.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { plainFilesUnder } from '../lib/content/files';
import { contentDir } from '../lib/content/settings';
import { cacheKey, packageVersion, restoreFolder, saveFolder } from './build-cache';

/** Where the index of pages older than the previous school year goes (searched only on request). */
export const ARCHIVE_BUNDLE = 'pagefind-archive';
/** Where the index of recent and undated pages goes: what the search page loads first. */
const CURRENT_BUNDLE = 'pagefind';

/** A page to index: its address on the site and its HTML. */
interface PageHtml {
  url: string;
  content: string;
}

/** A built index: its bundle's folder name and the index itself. */
interface Bundle {
  name: string;
  index: pagefind.PagefindIndex;
}

function htmlFiles(dir: string): string[] {
  return plainFilesUnder(dir, (name) => name === CURRENT_BUNDLE || name === ARCHIVE_BUNDLE || name === '_astro').filter((file) => file.endsWith('.html'));
}

/** The web address of a built file: `policies/uniform/index.html` → `/policies/uniform/`. */
function urlOf(outDir: string, file: string): string {
  return `/${relative(outDir, file).split('\\').join('/')}`.replace(/index\.html$/, '');
}

/** The two indexes, recent and archive, on one Pagefind indexer; it is closed once `work` is done. */
async function withIndexes<T>(
  options: pagefind.PagefindServiceConfig,
  work: (current: pagefind.PagefindIndex, archive: pagefind.PagefindIndex) => Promise<T>,
): Promise<T> {
  try {
    const current = await pagefind.createIndex(options);
    const archive = await pagefind.createIndex(options);
    if (!current.index || !archive.index) throw new Error(`Search index could not be started: ${[...current.errors, ...archive.errors].join('; ')}`);
    return await work(current.index, archive.index);
  } finally {
    await pagefind.close();
  }
}

/** A bundle's files, as Pagefind made them: each a path inside the bundle's folder and its bytes. */
async function bundleFiles(index: pagefind.PagefindIndex): Promise<{ path: string; content: Uint8Array }[]> {
  const got = await index.getFiles();
  if (got.errors.length) throw new Error(`Search index could not be written: ${got.errors.join('; ')}`);
  return got.files;
}

/**
 * Indexes pages given one at a time (the development server's, read from the server): recent and
 * undated ones into `pagefind/`, those dated before the previous school year
 * (`data-search-archive`) into `pagefind-archive/`, then hands each bundle that has pages to
 * `finish` (the archive is left out when it is empty). Returns the number of pages in each.
 */
async function indexPages(
  pages: (add: (page: PageHtml) => Promise<void>) => Promise<void>,
  finish: (bundle: Bundle) => Promise<void>,
): Promise<{ current: number; archive: number }> {
  return withIndexes(INDEX_OPTIONS, async (current, archive) => {
    const counts = { current: 0, archive: 0 };
    await pages(async ({ url, content }) => {
      if (!content.includes('data-pagefind-body')) return;
      const old = isArchivePage(content);
      const added = await (old ? archive : current).addHTMLFile({ url, content });
      if (added.errors.length) throw new Error(`Search index, ${url}: ${added.errors.join('; ')}`);
      counts[old ? 'archive' : 'current']++;
    });
    await finish({ name: CURRENT_BUNDLE, index: current });
    if (counts.archive > 0) await finish({ name: ARCHIVE_BUNDLE, index: archive });
    return counts;
  });
}

/** The bundle's name in the build cache, and what changes to how it is made (bump it when the code below changes what it writes). */
const ARCHIVE_CACHE = 'search-archive';
const ARCHIVE_CACHE_FORMAT = '1';
/** Pagefind's settings for both indexes: part of the archive's cache key, so a change to them remakes it. */
export const INDEX_OPTIONS: pagefind.PagefindServiceConfig = {};

/** Whether a page goes into the archive index: dated before the previous school year. */
const isArchivePage = (html: string) => /<main[^>]*\sdata-search-archive[\s>=]/.test(html);

/**
 * Every part of a page that Pagefind reads: the main content (`data-pagefind-body`), the page's
 * language and title, each element marked `data-pagefind-…` wherever it is (the filters and
 * metadata of SearchTags sit outside the main content), headings and pictures (its default title
 * and image). What is left out (menus, footer, an urgent notice on every page) is never indexed,
 * so a notice going up on a snow morning does not remake the archive index.
 */
export function indexedPart(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  const parts = [
    /<html[^>]*>/.exec(html)?.[0] ?? '',
    /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '',
    // A marked element up to its end (or its tag alone, for one that has no end, such as <meta>).
    ...[...html.matchAll(/<([a-z][\w-]*)\b[^>]*\sdata-pagefind-[^>]*>(?:[\s\S]*?<\/\1>)?/gi)].map((m) => m[0]),
    ...[...html.matchAll(/<h1\b[\s\S]*?<\/h1>|<img\b[^>]*>/gi)].map((m) => m[0]),
    start >= 0 && end > start ? html.slice(start, end) : html,
  ];
  return parts.join('\n');
}

/** What a build's search index was made from and how: the counts, and whether the archive index was reused. */
export interface SearchIndexResult {
  current: number;
  archive: number;
  /** True when the archive index was copied from the build cache, its pages unchanged. */
  archiveReused: boolean;
}

/** Makes the folder of each of these files, each folder once. */
function makeFoldersFor(files: readonly string[]): void {
  for (const dir of new Set(files.map((file) => dirname(file)))) mkdirSync(dir, { recursive: true });
}

/**
 * Writes a bundle's files into its folder, several at a time (thousands of small files: one at a
 * time, opening each file was a second of the build on its own), each folder made once.
 */
async function writeBundle(folder: string, files: { path: string; content: Uint8Array }[]): Promise<void> {
  const paths = files.map((file) => {
    const path = join(folder, file.path);
    if (relative(folder, path).startsWith('..')) throw new Error(`Search index: a file outside its folder (${file.path}).`);
    return path;
  });
  makeFoldersFor(paths);
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map((file, j) => writeFile(paths[i + j]!, file.content)));
}

/**
 * Puts each file into `folder` under its path inside `outDir`, as a hard link (the same file, no
 * copy) or, where the two are on different disks, as a copy.
 */
function stage(outDir: string, folder: string, files: readonly string[]): void {
  const targets = files.map((file) => join(folder, relative(outDir, file)));
  makeFoldersFor(targets);
  files.forEach((file, i) => {
    try {
      linkSync(file, targets[i]!);
    } catch {
      copyFileSync(file, targets[i]!);
    }
  });
}

/**
 * Indexes the built site in `outDir`, writing `pagefind/` and `pagefind-archive/` into it. With a
 * `cacheDir`, the archive index (pages older than the previous school year, thousands of them
 * after ten years, which nobody edits) is kept there and reused while the archive pages' indexed
 * parts, Pagefind's version and its settings are all the same; the recent index is always made
 * afresh. `pagefindVersion` and `indexOptions` stand in for the installed Pagefind's version and
 * the site's settings for it (tests).
 *
 * Pagefind reads each index's pages itself, from a folder of links to them (`addDirectory`),
 * which it does on every core; handing it the pages one message at a time kept it to one, and
 * took half as long again.
 */
export async function buildSearchIndex(
  outDir: string,
  cache: { dir?: string; pagefindVersion?: string; indexOptions?: pagefind.PagefindServiceConfig } = {},
): Promise<SearchIndexResult> {
  const options = cache.indexOptions ?? INDEX_OPTIONS;
  const recent: string[] = [];
  const archived: string[] = [];
  const pages = createHash('sha256');
  for (const file of htmlFiles(outDir).sort()) {
    const content = readFileSync(file, 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    if (!isArchivePage(content)) {
      recent.push(file);
      continue;
    }
    archived.push(file);
    const indexed = indexedPart(content);
    pages.update(`${urlOf(outDir, file)}\n${indexed.length}\n`).update(indexed);
  }
  const archiveKey = cacheKey([ARCHIVE_CACHE_FORMAT, cache.pagefindVersion ?? packageVersion('pagefind'), JSON.stringify(options), pages.digest('hex')]);
  const archiveReused = archived.length > 0 && cache.dir !== undefined && restoreFolder(cache.dir, ARCHIVE_CACHE, archiveKey, join(outDir, ARCHIVE_BUNDLE));
  const staging = mkdtempSync(join(tmpdir(), 'school-search-'));
  try {
    await withIndexes(options, async (current, archive) => {
      const bundles = [{ name: CURRENT_BUNDLE, index: current, files: recent }];
      if (archived.length > 0 && !archiveReused) bundles.push({ name: ARCHIVE_BUNDLE, index: archive, files: archived });
      for (const { name, index, files } of bundles) {
        const folder = join(staging, name);
        mkdirSync(folder);
        stage(outDir, folder, files);
        const added = await index.addDirectory({ path: folder });
        if (added.errors.length) throw new Error(`Search index, ${name}: ${added.errors.join('; ')}`);
        if (added.page_count !== files.length)
          throw new Error(`Search index, ${name}: Pagefind indexed ${added.page_count} of the ${files.length} pages given to it.`);
        // The files are taken from Pagefind and written here, each complete before the next line:
        // Pagefind's own writeFiles could answer before its last file was whole, and a file copied
        // into the cache half written would be kept, and checked, as it was.
        await writeBundle(join(outDir, name), await bundleFiles(index));
        if (name === ARCHIVE_BUNDLE && cache.dir) saveFolder(cache.dir, ARCHIVE_CACHE, archiveKey, join(outDir, name));
      }
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { current: recent.length, archive: archived.length, archiveReused };
}

/** The site's own page addresses linked from a page: `/policies/uniform/`, never a file, /admin/ or the server's own. */
export function pageLinks(html: string): string[] {
  const links = [...html.matchAll(/\shref="(\/[^"#?]*)"/g)].map((m) => m[1]!);
  return links.filter((path) => path.endsWith('/') && !path.startsWith('//') && !/^\/(admin|_astro|@|node_modules)\b/.test(path));
}

/** A development server's pages, read from the server as a visitor would: the home page and every page linked from a page read. */
async function readPages(origin: string, add: (page: PageHtml) => Promise<void>, seen: Set<string>, limit = 20_000): Promise<void> {
  seen.add('/');
  const queue = ['/'];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await fetch(new URL(path, origin), { headers: { accept: 'text/html' } });
      if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) {
        await response.body?.cancel();
        continue;
      }
      const content = await response.text();
      for (const link of pageLinks(content)) {
        if (!seen.has(link) && seen.size < limit) {
          seen.add(link);
          queue.push(link);
        }
      }
      await add({ url: path, content });
    }
  };
  // Two at once: the server renders one page at a time, and waits on files and the indexer in
  // between; more would only take the machine from whoever is using the site meanwhile.
  await Promise.all(Array.from({ length: 2 }, worker));
}

/**
 * Leaves out of the development server's log its lines for the pages the indexer itself reads
 * (`[200] /policies/uniform/ 12ms`, one per page, every time the index is made); everything else
 * is written as before. Returns the function that puts the log back.
 */
function quietIndexerRequests(read: Set<string>): () => void {
  const write = process.stdout.write;
  const requestLine = /^\S*\s*\[\d{3}\]\s+(\/\S*)\s+\d+ms\s*$/;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    // Without the log's colours (ANSI escapes).
    const line = requestLine.exec(
      String(chunk)
        .replace(/\u001b\[[0-9;]*m/g, '')
        .trim(),
    );
    if (line && read.has(line[1]!)) return true;
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  return () => {
    process.stdout.write = write;
  };
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  wasm: 'application/wasm',
};

/**
 * The development server's search index: made from the server's own pages, in memory, and made
 * again (once at a time) after `changed()`; `serve` answers /pagefind/ and /pagefind-archive/.
 */
function devSearchIndex(logger: AstroIntegrationLogger) {
  let files = new Map<string, Uint8Array>();
  let origin: string | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let first: () => void = () => {};
  const ready = new Promise<void>((done) => (first = done));

  async function make() {
    const started = performance.now();
    const made = new Map<string, Uint8Array>();
    const read = new Set<string>();
    const loud = quietIndexerRequests(read);
    try {
      const pages = await indexPages(
        (add) => readPages(origin!, add, read),
        async ({ name, index }) => {
          for (const file of await bundleFiles(index)) made.set(`/${name}/${file.path.split(sep).join('/')}`, file.content);
        },
      );
      files = made;
      const archived = pages.archive ? `, and ${pages.archive} older ones in the archive index` : '';
      logger.info(`Search: ${pages.current} pages indexed for /search/${archived}, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    } catch (error) {
      logger.warn(`Search: the index could not be made (${error instanceof Error ? error.message : String(error)}); it is tried again when content changes.`);
    } finally {
      loud();
      first();
    }
  }

  function run() {
    if (running) {
      again = true;
      return;
    }
    running = make().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      }
    });
  }

  return {
    /** The server is listening: make the first index. */
    start(serverOrigin: string) {
      origin = serverOrigin;
      run();
    },
    /** Content changed: make the index again once the changes stop for a moment (a save writes several files). */
    changed() {
      if (!origin) return;
      clearTimeout(timer);
      timer = setTimeout(run, 1500);
    },
    /** Answers a request for the index's files; false when the request is not for them. */
    async serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (!path.startsWith(`/${CURRENT_BUNDLE}/`) && !path.startsWith(`/${ARCHIVE_BUNDLE}/`)) return false;
      // The search page may ask before the first index is made: it waits for it.
      await ready;
      const body = files.get(path);
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not in the search index.');
        return true;
      }
      const type = CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      return true;
    },
  };
}

export function searchIndex(): AstroIntegration {
  let dev: ReturnType<typeof devSearchIndex> | undefined;
  let cacheDir: string | undefined;
  return {
    name: 'school:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        dev = devSearchIndex(logger);
        const index = dev;
        server.middlewares.use((req, res, next) => {
          index.serve(req, res).then((served) => served || next(), next);
        });
        // What the pages are made from: the content, and the site's own code.
        const watched = [resolve(contentDir()), resolve('src')].map((dir) => dir + sep);
        server.watcher.on('all', (_event, file) => {
          if (watched.some((dir) => resolve(file).startsWith(dir))) index.changed();
        });
      },
      'astro:server:start': ({ address }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        dev?.start(`http://${['0.0.0.0', '[::]'].includes(host) ? '127.0.0.1' : host}:${address.port}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await buildSearchIndex(fileURLToPath(dir), { dir: cacheDir });
        const archived = pages.archive
          ? `, and ${pages.archive} older ones in the archive index${pages.archiveReused ? ' (unchanged: kept from the last build)' : ''}`
          : '';
        logger.info(`Indexed ${pages.current} pages for search${archived}, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
