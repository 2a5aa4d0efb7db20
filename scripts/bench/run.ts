/**
 * `npm run bench`: for each archive size, generates a synthetic archive, builds it with the bare
 * Astro baseline and with the real site (cold: no caches; then warm: after one new class update
 * with a photo, the build cache of the cold build kept, as a host that keeps its cache between
 * runs would), checks the warm build's output is byte for byte the cold build's of the same
 * content and that five searches answer the same, weighs the pages, runs Lighthouse on the demo
 * school, and prints the results as Markdown tables (for docs/developers/performance.md).
 *
 *   npm run bench                           1,000, 8,000 and 20,000 entries, then Lighthouse
 *   npm run bench -- --entries 1000,8000    the sizes to run
 *   npm run bench -- --entries 300          a quick run
 *   npm run bench -- --no-lighthouse        builds only
 *   npm run bench -- --no-rebuild           cold builds only (no warm build, no comparison)
 *   npm run bench -- --keep                 keep the temporary folders (their path is printed)
 *
 * Numbers are measured, never estimated: a step that fails or is skipped is reported as such.
 */
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/lib/content/check.ts';
import { writeBaselineProject } from './baseline.ts';
import { addClassUpdate, generateArchive, type ArchiveSummary } from './generate-archive.ts';
import { lighthouseScores, scoresTable } from './lighthouse.ts';
import { buildSteps, compareTrees, siteSizes, timedRun, type BuildRun, type BuildSteps, type SiteSizes, type TreeComparison } from './measure.ts';
import { searchAnswers } from './search.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const NOW = '2026-11-23';
/** The demo pages Lighthouse scores: the home page, a policy, a class page and the events list. */
const LIGHTHOUSE_PAGES = ['/', '/policies/behaviour/', '/classes/oak/', '/events/'];

/** Five searches a parent might make, asked of the warm and the cold build: the answers must be the same. */
const QUERIES = ['uniform', 'garden', 'trip', 'attendance', 'reading'] as const;

