/** Builds a site from a content folder into a temporary folder, as the scenario tests need. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, resolve as resolvePath } from 'node:path';

export interface BuiltSite {
  ok: boolean;
  /** Everything the build printed. */
  output: string;
  outDir: string;
  /** The text of a built file, by its path in the site (`/classes/oak/index.html`). */
  file(path: string): string;
  has(path: string): boolean;
}

/**
 * Where test builds go: inside the project, because Astro writes its intermediate files next to
 * an output folder inside the project, but into one shared `.astro/` for any folder outside it,
 * and two builds at once would then overwrite each other's. Builds older than a day are removed.
 */
export function buildsDir(): string {
  const dir = join(process.cwd(), 'node_modules', '.school-builds');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (Date.now() - statSync(path).mtimeMs > 24 * 3600 * 1000) rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

/** The environment without what vitest (Vite) sets for its own mode: `DEV=1` would reach import.meta.env in the build. */
function productionEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];
  return env;
}

/** Runs `astro build` on the content folder with "now" fixed, like CI would; `quiet` hides info and warnings. */
export function buildSite(
  contentDir: string,
  now = '2026-11-23',
  env: Record<string, string> = {},
  quiet = true,
  outDir = mkdtempSync(join(buildsDir(), 'dist-')),
): BuiltSite {
  // One cache per content folder, so builds of different folders never share Astro's data store.
  // Temporary fixture folders get a temporary cache; the demo keeps its resized photos between runs.
  const source = resolvePath(contentDir);
  const cacheDir = source.startsWith(tmpdir())
    ? mkdtempSync(join(tmpdir(), 'school-cache-'))
    : join('node_modules/.astro-tests', createHash('sha1').update(source).digest('hex').slice(0, 12));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(quiet ? ['--silent'] : [])], {
    encoding: 'utf8',
    // NODE_ENV is "test" inside vitest; the site must be built exactly as in production.
    env: {
      ...productionEnv(),
      NODE_ENV: 'production',
      SITE_CONTENT_DIR: contentDir,
      SITE_OUT_DIR: outDir,
      SITE_NOW: now,
      SITE_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return builtSite(outDir, result.status === 0, `${result.stdout}\n${result.stderr}`);
}

function builtSite(outDir: string, ok: boolean, output: string): BuiltSite {
  const resolve = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  return {
    ok,
    output,
    outDir,
    file: (path) => readFileSync(resolve(path), 'utf8'),
    has: (path) => existsSync(resolve(path)),
  };
}

/**
 * A build that several test files read but never change (the basic fixture on one date): built
 * once per test run, with everything the build printed, and handed to each file that asks. The
 * run is the one the global setup names (tests/helpers/demo-setup.ts); outside a run, it builds.
 */
export function sharedBuild(contentDir: string, now: string): BuiltSite {
  const run = process.env.SCHOOL_TEST_RUN;
  if (!run) return buildSite(contentDir, now, {}, false);
  const key = createHash('sha1')
    .update(`${run}|${resolvePath(contentDir)}|${now}`)
    .digest('hex')
    .slice(0, 16);
  const outDir = join(buildsDir(), `shared-${key}`);
  const record = `${outDir}.json`;
  if (existsSync(record)) {
    const { ok, output } = JSON.parse(readFileSync(record, 'utf8')) as { ok: boolean; output: string };
    return builtSite(outDir, ok, output);
  }
  mkdirSync(outDir, { recursive: true });
  const site = buildSite(contentDir, now, {}, false, outDir);
  writeFileSync(record, JSON.stringify({ ok: site.ok, output: site.output }));
  return site;
}

/** The visible text of some HTML, with tags removed and spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The contents of the page's <main>. */
export function mainOf(html: string): string {
  return /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
}
