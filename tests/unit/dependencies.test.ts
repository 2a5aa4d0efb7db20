/**
 * Keeping the shipped software current: the update bots' configurations cover every kind of
 * dependency the project has, the editor (bundled into /admin/) gets its own proposals, and the
 * build log names the versions that are actually installed.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildVersions, installedVersion, REPORTED_PACKAGES, versionReport } from '../../src/integrations/build-versions';

const read = (path: string) => readFileSync(path, 'utf8');
const EDITOR = 'decap-cms-app';

/** Whether a bot's `*` pattern matches a package name. */
const matches = (pattern: string, name: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
  ).test(name);

describe('update bots', () => {
  const packageJson = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };

  it('the editor is one of the packages shipped to visitors', () => {
    expect(Object.keys(packageJson.dependencies)).toContain(EDITOR);
  });

  it('Dependabot (GitHub): npm and the workflow actions, weekly, new releases held three days, the editor on its own', () => {
    const config = parseYaml(read('.github/dependabot.yml'));
    expect(config.version).toBe(2);
    const byEcosystem = Object.fromEntries(config.updates.map((update: { 'package-ecosystem': string }) => [update['package-ecosystem'], update]));
    expect(Object.keys(byEcosystem).sort()).toEqual(['github-actions', 'npm']);
    for (const update of Object.values(byEcosystem) as { directory: string; schedule: { interval: string }; cooldown: { 'default-days': number } }[]) {
      expect(update.directory).toBe('/');
      expect(update.schedule.interval).toBe('weekly');
      expect(update.cooldown['default-days']).toBeGreaterThanOrEqual(3);
    }
    // Dependabot puts a package in the first group that matches it.
    const [first] = Object.values(byEcosystem.npm.groups) as { patterns?: string[] }[];
    expect(first?.patterns?.some((pattern) => matches(pattern, EDITOR))).toBe(true);
    expect(first?.patterns?.some((pattern) => matches(pattern, 'astro'))).toBe(false);
  });

  it('Renovate (GitLab, Gitea, Forgejo): npm, the CI image and the actions, new npm releases held three days, the editor on its own', () => {
    const config = JSON.parse(read('renovate.json'));
    expect(config.extends).toContain('config:recommended');
    expect(config.osvVulnerabilityAlerts).toBe(true);
    type Rule = {
      matchManagers?: string[];
      matchDatasources?: string[];
      matchPackageNames?: string[];
      matchUpdateTypes?: string[];
      minimumReleaseAge?: string;
      groupName?: string;
    };
    const rules: Rule[] = config.packageRules;
    expect(rules.find((rule) => rule.matchDatasources?.includes('npm'))?.minimumReleaseAge).toBe('3 days');
    for (const manager of ['npm', 'gitlabci', 'github-actions']) expect(rules.some((rule) => rule.matchManagers?.includes(manager))).toBe(true);
    // Renovate applies every matching rule in order, so the last groupName that matches wins.
    const groupOf = (name: string) =>
      rules
        .filter(
          (rule) =>
            rule.matchManagers?.includes('npm') &&
            (!rule.matchPackageNames || rule.matchPackageNames.some((pattern) => matches(pattern, name))) &&
            rule.groupName,
        )
        .at(-1)?.groupName;
    expect(groupOf(EDITOR)).toMatch(/editor/);
    expect(groupOf('astro')).not.toMatch(/editor/);
  });
});

describe('a proposed update is checked before anyone merges it', () => {
  const CHECKS = ['npm ci --no-audit --no-fund', 'npm run test:unit', 'npm run build'];

  it('GitHub: every pull request gets the unit tests and a full build', () => {
    const workflow = parseYaml(read('.github/workflows/check.yml'));
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const runs = (workflow.jobs.check.steps as { run?: string }[]).map((step) => step.run).filter(Boolean);
    expect(runs).toEqual(CHECKS);
  });

  it('GitLab: every merge request gets the unit tests and a full build', () => {
    const ci = parseYaml(read('.gitlab-ci.yml'));
    expect(ci.check.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    const runs = [...ci.default.before_script, ...ci.check.script].filter((line: string) => line.startsWith('npm'));
    expect(runs).toEqual(CHECKS.map((command) => command.replace('npm ci', 'npm ci --cache .npm --prefer-offline')));
  });
});

/** A project folder with the given packages installed: `{ name: package.json text }`. */
function projectWith(packages: Record<string, string>, nested = ''): string {
  const root = mkdtempSync(join(tmpdir(), 'versions-'));
  for (const [name, json] of Object.entries(packages)) {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    writeFileSync(join(root, 'node_modules', name, 'package.json'), json);
  }
  mkdirSync(join(root, nested), { recursive: true });
  return join(root, nested);
}

describe('the build reports the versions it was built with', () => {
  it('names the installed editor, generator and search engine, read from node_modules', () => {
    const installed = (name: string) => JSON.parse(read(`node_modules/${name}/package.json`)).version as string;
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version: string }> };
    const report = versionReport(process.cwd());
    for (const name of REPORTED_PACKAGES) {
      expect(report).toContain(`${name} ${installed(name)}`);
      // The lock file is what `npm ci` installs: the report agrees with it.
      expect(installed(name)).toBe(lock.packages[`node_modules/${name}`]!.version);
    }
    expect(report).toMatch(new RegExp(`^Built with astro [\\d.]+, ${EDITOR} [\\d.]+, pagefind [\\d.]+ on Node ${process.versions.node}\\.$`));
  });

  it('finds packages in a parent folder, as Node does, and says which are missing', () => {
    const dir = projectWith({ 'decap-cms-app': '{"version":"3.99.0"}' }, 'sites/school');
    expect(installedVersion('decap-cms-app', dir)).toBe('3.99.0');
    expect(installedVersion('pagefind', dir)).toBeUndefined();
    expect(versionReport(dir, '24.0.0')).toBe('Built with astro not installed, decap-cms-app 3.99.0, pagefind not installed on Node 24.0.0.');
  });

  it('prints nothing from a package.json that is broken or hostile', () => {
    const dir = projectWith({
      astro: '{"version":"1.0.0\\n::error::the build was tampered with"}',
      'decap-cms-app': '{not json',
      pagefind: '{"version":{"toString":"1.0.0"}}',
    });
    expect(versionReport(dir, '24.0.0')).toBe('Built with astro unreadable, decap-cms-app unreadable, pagefind unreadable on Node 24.0.0.');
  });

  it('logs the line when a build starts, for the project it builds', async () => {
    const dir = projectWith({ astro: '{"version":"7.0.0"}', 'decap-cms-app': '{"version":"3.0.0"}', pagefind: '{"version":"1.0.0"}' });
    const integration = buildVersions();
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line) };
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${dir}/`) } });
    await hooks['astro:build:start']!({ logger });
    expect(logged).toEqual([`Built with astro 7.0.0, decap-cms-app 3.0.0, pagefind 1.0.0 on Node ${process.versions.node}.`]);
  });

  it('is part of the site build', async () => {
    const config = (await import('../../astro.config.mjs')).default as { integrations: { name: string }[] };
    expect(config.integrations.map((integration) => integration.name)).toContain('school:build-versions');
  });
});
