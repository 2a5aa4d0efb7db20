/**
 * Measuring tools for the benchmark: run a build and record its time and peak memory, read the
 * timings Astro and the site's integrations print, and weigh the HTML, CSS and JavaScript of a
 * built site as a phone would download them (gzip and brotli, per file, as a CDN serves them).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { plainFilesUnder } from '../../src/lib/content/files';

export interface BuildRun {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the build (its largest process), in bytes. */
  peakRssBytes: number;
  /** Processor time (user + system) of the build and its children, when GNU time measured it. */
  cpuSeconds?: number;
  /** Everything the build printed, ANSI colours removed. */
  log: string;
}

const TIME = '/usr/bin/time';

/** Peak memory of a process, from /proc, when GNU time is not installed. */
function highWaterMark(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `node <args>` in `cwd` with `env`, writing its output to `logFile`. Peak memory comes from
 * GNU time's "Maximum resident set size" when it is installed, otherwise from polling /proc.
 */
export async function timedRun(args: string[], opts: { cwd: string; env: Record<string, string>; logFile: string }): Promise<BuildRun> {
  const useTime = existsSync(TIME);
  const timeFile = `${opts.logFile}.time`;
  const command = useTime ? TIME : process.execPath;
  const fullArgs = useTime ? ['-v', '-o', timeFile, process.execPath, ...args] : args;
  const out = openSync(opts.logFile, 'w');
  const started = performance.now();
  let polled = 0;
  const code = await new Promise<number>((resolve) => {
    const child = spawn(command, fullArgs, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', out, out] });
    const timer = useTime ? undefined : setInterval(() => (polled = Math.max(polled, highWaterMark(child.pid!))), 200);
    child.on('exit', (status) => {
      if (timer) clearInterval(timer);
      resolve(status ?? 1);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(out);
  const log = readFileSync(opts.logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const time = useTime ? readFileSync(timeFile, 'utf8') : '';
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(time)?.[1] ?? NaN);
  const rssKb = useTime ? field('Maximum resident set size \\(kbytes\\)') : polled / 1024;
  const cpuSeconds = useTime ? field('User time \\(seconds\\)') + field('System time \\(seconds\\)') : undefined;
  return { ok: code === 0, seconds, peakRssBytes: rssKb * 1024, cpuSeconds, log };
}

/** Seconds from an Astro duration such as "5m 4s", "16.73s" or "289ms". */
export function parseDuration(text: string): number {
  const m = /(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)/.exec(text);
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60 + (m[2] ? Number(m[2]) : Number(m[3]) / 1000);
}

export interface BuildSteps {
  /** The site's content check (it prints its own time). */
  checkSeconds?: number;
  /** Reading the content into Astro's store ("Syncing content" to "Synced content", to the second). */
  loadSeconds?: number;
  /** Bundling the code that renders the pages (Vite's first "built in"). */
  serverBundleSeconds?: number;
  /** Bundling the pages' browser code (Vite's second "built in"); with any wait for the editor's bundle below. */
  clientBundleSeconds?: number;
  /**
   * Bundling the editor (/admin/), or taking it from the build cache: alongside the content load
   * and the server bundle, so not one of the steps that add up to the build's time.
   */
  editor?: { seconds: number; kept: boolean };
  /** Rendering every page and endpoint. */
  pagesSeconds?: number;
  /** Pages copied from the last build's output instead of rendered (Astro logs each "(restored)"). */
  restoredPages?: number;
  /** Resizing pictures (Astro's "generating optimized images"). */
  imagesSeconds?: number;
  /** Number of routes Astro reports ("2029 page(s) built"). */
  routes?: number;
  /** Pagefind, when the build indexes the site for search. */
  searchIndex?: { pages: number; seconds: number; archiveReused: boolean };
}

/** Seconds since midnight of a log line's time stamp ("03:17:23 [content] …"). */
function stampOf(log: string, text: string): number | undefined {
  const line = log.split('\n').find((l) => l.includes(text));
  const m = line && /^(\d\d):(\d\d):(\d\d)/.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** The steps' timings from an Astro build's log. */
export function buildSteps(log: string): BuildSteps {
  const after = (heading: string) => {
    const at = log.indexOf(heading);
    if (at < 0) return undefined;
    const done = /✓ Completed in ([^.\n]*(?:\.\d+)?m?s)\./.exec(log.slice(at));
    return done ? parseDuration(done[1]!) : undefined;
  };
  // "Indexed 882 pages for search[, and 1118 older ones in the archive index[ (unchanged: …)]], in 8.7 s."
  const search = /Indexed (\d+) pages for search(?:, and (\d+) older ones[^,]*)?,? in ([\d.]+) s/.exec(log);
  const routes = /(\d+) page\(s\) built in/.exec(log);
  const check = /Content checked: .* in ([\d.]+) s\./.exec(log);
  // "Editor bundled in 6.8 s (…)" or "Editor kept from the last build (…), in 0.0 s."
  const editor = /Editor (bundled|kept from the last build)\D*([\d.]+) s/.exec(log);
  const [syncing, synced] = [stampOf(log, '[content] Syncing content'), stampOf(log, '[content] Synced content')];
  const bundles = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].map((m) => parseDuration(m[1]!));
  return {
    checkSeconds: check ? Number(check[1]) : undefined,
    loadSeconds: syncing !== undefined && synced !== undefined ? synced - syncing : undefined,
    serverBundleSeconds: bundles[0],
    clientBundleSeconds: bundles[1],
    editor: editor ? { seconds: Number(editor[2]), kept: editor[1] !== 'bundled' } : undefined,
    pagesSeconds: after('generating static routes'),
    restoredPages: log.match(/ \((?:restored|cached)\)/g)?.length ?? 0,
    imagesSeconds: after('generating optimized images'),
    routes: routes ? Number(routes[1]) : undefined,
    searchIndex: search
      ? { pages: Number(search[1]) + Number(search[2] ?? 0), seconds: Number(search[3]), archiveReused: search[0].includes('unchanged') }
      : undefined,
  };
}

/**
 * Pagefind 1.5 writes each filter's values in no fixed order (two indexings of the same pages
 * differ there, and in the two files that name the filter files by their hash), so those files
 * are compared by what searches answer, not byte for byte.
 */
export const UNORDERED_SEARCH_FILES = /^pagefind[^/]*\/(filter\/|pagefind-entry\.json$|pagefind\.[^/]+\.pf_meta$)/;

export interface TreeComparison {
  /** Files in either folder. */
  files: number;
  /** Files only in one of them, or with different bytes, by path relative to the folders. */
  differing: string[];
  /** Files of Pagefind's that differ only as two indexings of the same pages do (UNORDERED_SEARCH_FILES). */
  unordered: string[];
}

/** Whether two built sites are the same: the same files, with the same bytes. */
export function compareTrees(a: string, b: string): TreeComparison {
  const list = (dir: string) => new Set(filesUnder(dir).map((f) => relative(dir, f)));
  const [inA, inB] = [list(a), list(b)];
  const all = [...new Set([...inA, ...inB])].sort();
  const different = all.filter((path) => !inA.has(path) || !inB.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path))));
  return {
    files: all.length,
    differing: different.filter((path) => !UNORDERED_SEARCH_FILES.test(path)),
    unordered: different.filter((path) => UNORDERED_SEARCH_FILES.test(path)),
  };
}

/** Every file under a folder (the project's one walker: it never follows a link). */
export const filesUnder = (dir: string): string[] => plainFilesUnder(dir);

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

const weigh = (bytes: Buffer): Weight => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const NOTHING: Weight = { raw: 0, gzip: 0, brotli: 0 };

export interface SiteSizes {
  htmlPages: number;
  medianHtml: number;
  largestHtml: { path: string; bytes: number };
  /** Pages whose main content is indexed for search: policies, newsletters, updates, events… */
  contentPages: number;
  medianContentHtml: number;
  /** The heaviest CSS any content page loads (all its stylesheets together). */
  contentCss: Weight & { path: string };
  /** The most JavaScript any content page loads (files and inline scripts; JSON-LD is data, not script). */
  contentJs: Weight & { path: string };
  /** The search index, when the build made one. */
  pagefind?: { files: number; bytes: number };
}

/** Sizes of the built site's pages; `/admin/` (the editors' CMS, not a public page) is left out. */
export function siteSizes(dist: string): SiteSizes {
  const html = filesUnder(dist).filter((f) => f.endsWith('.html') && !/^(admin|pagefind[^/]*)\//.test(relative(dist, f)));
  const assets = new Map<string, Weight>();
  const asset = (href: string) => {
    const path = join(dist, href.split(/[?#]/)[0]!);
    if (!assets.has(path)) assets.set(path, existsSync(path) ? weigh(readFileSync(path)) : NOTHING);
    return assets.get(path)!;
  };
  const sizes: { path: string; bytes: number; content: boolean }[] = [];
  let css = { ...NOTHING, path: '' };
  let js = { ...NOTHING, path: '' };
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    const content = /<main[^>]*data-pagefind-body/.test(text);
    sizes.push({ path, bytes: Buffer.byteLength(text), content });
    if (!content) continue;
    const styles = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h);
    const pageCss = [...new Set(styles)].map(asset).reduce(add, NOTHING);
    if (pageCss.gzip > css.gzip) css = { ...pageCss, path };
    const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!));
    const pageJs = scripts.map((m) => (/src="([^"]+)"/.exec(m[1]!) ? asset(/src="([^"]+)"/.exec(m[1]!)![1]!) : weigh(Buffer.from(m[2]!)))).reduce(add, NOTHING);
    if (pageJs.raw > js.raw) js = { ...pageJs, path };
  }
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0, content: false });
  // Pagefind's bundles: /pagefind/ and any others the build writes (such as an archive index).
  const pagefindFiles = readdirSync(dist)
    .filter((name) => name.startsWith('pagefind') && statSync(join(dist, name)).isDirectory())
    .flatMap((name) => filesUnder(join(dist, name)));
  return {
    htmlPages: sizes.length,
    medianHtml: median(sizes.map((s) => s.bytes)),
    largestHtml: { path: largest.path, bytes: largest.bytes },
    contentPages: sizes.filter((s) => s.content).length,
    medianContentHtml: median(sizes.filter((s) => s.content).map((s) => s.bytes)),
    contentCss: css,
    contentJs: js,
    pagefind: pagefindFiles.length ? { files: pagefindFiles.length, bytes: pagefindFiles.reduce((n, f) => n + statSync(f).size, 0) } : undefined,
  };
}