const TARGETS = {
  warmRatio: 1.5,
  coldRatio: 3,
  memoryRatio: 1.5,
  // The phone menu's small module (src/components/SiteMenu.client.ts: aria-expanded, focus, Escape)
  // is on every page; anything more on a content page is a regression.
  contentJsBytes: 1024,
  contentCssCompressed: 15 * 1024,
  medianContentHtml: 30 * 1024,
};

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000,8000,20000' },
    seed: { type: 'string', default: '1' },
    lighthouse: { type: 'boolean', default: true },
    rebuild: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
  },
  allowNegative: true,
});

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const step = (text: string) => console.log(`[bench ${elapsed()}] ${text}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const s = (seconds: number | undefined) => (seconds === undefined || Number.isNaN(seconds) ? 'n/a' : `${seconds.toFixed(1)} s`);
const mark = (ok: boolean) => (ok ? '✅' : '❌');

const work = mkdtempSync(join(tmpdir(), 'school-bench-'));
step(`working in ${work}`);

/** One size of archive: its baseline, the site cold, then warm after one new class update. */
interface SizeRun {
  entries: number;
  archive: ArchiveSummary;
  baseline: BuildRun;
  baselineSteps: BuildSteps;
  baselinePages: number;
  cold: BuildRun;
  coldSteps: BuildSteps;
  warm?: BuildRun;
  warmSteps?: BuildSteps;
  /** A second cold build, of the same content as the warm one: the output the warm one must equal. */
  coldAgain?: BuildRun;
  coldAgainSteps?: BuildSteps;
  same?: TreeComparison;
  searches?: { queries: readonly string[]; same: boolean; differing: string[] };
  sizes: SiteSizes;
}

const siteEnv = (content: string, out: string, cache: string) => ({
  SITE_CONTENT_DIR: content,
  SITE_OUT_DIR: out,
  SITE_CACHE_DIR: cache,
  SITE_NOW: NOW,
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
});

/**
 * Builds the site; throws, naming the log, when the build fails. Every build writes to the same
 * folder, as a host's does (Astro's hash of each route's code names the output folder, so pages
 * are only reused from a build into the same one), and is then moved to `name`.
 */
async function siteBuild(dir: string, name: string, content: string, cache: string): Promise<{ run: BuildRun; steps: BuildSteps; out: string }> {
  const site = join(dir, 'site');
  const out = join(dir, name);
  rmSync(out, { recursive: true, force: true });
  const logFile = join(dir, `${name}.log`);
  const run = await timedRun([ASTRO, 'build'], { cwd: ROOT, env: siteEnv(content, site, cache), logFile });
  if (!run.ok) throw new Error(`The site build failed; see ${logFile}`);
  renameSync(site, out);
  return { run, steps: buildSteps(run.log), out };
}

async function runSize(entries: number): Promise<SizeRun> {
  const dir = join(work, String(entries));
  const contentDir = join(dir, 'content');
  const archive = await generateArchive({ dir: contentDir, entries, seed: Number(args.seed), end: NOW });
  step(
    `${entries}: generated ${archive.total} entries over ${archive.years} years: ${Object.entries(archive.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}; ${archive.photos} photos used ${archive.photoUses} times`,
  );
  const checked = checkContent(contentDir);
  if (checked.problems.length) {
    console.error(
      checked.problems
        .slice(0, 10)
        .map((p) => `${p.file}: ${p.field ?? ''} ${p.message}`)
        .join('\n'),
    );
    throw new Error(`The generated archive has ${checked.problems.length} content problems; fix scripts/bench/generate-archive.ts.`);
  }

  // The bare Astro baseline: the same Markdown, one page per entry, a minimal template.
  const baselineDir = join(dir, 'baseline');
  writeBaselineProject(baselineDir, contentDir);
  step(`${entries}: building the bare Astro baseline…`);
  const baseline = await timedRun([ASTRO, 'build'], {
    cwd: baselineDir,
    env: { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    logFile: join(dir, 'baseline.log'),
  });
  if (!baseline.ok) throw new Error(`The baseline build failed; see ${join(dir, 'baseline.log')}`);
  const baselinePages = siteSizes(join(baselineDir, 'dist')).htmlPages;
  step(`${entries}: baseline ${s(baseline.seconds)}, ${baselinePages} pages`);

  // The site cold: no build cache at all (every picture resized, every file read, both indexes made).
  step(`${entries}: building the site cold…`);
  const cache = join(dir, 'cache');
  const cold = await siteBuild(dir, 'cold', contentDir, cache);
  step(`${entries}: cold ${s(cold.run.seconds)}`);
  const result: SizeRun = {
    entries,
    archive,
    baseline,
    baselineSteps: buildSteps(baseline.log),
    baselinePages,
    cold: cold.run,
    coldSteps: cold.steps,
    sizes: siteSizes(cold.out),
  };
  if (!args.rebuild) return result;

  // A teacher publishes one class update with a new photo; the host kept the cold build's cache.
  await addClassUpdate(contentDir, NOW);
  step(`${entries}: one new class update with a photo; building the site warm…`);
  const warm = await siteBuild(dir, 'warm', contentDir, cache);
  step(`${entries}: warm ${s(warm.run.seconds)}`);
  // The same content from nothing: what the warm build's output must be, byte for byte.
  step(`${entries}: building the same content cold, to compare…`);
  const again = await siteBuild(dir, 'cold-again', contentDir, join(dir, 'cache-again'));
  const same = compareTrees(warm.out, again.out);
  step(`${entries}: cold again ${s(again.run.seconds)}; output ${same.differing.length === 0 ? 'identical' : `differs in ${same.differing.length} files`}`);
  let searches: SizeRun['searches'];
  try {
    const [w, c] = [await searchAnswers(warm.out, QUERIES), await searchAnswers(again.out, QUERIES)];
    searches = { queries: QUERIES, same: w.every((a, i) => a === c[i]), differing: w.filter((a, i) => a !== c[i]) };
  } catch (error) {
    step(`${entries}: searches could not be compared: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return { ...result, warm: warm.run, warmSteps: warm.steps, coldAgain: again.run, coldAgainSteps: again.steps, same, searches, sizes: siteSizes(warm.out) };
}

const runs: SizeRun[] = [];
for (const entries of args.entries.split(',').map(Number)) runs.push(await runSize(entries));

// 4. Lighthouse on the demo school.
let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> | undefined;
let lighthouseError: string | undefined;
if (args.lighthouse) {
  step('building the demo school for Lighthouse…');
  const demoOut = join(work, 'demo');
  // Its own cache, kept between runs, so the demo's photos are resized once.
  const demoCache = join(ROOT, 'node_modules/.astro-bench/demo');
  mkdirSync(demoCache, { recursive: true });
  const demo = await timedRun([ASTRO, 'build'], {
    cwd: ROOT,
    env: siteEnv(join(ROOT, 'content'), demoOut, demoCache),
    logFile: join(work, 'demo.log'),
  });
  if (!demo.ok) throw new Error(`The demo build failed; see ${join(work, 'demo.log')}`);
  step('running Lighthouse (mobile)…');
  try {
    lighthouse = await lighthouseScores(demoOut, LIGHTHOUSE_PAGES);
  } catch (error) {
    // The builds' numbers are still worth printing; say plainly that Lighthouse did not run.
    lighthouseError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    step(`Lighthouse failed: ${lighthouseError}`);
  }
}

// 5. The report.
const date = new Date().toISOString().slice(0, 10);
const ratioCell = (value: number, target: number) => `${value.toFixed(2)}× (≤ ${target}× ${mark(value <= target)})`;

/** One row of the growth table: a build's time, processor time, memory and pages per second. */
function buildRow(entries: number, name: string, run: BuildRun, pages: number): string {
  return `| ${entries} | ${name} | ${s(run.seconds)} | ${s(run.cpuSeconds)} | ${mb(run.peakRssBytes)} | ${pages} | ${(pages / run.seconds).toFixed(0)} |`;
}

/** Where a build's time went, by the timings Astro and the site's integrations print. */
function phaseRow(entries: number, name: string, run: BuildRun, p: BuildSteps): string {
  const known = [p.checkSeconds, p.loadSeconds, p.serverBundleSeconds, p.clientBundleSeconds, p.pagesSeconds, p.imagesSeconds, p.searchIndex?.seconds];
  const rest = run.seconds - known.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const search = p.searchIndex ? `${s(p.searchIndex.seconds)}${p.searchIndex.archiveReused ? ' (archive kept)' : ''}` : '–';
  const editor = p.editor ? `${s(p.editor.seconds)}${p.editor.kept ? ' (kept)' : ''}` : '–';
  return `| ${entries} | ${name} | ${s(p.checkSeconds)} | ${s(p.loadSeconds)} | ${s(p.serverBundleSeconds)} | ${editor} | ${s(p.clientBundleSeconds)} | ${s(p.pagesSeconds)}${p.restoredPages ? ` (${p.restoredPages} kept)` : ''} | ${p.imagesSeconds === undefined ? '–' : s(p.imagesSeconds)} | ${search} | ${s(rest)} | ${s(run.seconds)} |`;
}

function report(): string {
  const last = runs.at(-1)!;
  const sz = last.sizes;
  const lines = [
    `Measured on ${date}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${mb(totalmem())} memory, Node ${process.versions.node}.`,
    ...runs.map(
      (r) =>
        `Archive of ${r.entries}: ${r.archive.total} entries over ${r.archive.years} years (${Object.entries(r.archive.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}), ${r.archive.photos} distinct photos (1600 × 1200) shown ${r.archive.photoUses} times.`,
    ),
    '',
    '| Entries | Build | Time | Processor time | Peak memory | HTML pages | Pages per second |',
    '|---|---|---|---|---|---|---|',
    ...runs.flatMap((r) => [
      buildRow(r.entries, 'Bare Astro baseline', r.baseline, r.baselinePages),
      buildRow(r.entries, 'Site, cold (no caches)', r.cold, r.sizes.htmlPages),
      ...(r.warm ? [buildRow(r.entries, 'Site, warm (one new class update with a photo)', r.warm, r.sizes.htmlPages)] : []),
      ...(r.coldAgain ? [buildRow(r.entries, 'Site, cold again (same content as warm)', r.coldAgain, r.sizes.htmlPages)] : []),
    ]),
    '',
    'Where the time goes (content check; reading the content into the store; bundling the server code; the editor, bundled or taken from the cache alongside those two, so not counted in the total; the browser code, with any wait for the editor; rendering pages; resizing pictures; search index; the rest: starting, writing, sitemap, headers, checks):',
    '',
    '| Entries | Build | Content check | Content load | Server bundle | Editor (alongside) | Browser bundle | Rendering | Pictures | Search index | Rest | Total |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.flatMap((r) => [
      phaseRow(r.entries, 'Baseline', r.baseline, r.baselineSteps),
      phaseRow(r.entries, 'Cold', r.cold, r.coldSteps),
      ...(r.warm && r.warmSteps ? [phaseRow(r.entries, 'Warm', r.warm, r.warmSteps)] : []),
    ]),
    '',
    '| Entries | Measure | Result | Target |',
    '|---|---|---|---|',
    ...runs.flatMap((r) => [
      `| ${r.entries} | Cold build ÷ baseline | ${ratioCell(r.cold.seconds / r.baseline.seconds, TARGETS.coldRatio)} | |`,
      ...(r.warm ? [`| ${r.entries} | Warm rebuild ÷ baseline | ${ratioCell(r.warm.seconds / r.baseline.seconds, TARGETS.warmRatio)} | |`] : []),
      `| ${r.entries} | Peak memory, cold ÷ baseline | ${ratioCell(r.cold.peakRssBytes / r.baseline.peakRssBytes, TARGETS.memoryRatio)} | |`,
      ...(r.same
        ? [
            `| ${r.entries} | Warm output = cold output of the same content | ${r.same.differing.length === 0 ? `${r.same.files} files, byte for byte ✅` : `❌ ${r.same.differing.length} of ${r.same.files} files differ: ${r.same.differing.slice(0, 5).join(', ')}`}${r.same.unordered.length ? ` (and ${r.same.unordered.length} of Pagefind's filter files, in no fixed order from one indexing to the next: compared by the searches below)` : ''} | |`,
          ]
        : []),
      ...(r.searches
        ? [
            `| ${r.entries} | Same answers to ${r.searches.queries.length} searches (${r.searches.queries.map((q) => `“${q}”`).join(', ')}) | ${r.searches.same ? '✅' : `❌ ${r.searches.differing.join('; ')}`} | |`,
          ]
        : []),
    ]),
    '',
    `Pages of the ${last.entries}-entry site:`,
    '',
    '| Measure | Result | Target |',
    '|---|---|---|',
    `| Search index (Pagefind) | ${sz.pagefind ? `${(sz.pagefind.bytes / 1024 / 1024).toFixed(1)} MB in ${sz.pagefind.files} files` : 'not built'} | |`,
    `| Median HTML page (all ${sz.htmlPages}) | ${kb(sz.medianHtml)} | |`,
    `| Median content page (${sz.contentPages}) | ${kb(sz.medianContentHtml)} | < 30 KB ${mark(sz.medianContentHtml < TARGETS.medianContentHtml)} |`,
    `| Largest HTML page | ${kb(sz.largestHtml.bytes)} (\`${sz.largestHtml.path}\`) | |`,
    `| CSS on a content page (heaviest) | ${kb(sz.contentCss.raw)}, ${kb(sz.contentCss.gzip)} gzip, ${kb(sz.contentCss.brotli)} brotli (\`${sz.contentCss.path}\`) | < 15 KB compressed ${mark(sz.contentCss.gzip < TARGETS.contentCssCompressed)} |`,
    `| JavaScript on content pages | ${sz.contentJs.raw === 0 ? '0 bytes on every content page' : `${kb(sz.contentJs.raw)} (\`${sz.contentJs.path}\`)`} | ≤ 1 KB (the phone menu's module) ${mark(sz.contentJs.raw <= TARGETS.contentJsBytes)} |`,
  ];
  if (lighthouse) lines.push('', 'Lighthouse 13 (mobile profile, simulated slow 4G) on the demo school:', '', scoresTable(lighthouse));
  else lines.push('', lighthouseError ? `Lighthouse: failed (${lighthouseError}).` : 'Lighthouse: not run (--no-lighthouse).');
  return lines.join('\n');
}

console.log(`\n${report()}\n`);
step(`finished; the whole benchmark took ${elapsed()}`);
if (args.keep) console.log(`Kept ${work} (each size's folder has its builds' logs).`);
else rmSync(work, { recursive: true, force: true });
