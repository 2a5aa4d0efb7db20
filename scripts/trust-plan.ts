/**
 * Which sites of a multi-academy trust to rebuild: the schools whose folders changed since the
 * last build, and every site when the trust's own content or the code changed (see
 * scripts/lib/trust-plan.ts). Runs before `npm ci`, on Node's own modules.
 *
 *   npm run trust:plan -- --base <commit>
 *       prints the GitHub Actions matrix, {"include":[{"site":"trust","school":""},…]}, and
 *       appends matrix=… and build=true|false to $GITHUB_OUTPUT when it is set.
 *   npm run trust:plan -- --site <school or trust> --base <commit>
 *       exits 0 when that site must be built and 1 when it can be skipped (GitLab's parallel jobs).
 *   npm run trust:plan -- --notices
 *       for the hourly run: the sites where an urgent notice went up or came down in the last two
 *       hours (scripts/lib/rebuild-due.ts), so a closure notice on one school's site disappears
 *       within the hour without rebuilding the others; the same outputs as above.
 *   … --site <school or trust> --base <commit> --ignore-command
 *       the other way round, for Netlify's ignore command: 0 skips the build, 1 builds. An error
 *       then also exits 1, so a problem never skips a build.
 *
 * Without --base, or when the base is not in the clone's history (a first push, a force push, a
 * shallow clone), is 0000000… (what GitHub and GitLab send for a new branch) or is the commit
 * being built (a host's first build, a rebuild by hook), every site is built. --head <commit> (default HEAD). The trust is SITE_TRUST_DIR, or content/ when
 * content/trust/ is a folder; in a single school's repository there is nothing to plan.
 * Messages go to the error stream; exit 2 for a wrong argument.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { usage } from './lib/usage';
import { noticesDue } from './lib/rebuild-due';
import { siteNow } from '../src/lib/core/time';
import { actionsMatrix, isFolder, planTrustBuild, schoolSlugProblem, TRUST_SITE, trustLayout } from './lib/trust-plan';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '' },
    head: { type: 'string', default: 'HEAD' },
    site: { type: 'string' },
    'ignore-command': { type: 'boolean', default: false },
    notices: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage(import.meta.url));
  process.exit(0);
}

const ignoreCommand = values['ignore-command'];
/** Exit codes for "build", "skip" and "wrong argument", in the sense the caller asked for. */
const EXIT = ignoreCommand ? { build: 1, skip: 0, error: 1 } : { build: 0, skip: 1, error: 2 };

function fail(message: string): never {
  console.error(message);
  process.exit(values.site === undefined ? 2 : EXIT.error);
}

/** Runs git; its output, or undefined when it failed. */
function git(...args: string[]): string | undefined {
  const run = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

/** The commit a revision names, or undefined. `--end-of-options` keeps a revision such as "--output=x" from being read as an option. */
function commit(revision: string): string | undefined {
  if (!revision || /^0+$/.test(revision)) return undefined;
  return git('rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`)?.trim();
}

/** The files changed between two commits, repository-relative; both sides of a rename. Undefined when unknown. */
function changedFiles(base: string, head: string): string[] | undefined {
  const from = commit(base);
  const to = commit(head);
  // The same commit: a host's first build (Netlify's CACHED_COMMIT_REF is then this commit), or a
  // rebuild asked for by hand or by a hook. Nothing to compare, so nothing is skipped.
  if (!from || !to || from === to) return undefined;
  // -z: names as they are (spaces, newlines, non-ASCII), not quoted.
  const out = git('diff', '--name-only', '--no-renames', '-z', from, to, '--');
  return out === undefined ? undefined : out.split('\0').filter(Boolean);
}

if (values.site !== undefined && values.site !== TRUST_SITE) {
  const problem = schoolSlugProblem(values.site);
  if (problem) fail(`--site: ${problem}`);
}

const layout = trustLayout();
if (!layout) {
  console.error('This repository holds one school’s site (no trust: no SITE_TRUST_DIR and no content/trust/ folder): nothing for the trust’s build to do.');
  if (values.site !== undefined) process.exit(EXIT.skip);
  writeMatrix([]);
  process.exit(0);
}
if (!isFolder(layout.root)) fail(`SITE_TRUST_DIR is ${JSON.stringify(layout.root)}, which is not a folder: set it to the folder holding trust/ and schools/.`);
for (const problem of layout.refused) console.error(`Not built: ${problem}`);

// git names files from the top of the repository; the trust root may be given from anywhere in it.
const top = git('rev-parse', '--show-toplevel')?.trim();
const root = top === undefined ? layout.root : relative(top, resolve(layout.root)).split('\\').join('/');
if (root.startsWith('..')) fail(`SITE_TRUST_DIR is ${layout.root}, which is outside this repository.`);

if (values.notices) {
  // The hourly run: each site's own notices decide, whatever the repository's history says.
  const sites = [TRUST_SITE, ...layout.schools].filter((site) => {
    const dir = site === TRUST_SITE ? join(layout.root, 'trust') : join(layout.root, 'schools', site);
    const { due, notices } = noticesDue(dir, (timeZone) => siteNow(timeZone));
    console.error(`${site}: ${due ? 'a notice went up or came down in the last two hours: build.' : `no notice went up or came down (${notices} notices).`}`);
    return due;
  });
  writeMatrix(sites);
  process.exit(0);
}

const changed = top === undefined ? undefined : changedFiles(values.base, values.head);
const plan = planTrustBuild(changed, root, layout.schools);
for (const line of [...plan.reasons, ...plan.refused.map((p) => `Not built: ${p}`)]) console.error(line);

if (values.site !== undefined) {
  const site = values.site;
  if (site !== TRUST_SITE && !layout.schools.includes(site)) {
    console.error(`${site}: not a school of this trust (no ${root}/schools/${site}/settings/school.yaml): nothing to build.`);
    process.exit(EXIT.skip);
  }
  const build = plan.sites.includes(site);
  console.error(build ? `${site}: build.` : `${site}: nothing it shows changed: skip.`);
  process.exit(build ? EXIT.build : EXIT.skip);
}

console.error(
  plan.sites.length
    ? `Build ${plan.sites.length} of ${layout.schools.length + 1} sites: ${plan.sites.join(', ')}.`
    : `Build none of the ${layout.schools.length + 1} sites.`,
);
writeMatrix(plan.sites);

/** Prints the matrix, and hands it to the next job through $GITHUB_OUTPUT when run by GitHub Actions. */
function writeMatrix(sites: string[]): void {
  // One line: every site name has passed schoolSlugProblem, so no name can add a line of its own.
  const matrix = JSON.stringify(actionsMatrix(sites));
  console.log(matrix);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `matrix=${matrix}\nbuild=${sites.length > 0}\n`);
}
