/**
 * The trust's CI, run for real on a small trust repository: the plan step of
 * .github/workflows/trust.yml and the job script of .gitlab/trust.gitlab-ci.yml, exactly as
 * written there, after a commit to one school, to the trust's content, to the guides, and so on.
 * Only the school that changed is planned; `npm` is a stand-in that records what it was asked to build.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importsOf } from '../helpers/ci-rules';

const WORKFLOW = parse(readFileSync('.github/workflows/trust.yml', 'utf8'));
const PLAN_STEP: { run: string; env: Record<string, string> } = WORKFLOW.jobs.plan.steps.find((s: { id?: string }) => s.id === 'plan');
const GITLAB_JOB: { before_script: string[]; script: string[] } = parse(readFileSync('.gitlab/trust.gitlab-ci.yml', 'utf8'))['trust-sites'];
/** Node 24 (the project's), first on the path, as setup-node puts it in CI. */
const NODE_DIR = dirname(process.execPath);

let repo: string;
let fakeBin: string;

function sh(command: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-e', '-c', command], {
    cwd: repo,
    encoding: 'utf8',
    env: { HOME: repo, PATH: `${fakeBin}:${NODE_DIR}:/usr/bin:/bin`, GIT_CONFIG_NOSYSTEM: '1', ...env },
  });
}
function git(...args: string[]): string {
  const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo } });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}
function write(path: string, text = `${path}\n`) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}
function commit(message: string): string {
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
}

/** Runs the plan step of trust.yml with `github.event.before` = base; what it wrote to $GITHUB_OUTPUT. */
function githubPlan(base: string, vars: { SITE_TRUST_DIR?: string; SCHEDULE?: string; SITE_NOW?: string } = {}) {
  const output = join(repo, '..', `github-output-${Math.random()}`);
  writeFileSync(output, '');
  // The step's env as GitHub fills it in: an unset repository variable is empty.
  const env = { BASE: base, SITE_TRUST_DIR: vars.SITE_TRUST_DIR ?? '', SCHEDULE: vars.SCHEDULE ?? '', GITHUB_OUTPUT: output };
  expect(Object.keys(PLAN_STEP.env).sort()).toEqual(
    Object.keys(env)
      .filter((k) => k !== 'GITHUB_OUTPUT')
      .sort(),
  );
  const run = sh(PLAN_STEP.run, { ...env, ...(vars.SITE_NOW ? { SITE_NOW: vars.SITE_NOW } : {}) });
  expect(run.status, run.stderr).toBe(0);
  const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
  const values = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return {
    lines,
    build: values.build,
    sites: (JSON.parse(values.matrix!) as { include: { site: string; school: string }[] }).include.map((e) => e.site),
    include: JSON.parse(values.matrix!).include,
    log: run.stderr,
  };
}

/** Runs one job of the GitLab matrix, as GitLab would: before_script then script, stopping at the first failure. */
function gitlabJob(site: string, before: string) {
  const log = join(repo, '..', `npm-log-${Math.random()}`);
  writeFileSync(log, '');
  const run = sh([...GITLAB_JOB.before_script, ...GITLAB_JOB.script].join('\n'), { SITE: site, CI_COMMIT_BEFORE_SHA: before, NPM_LOG: log });
  return { status: run.status, npm: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean), log: run.stderr };
}

beforeEach(() => {
  const top = mkdtempSync(join(tmpdir(), 'trust-ci-'));
  repo = join(top, 'repo with space');
  fakeBin = join(top, 'bin');
  mkdirSync(repo);
  mkdirSync(fakeBin);
  // npm records each call and the school it was asked to build, and builds nothing.
  writeFileSync(join(fakeBin, 'npm'), '#!/bin/sh\necho "$* SCHOOL=${SCHOOL-unset}" >> "$NPM_LOG"\n');
  chmodSync(join(fakeBin, 'npm'), 0o755);
  // What the plan step runs, and nothing else of the project: it runs before npm ci.
  for (const file of [...importsOf('scripts/trust-plan.ts').files, 'scripts/ts-hooks.mjs', '.github/workflows/trust.yml', '.gitlab/trust.gitlab-ci.yml'])
    cpSync(file, join(repo, file), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'office@example.org');
  git('config', 'user.name', 'Office');
  for (const slug of ['ashgrove', 'birchwood']) {
    write(`content/schools/${slug}/settings/school.yaml`, `name: ${slug}\n`);
    write(`content/schools/${slug}/events/sports-day.md`);
  }
  write('content/trust/settings/school.yaml', 'name: Oakfield Trust\n');
  write('content/trust/policies/safeguarding.md');
  write('docs/hosting.md');
  write('src/lib/x.ts');
});

