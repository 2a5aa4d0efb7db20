/**
 * Lighthouse's four category scores for pages of a built site, with Lighthouse's default mobile
 * profile (a mid-range phone on a slow 4G connection, simulated) in Debian's Chromium.
 *
 * The site is served the way a static host serves it: text compressed (gzip or brotli, as the
 * browser asks) and the headers the build wrote to `_headers` (Netlify, Cloudflare Pages).
 *
 *   node --import ./scripts/ts-hooks.mjs scripts/bench/lighthouse.ts <built-site-folder> [/path/ …]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';
import lighthouse from 'lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.ics': 'text/calendar',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(xml|json)|image\/svg)/;

/** The rules of a Netlify-style `_headers` file: a path pattern (`*` for anything), then indented `Name: value` lines. */
function readHeadersFile(file: string): { pattern: RegExp; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      if (colon > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Serves a built site on loopback, compressed, with its `_headers`. */
export async function serveLikeAHost(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = readHeadersFile(join(dir, '_headers'));
  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://x').pathname;
    let file = join(dir, normalize(decodeURIComponent(requested)).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dir, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'public, max-age=0, must-revalidate' };
    for (const rule of rules) if (rule.pattern.test(requested)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.test(type) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(found ? 200 : 404, headers);
    const body = createReadStream(file);
    if (encoding === 'br') body.pipe(createBrotliCompress()).pipe(res);
    else if (encoding === 'gzip') body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Starts headless Chromium with a DevTools port for Lighthouse to drive. */
async function startChromium(profile: string): Promise<{ port: number; process: ChildProcess }> {
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', () => reject(new Error(`Chromium stopped:\n${output}`)));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Chromium could not be started (${CHROMIUM}): ${error.message}. Install it with scripts/ensure-chromium.sh or set CHROMIUM_PATH.`));
    });
  });
  return { port, process: child };
}

/** Lighthouse scores (0–100) for each path of the built site in `dir`. */
export async function lighthouseScores(dir: string, paths: readonly string[]): Promise<{ path: string; scores: Scores }[]> {
  const site = await serveLikeAHost(dir);
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
  try {
    chromium = await startChromium(profile);
    const results: { path: string; scores: Scores }[] = [];
    for (const path of paths) {
      const run = await lighthouse(`${site.url}${path}`, { port: chromium.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const categories = run.lhr.categories;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores;
      const failing = Object.values(run.lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
      if (failing.length) console.log(`  ${path}: audits below 100: ${failing.join(', ')}`);
      results.push({ path, scores });
    }
    return results;
  } finally {
    chromium?.process.kill();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A Markdown table of the scores, one row per page. */
export function scoresTable(results: readonly { path: string; scores: Scores }[]): string {
  return [
    '| Page | Performance | Accessibility | Best practices | SEO |',
    '|---|---|---|---|---|',
    ...results.map(({ path, scores }) => `| \`${path}\` | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...paths] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: scripts/bench/lighthouse.ts <built-site-folder> [/path/ …]');
    process.exit(2);
  }
  console.log(scoresTable(await lighthouseScores(dir, paths.length ? paths : ['/'])));
}
