/**
 * `npm run bench`: generates a synthetic ten-year archive, builds it with the real site and with
 * a bare Astro baseline in the same run, weighs the pages, runs Lighthouse on the demo school,
 * and prints the results as Markdown tables (for docs/developers/performance.md).
 *
 *   npm run bench                         8,000 entries (about ten years), then Lighthouse
 *   npm run bench -- --entries 300        a quick run
 *   npm run bench -- --no-lighthouse      builds only
 *   npm run bench -- --no-rebuild         skip the second build with resized pictures cached
 *   npm run bench -- --keep               keep the temporary folders (their path is printed)
 *
 * Numbers are measured, never estimated: a step that fails or is skipped is reported as such.
 */
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/lib/content/check.ts';
import { writeBaselineProject } from './baseline.ts';
import { generateArchive } from './generate-archive.ts';
import { lighthouseScores, scoresTable } from './lighthouse.ts';
import { buildSteps, siteSizes, timedRun, type BuildRun, type BuildSteps, type SiteSizes } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const NOW = '2026-11-23';
/** The demo pages Lighthouse scores: the home page, a policy, a class page and the events list. */
const LIGHTHOUSE_PAGES = ['/', '/policies/behaviour/', '/classes/oak/', '/events/'];

const TARGETS = {
  ratio: 1.5,
  contentJsBytes: 0,
  contentCssCompressed: 15 * 1024,
  medianContentHtml: 30 * 1024,
};

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '8000' },
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
const contentDir = join(work, 'content');
step(`working in ${work}`);