describe('the plan step of trust.yml, after a push', () => {
  it('a change to one school plans that school only, and SCHOOL comes with it', () => {
    const base = commit('start');
    write('content/schools/ashgrove/events/sports-day.md', 'moved to Friday\n');
    commit('Ashgrove: sports day moved');
    const plan = githubPlan(base);
    expect(plan.sites).toEqual(['ashgrove']);
    expect(plan.include).toEqual([{ site: 'ashgrove', school: 'ashgrove' }]);
    expect(plan.build).toBe('true');
    expect(plan.log).toMatch(/Build 1 of 3 sites: ashgrove\./);
  });

  it('a change to the trust’s content plans every site', () => {
    const base = commit('start');
    write('content/trust/policies/safeguarding.md', 'approved by the trust board\n');
    commit('Trust: safeguarding policy');
    expect(githubPlan(base).sites).toEqual(['trust', 'ashgrove', 'birchwood']);
  });

  it('a change to the guides plans nothing, and the build job is skipped', () => {
    const base = commit('start');
    write('docs/hosting.md', 'more\n');
    commit('docs');
    const plan = githubPlan(base);
    expect(plan.sites).toEqual([]);
    expect(plan.build).toBe('false');
  });

  it('a change to the code plans every site', () => {
    const base = commit('start');
    write('src/lib/x.ts', 'changed\n');
    commit('code');
    expect(githubPlan(base).sites).toEqual(['trust', 'ashgrove', 'birchwood']);
  });

  it('several commits in one push: every school touched by any of them', () => {
    const base = commit('start');
    write('content/schools/ashgrove/pages/a.md');
    commit('one');
    write('content/schools/birchwood/pages/b.md');
    commit('two');
    expect(githubPlan(base).sites).toEqual(['ashgrove', 'birchwood']);
  });

  it('a file moved from one school to another rebuilds both; a file name with spaces is read whole', () => {
    write('content/schools/ashgrove/uploads/Sports day (final).jpg', 'x');
    const base = commit('start');
    mkdirSync(join(repo, 'content/schools/birchwood/uploads'));
    git('mv', 'content/schools/ashgrove/uploads/Sports day (final).jpg', 'content/schools/birchwood/uploads/Sports day (final).jpg');
    commit('move');
    expect(githubPlan(base).sites).toEqual(['ashgrove', 'birchwood']);
  });

  it('a removed school builds nothing, and the log says so', () => {
    const base = commit('start');
    rmSync(join(repo, 'content/schools/birchwood'), { recursive: true });
    commit('Birchwood leaves the trust');
    const plan = githubPlan(base);
    expect(plan.sites).toEqual([]);
    expect(plan.log).toMatch(/birchwood: no longer a school of the trust/);
  });

  it.each([
    ['the daily run and a run by hand (no commit before)', ''],
    ['a new branch (0000000…)', '0'.repeat(40)],
    ['a force push (the old commit is not in the clone)', 'f'.repeat(40)],
    // git diff would write its output to that file if the base reached it as an option.
    ['a revision that is an option', '--output=written-by-git'],
  ])('%s: every site is built', (_, base) => {
    commit('start');
    write('content/schools/ashgrove/pages/a.md');
    commit('one');
    expect(githubPlan(base).sites).toEqual(['trust', 'ashgrove', 'birchwood']);
    expect(existsSync(join(repo, 'written-by-git'))).toBe(false);
  });

  it('a trust elsewhere, named by the SITE_TRUST_DIR variable', () => {
    commit('start');
    git('mv', 'content', 'oakfield');
    const base = commit('the trust in its own folder');
    write('oakfield/schools/birchwood/pages/a.md');
    commit('one');
    expect(githubPlan(base, { SITE_TRUST_DIR: 'oakfield' }).sites).toEqual(['birchwood']);
  });

  it('a single school’s repository: an empty plan, so the build job is skipped', () => {
    rmSync(join(repo, 'content'), { recursive: true });
    write('content/settings/school.yaml', 'name: Hazelbrook\n');
    const base = commit('start');
    write('content/settings/school.yaml', 'name: Hazelbrook Primary\n');
    commit('settings');
    const plan = githubPlan(base);
    expect(plan.lines).toEqual(['matrix={"include":[]}', 'build=false']);
  });

  it('a school folder whose name holds a newline cannot add a line to $GITHUB_OUTPUT or a site to the matrix', () => {
    const base = commit('start');
    const evil = 'evil\nmatrix={"include":[{"site":"x","school":"$(id)"}]}';
    write(`content/schools/${evil}/settings/school.yaml`, 'name: x\n');
    write('content/schools/ashgrove/pages/a.md');
    commit('a hostile folder');
    const plan = githubPlan(base);
    expect(plan.lines).toEqual(['matrix={"include":[{"site":"ashgrove","school":"ashgrove"}]}', 'build=true']);
    expect(plan.log).toMatch(/Not built: .*cannot be a school's folder name/);
  });
});

describe('the plan step of trust.yml, on the hourly run', () => {
  it('builds only the sites where an urgent notice went up or came down in the last two hours, whatever the history says', () => {
    const base = commit('start');
    write('content/schools/birchwood/notices/snow.md', '---\ntitle: Closed today: snow\nstarts: 2027-01-12T06:30\nexpires: 2027-01-12T18:00\n---\nClosed.\n');
    write('content/schools/ashgrove/notices/old.md', '---\ntitle: Boiler\nstarts: 2026-12-01T07:00\nexpires: 2026-12-01T16:00\n---\nClosed.\n');
    commit('notices');
    const hourly = { SCHEDULE: '45 * * * *' };
    // 06:45 in January (GMT): the snow notice went up 15 minutes ago.
    expect(githubPlan(base, { ...hourly, SITE_NOW: '2027-01-12T06:45:00Z' }).sites).toEqual(['birchwood']);
    // 18:45: it came down 45 minutes ago.
    expect(githubPlan(base, { ...hourly, SITE_NOW: '2027-01-12T18:45:00Z' }).sites).toEqual(['birchwood']);
    // The next morning: nothing went up or down, so nothing is built and the build job is skipped.
    const quiet = githubPlan(base, { ...hourly, SITE_NOW: '2027-01-13T09:45:00Z' });
    expect(quiet.sites).toEqual([]);
    expect(quiet.build).toBe('false');
    // The push itself still plans by what changed.
    expect(githubPlan(base, { SITE_NOW: '2027-01-13T09:45:00Z' }).sites).toEqual(['ashgrove', 'birchwood']);
  });
});

describe('the GitLab job for each site', () => {
  it('after a change to one school, only that school’s job installs and builds, with SCHOOL set', () => {
    const base = commit('start');
    write('content/schools/ashgrove/events/sports-day.md', 'moved\n');
    commit('Ashgrove');
    const ashgrove = gitlabJob('ashgrove', base);
    expect(ashgrove.status, ashgrove.log).toBe(0);
    expect(ashgrove.npm).toEqual(['ci --cache .npm --prefer-offline --no-audit --no-fund SCHOOL=unset', 'run build SCHOOL=ashgrove']);
    for (const site of ['birchwood', 'trust']) {
      const skipped = gitlabJob(site, base);
      expect(skipped.status, skipped.log).toBe(0);
      expect(skipped.npm).toEqual([]);
      expect(skipped.log).toMatch(new RegExp(`${site}: nothing it shows changed: skip`));
    }
  });

  it('after a change to the trust’s content, the trust’s own site is built without SCHOOL', () => {
    const base = commit('start');
    write('content/trust/policies/safeguarding.md', 'new\n');
    commit('Trust');
    expect(gitlabJob('trust', base).npm.at(-1)).toBe('run build SCHOOL=unset');
    expect(gitlabJob('birchwood', base).npm.at(-1)).toBe('run build SCHOOL=birchwood');
  });

  it('a scheduled pipeline (no commit before) builds every site; a site that is no school builds nothing', () => {
    commit('start');
    expect(gitlabJob('birchwood', '0'.repeat(40)).npm).toHaveLength(2);
    const unknown = gitlabJob('elmfield', '0'.repeat(40));
    expect(unknown.status).toBe(0);
    expect(unknown.npm).toEqual([]);
  });

  it('a site name that is not a folder name fails the job instead of building', () => {
    commit('start');
    const bad = gitlabJob('../trust', '');
    expect(bad.status).toBe(2);
    expect(bad.npm).toEqual([]);
  });
});

describe('Netlify’s ignore command (0 skips the build)', () => {
  const ignore = (site: string, base: string) =>
    sh('node --import ./scripts/ts-hooks.mjs scripts/trust-plan.ts --ignore-command --site="$SITE" --base="$BASE"', { SITE: site, BASE: base }).status;

  it('skips an unchanged school, builds a changed one, and builds when anything is wrong', () => {
    const base = commit('start');
    write('content/schools/ashgrove/pages/a.md');
    commit('one');
    expect(ignore('ashgrove', base)).toBe(1);
    expect(ignore('birchwood', base)).toBe(0);
    expect(ignore('trust', base)).toBe(0);
    expect(ignore('Not A Slug', base)).toBe(1);
    expect(ignore('birchwood', 'not-a-commit')).toBe(1);
  });

  it('a site’s first build, or a rebuild by hook (CACHED_COMMIT_REF is the commit being built), is not skipped', () => {
    commit('start');
    expect(ignore('birchwood', git('rev-parse', 'HEAD'))).toBe(1);
  });
});