// 1. The archive.
const archive = await generateArchive({ dir: contentDir, entries: Number(args.entries), seed: Number(args.seed), end: NOW });
step(
  `generated ${archive.total} entries over ${archive.years} years: ${Object.entries(archive.counts)
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
step('content check: no problems');

// 2. The bare Astro baseline: the same Markdown, one page per entry, a minimal template.
const baselineDir = join(work, 'baseline');
writeBaselineProject(baselineDir, contentDir);
step('building the bare Astro baseline…');
const baseline = await timedRun([ASTRO, 'build'], {
  cwd: baselineDir,
  env: { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
  logFile: join(work, 'baseline.log'),
});
if (!baseline.ok) throw new Error(`The baseline build failed; see ${join(work, 'baseline.log')}`);
const baselineSteps = buildSteps(baseline.log);
const baselineSizes = siteSizes(join(baselineDir, 'dist'));
step(`baseline: ${s(baseline.seconds)}, ${baselineSizes.htmlPages} pages`);

// 3. The real site from clean (every picture resized), then again with only the resized pictures kept.
const siteEnv = (out: string, cache: string) => ({
  SITE_CONTENT_DIR: contentDir,
  SITE_OUT_DIR: out,
  SITE_CACHE_DIR: cache,
  SITE_NOW: NOW,
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
});
const siteCache = join(work, 'site-cache');
step('building the site from clean…');
const site = await timedRun([ASTRO, 'build'], { cwd: ROOT, env: siteEnv(join(work, 'site'), siteCache), logFile: join(work, 'site.log') });
if (!site.ok) throw new Error(`The site build failed; see ${join(work, 'site.log')}`);
const siteStepsCold = buildSteps(site.log);
step(`site: ${s(site.seconds)} (pictures ${s(siteStepsCold.imagesSeconds)})`);
let rebuild: BuildRun | undefined;
if (args.rebuild) {
  step('building the site again (pictures already resized)…');
  rmSync(join(work, 'site'), { recursive: true, force: true });
  // Keep only the resized pictures: the content is read and rendered afresh, as in the baseline.
  for (const name of readdirSync(siteCache)) if (name !== 'assets') rmSync(join(siteCache, name), { recursive: true, force: true });
  rebuild = await timedRun([ASTRO, 'build'], { cwd: ROOT, env: siteEnv(join(work, 'site'), siteCache), logFile: join(work, 'site-rebuild.log') });
  if (!rebuild.ok) throw new Error(`The second site build failed; see ${join(work, 'site-rebuild.log')}`);
  step(`site again: ${s(rebuild.seconds)}`);
}
const sizes = siteSizes(join(work, 'site'));

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
    env: { ...siteEnv(demoOut, demoCache), SITE_CONTENT_DIR: join(ROOT, 'content') },
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
function buildRow(name: string, run: BuildRun, steps: BuildSteps, pages: number): string {
  const search = steps.searchIndex ? s(steps.searchIndex.seconds) : '–';
  return `| ${name} | ${s(run.seconds)} | ${s(run.cpuSeconds)} | ${s(steps.pagesSeconds)} | ${steps.imagesSeconds === undefined ? '–' : s(steps.imagesSeconds)} | ${search} | ${mb(run.peakRssBytes)} | ${pages} | ${(pages / run.seconds).toFixed(0)} |`;
}
const ratio = site.seconds / baseline.seconds;
const ratioWarm = rebuild ? rebuild.seconds / baseline.seconds : undefined;
const rebuildSteps = rebuild ? buildSteps(rebuild.log) : undefined;
const search = (rebuildSteps ?? siteStepsCold).searchIndex;
const date = new Date().toISOString().slice(0, 10);

function report(sz: SiteSizes): string {
  const lines = [
    `Measured on ${date}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${mb(totalmem())} memory, Node ${process.versions.node}.`,
    `Archive: ${archive.total} entries over ${archive.years} years (${Object.entries(archive.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}), ${archive.photos} distinct photos (1600 × 1200) shown ${archive.photoUses} times.`,
    '',
    '| Build | Time | Processor time | Rendering pages | Resizing pictures | Search index | Peak memory | HTML pages | Pages per second |',
    '|---|---|---|---|---|---|---|---|---|',
    buildRow('Bare Astro baseline', baseline, baselineSteps, baselineSizes.htmlPages),
    buildRow('Site, from clean (every picture resized)', site, siteStepsCold, sz.htmlPages),
    ...(rebuild && rebuildSteps ? [buildRow('Site, pictures already resized (all else afresh)', rebuild, rebuildSteps, sz.htmlPages)] : []),
    '',
    '| Measure | Result | Target |',
    '|---|---|---|',
    `| Site build ÷ baseline, from clean | ${ratio.toFixed(2)}× | ≤ ${TARGETS.ratio}× ${mark(ratio <= TARGETS.ratio)} |`,
    ...(ratioWarm !== undefined
      ? [`| Site build ÷ baseline, pictures already resized | ${ratioWarm.toFixed(2)}× | ≤ ${TARGETS.ratio}× ${mark(ratioWarm <= TARGETS.ratio)} |`]
      : []),
    `| Pagefind index | ${search ? `${search.pages} pages in ${s(search.seconds)}` : 'not built'}${sz.pagefind ? `, ${(sz.pagefind.bytes / 1024 / 1024).toFixed(1)} MB in ${sz.pagefind.files} files` : ''} | |`,
    `| Median HTML page (all ${sz.htmlPages}) | ${kb(sz.medianHtml)} | |`,
    `| Median content page (${sz.contentPages}) | ${kb(sz.medianContentHtml)} | < 30 KB ${mark(sz.medianContentHtml < TARGETS.medianContentHtml)} |`,
    `| Largest HTML page | ${kb(sz.largestHtml.bytes)} (\`${sz.largestHtml.path}\`) | |`,
    `| CSS on a content page (heaviest) | ${kb(sz.contentCss.raw)}, ${kb(sz.contentCss.gzip)} gzip, ${kb(sz.contentCss.brotli)} brotli (\`${sz.contentCss.path}\`) | < 15 KB compressed ${mark(sz.contentCss.gzip < TARGETS.contentCssCompressed)} |`,
    `| JavaScript on content pages | ${sz.contentJs.raw === 0 ? '0 bytes on every content page' : `${kb(sz.contentJs.raw)} (\`${sz.contentJs.path}\`)`} | 0 ${mark(sz.contentJs.raw === TARGETS.contentJsBytes)} |`,
  ];
  if (lighthouse) lines.push('', 'Lighthouse 13 (mobile profile, simulated slow 4G) on the demo school:', '', scoresTable(lighthouse));
  else lines.push('', lighthouseError ? `Lighthouse: failed (${lighthouseError}).` : 'Lighthouse: not run (--no-lighthouse).');
  return lines.join('\n');
}

console.log(`\n${report(sizes)}\n`);
step(`finished; the whole benchmark took ${elapsed()}`);
if (args.keep) console.log(`Kept ${work} (logs: site.log, baseline.log).`);
else rmSync(work, { recursive: true, force: true });
