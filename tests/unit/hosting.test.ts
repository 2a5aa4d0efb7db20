/**
 * The hosting configurations: each parses, builds with the build command docs/hosting.md gives, publishes the
 * built folder, and rebuilds on push to main, once a day, and within the hour of an urgent notice
 * going up or coming down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { gitlabProblems, importsOf, workflowProblems } from '../helpers/ci-rules.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const hostingDocs = read('docs/hosting.md');
const BUILD = 'npm run build';

describe('hosting configurations', () => {
  it('the hosting guide names the build command and the folder to publish that every configuration uses', () => {
    expect(hostingDocs).toContain(`\`${BUILD}\``);
    expect(hostingDocs).toMatch(/publish(es)? `dist\/`/);
  });

  it('GitHub Pages: builds on push to main, daily, in the hour a notice goes up or down, and by hand, and publishes dist', () => {
    const workflow = parseYaml(read('.github/workflows/deploy.yml'));
    expect(workflow.on.push.branches).toEqual(['main']);
    expectDailyAndHourlyForNotices(workflow, workflow.jobs.due.steps);
    expect(workflow.jobs.build.needs).toBe('due');
    expect(workflow.jobs.build.if).toBe("needs.due.outputs.build == 'true'");
    expect(workflow.jobs.due.outputs.build).toBe('${{ steps.due.outputs.build }}');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = workflow.jobs.build.steps;
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', BUILD]);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('GitLab Pages: the guide to its schedule offers hourly builds, so a notice comes down within the hour', () => {
    expect(read('.gitlab-ci.yml')).toMatch(/^#\s+"5 \* \* \* \*"\s+every hour/m);
  });

  it('GitLab Pages: the pages job builds and publishes the built site as public/', () => {
    const ci = parseYaml(read('.gitlab-ci.yml'));
    expect(ci.pages.script).toContain(BUILD);
    expect(ci.pages.script.at(-1)).toBe('rm -rf public && mv dist public');
    expect(ci.pages.artifacts.paths).toEqual(['public']);
    expect(ci.pages.rules[0].if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
  });

  it('Netlify and Cloudflare Pages: build command and output folder', () => {
    const netlify = parseToml(read('netlify.toml')) as { build: { command: string; publish: string } };
    expect(netlify.build).toMatchObject({ command: BUILD, publish: 'dist' });
    const wrangler = parseToml(read('wrangler.toml')) as { pages_build_output_dir: string };
    expect(wrangler.pages_build_output_dir).toBe('dist');
    expect(read('wrangler.toml')).toContain(`"${BUILD}"`);
  });

  it('Netlify and Cloudflare Pages take their headers from dist/_headers alone, and the files hold nothing else', () => {
    // Netlify would apply [[headers]] from netlify.toml on top of _headers' rules.
    expect(Object.keys(parseToml(read('netlify.toml')))).toEqual(['build', 'plugins']);
    // Anything more here (vars, bindings) would be published with the repository.
    expect(Object.keys(parseToml(read('wrangler.toml'))).sort()).toEqual(['compatibility_date', 'name', 'pages_build_output_dir']);
  });

  it('hosts that build by themselves are asked to rebuild through their hook daily and in the hour a notice goes up or down', () => {
    const workflow = parseYaml(read('.github/workflows/rebuild-daily.yml'));
    const steps: { id?: string; if?: string; run?: string; env?: Record<string, string> }[] = workflow.jobs.rebuild.steps;
    expectDailyAndHourlyForNotices(workflow, steps);
    const hook = steps.at(-1)!;
    expect(hook.if).toBe("steps.due.outputs.build == 'true'");
    expect(hook.env!.HOOK).toBe('${{ secrets.REBUILD_HOOK_URL }}');
    expect(hook.run).toMatch(/curl --fail .* -X POST "\$HOOK"/);
  });
});

describe('the build cache on each host', () => {
  const CACHE = '.cache/site';

  it('GitHub Pages: restores and saves the cache folder the build uses, after npm ci (which would empty node_modules) and before the build', () => {
    const steps: { run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[] = parseYaml(
      read('.github/workflows/deploy.yml'),
    ).jobs.build.steps;
    const at = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    const build = steps.findIndex((s) => s.run === BUILD);
    expect(at).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
    expect(at).toBeLessThan(build);
    expect(steps[at]!.with!.path).toBe(CACHE);
    expect(steps[build]!.env!.SITE_CACHE_DIR).toBe(CACHE);
    // A new key when the content or the code changes, and the newest earlier cache restored otherwise.
    expect(steps[at]!.with!.key).toMatch(/^site-build-\$\{\{ hashFiles\(.*'content\/\*\*'.*\) \}\}$/);
    expect(steps[at]!.with!['restore-keys']).toBe('site-build-');
  });

  it('GitLab Pages: the pages job keeps the cache folder the build uses, outside node_modules, beside the npm cache', () => {
    const ci = parseYaml(read('.gitlab-ci.yml'));
    expect(ci.pages.variables.SITE_CACHE_DIR).toBe(CACHE);
    expect(ci.pages.cache.flatMap((c: { paths: string[] }) => c.paths)).toEqual(['.npm/', `${CACHE}/`]);
  });

  it('Netlify: the local plugin restores and saves the cache folder the build uses', () => {
    const netlify = parseToml(read('netlify.toml')) as { build: { environment: Record<string, string> }; plugins: { package: string }[] };
    expect(netlify.build.environment.SITE_CACHE_DIR).toBe(CACHE);
    expect(netlify.plugins).toEqual([{ package: './netlify/plugins/site-cache' }]);
    const plugin = read('netlify/plugins/site-cache/index.js');
    expect(plugin).toMatch(/onPreBuild[\s\S]*utils\.cache\.restore\(folder\(\)\)/);
    expect(plugin).toMatch(/onPostBuild[\s\S]*utils\.cache\.save\(folder\(\)\)/);
    // A deploy preview (a branch or pull request) neither uses nor fills the production build's cache.
    expect(plugin).toContain("process.env.CONTEXT === 'production'");
    expect(plugin.match(/if \(!production\(\)\) return;/g)).toHaveLength(2);
    expect(parseYaml(read('netlify/plugins/site-cache/manifest.yml')).name).toBe('site-cache');
  });

  it("Cloudflare Pages: the build keeps its cache in Astro's own folder, which Pages' build cache keeps", () => {
    expect(read('wrangler.toml')).toContain('node_modules/.astro');
    expect(read('astro.config.mjs')).toMatch(/process\.env\.SITE_CACHE_DIR \? \{ cacheDir: process\.env\.SITE_CACHE_DIR \} : \{\}/);
  });

  it('the hosting guide explains the cache for every host', () => {
    const section = hostingDocs.slice(hostingDocs.indexOf('## The build cache'));
    for (const host of ['GitHub Pages', 'GitLab Pages', 'Netlify', 'Cloudflare Pages']) expect(section).toContain(`**${host}**`);
  });
});

describe('the hourly check', () => {
  it.each(['.github/workflows/deploy.yml', '.github/workflows/rebuild-daily.yml'])(
    '%s checks out everything it runs, and it runs no npm package (it comes before npm ci)',
    (name) => {
      const workflow = parseYaml(read(name));
      const steps: { uses?: string; with?: Record<string, string> }[] = (workflow.jobs.due ?? workflow.jobs.rebuild).steps;
      const folders = steps
        .find((s) => s.uses?.startsWith('actions/checkout@'))!
        .with!['sparse-checkout']!.trim()
        .split('\n');
      const { files, others } = importsOf('scripts/rebuild-due.ts');
      for (const file of [...files, 'scripts/ts-hooks.mjs'])
        expect(
          folders.some((f) => file.startsWith(`${f}/`)),
          file,
        ).toBe(true);
      expect([...others].filter((spec) => !spec.startsWith('node:'))).toEqual([]);
      expect(folders).toContain('content/notices');
    },
  );
});

/**
 * A workflow's schedule: a daily run that always builds, and an hourly one whose `due` step builds
 * only when scripts/rebuild-due.ts says a notice went up or came down (every other run builds).
 */
function expectDailyAndHourlyForNotices(workflow: any, steps: { id?: string; run?: string; env?: Record<string, string> }[]): void {
  const crons: string[] = workflow.on.schedule.map((s: { cron: string }) => s.cron);
  expect(crons).toHaveLength(2);
  const [daily, hourly] = crons as [string, string];
  expect(daily).toMatch(/^\d+ \d+ \* \* \*$/);
  // Every hour: an expiry takes effect within the hour.
  expect(hourly).toMatch(/^\d+ \* \* \* \*$/);
  const due = steps.find((s) => s.id === 'due')!;
  expect(due.env!.SCHEDULE).toBe('${{ github.event.schedule }}');
  // The hourly run asks the script; any other run (push, daily, by hand) builds.
  expect(due.run).toContain(`if [ "$SCHEDULE" = '${hourly}' ]; then`);
  expect(due.run).toMatch(/node --import \.\/scripts\/ts-hooks\.mjs scripts\/rebuild-due\.ts >> "\$GITHUB_OUTPUT"/);
  expect(due.run).toMatch(/else\s+echo build=true >> "\$GITHUB_OUTPUT"/);
}

const workflows = readdirSync('.github/workflows').filter((name) => /\.ya?ml$/.test(name));
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';

describe('least privilege in CI', () => {
  it.each(workflows)('%s: permissions per job, no write where npm runs, actions pinned by commit, no token left in .git', (name) => {
    expect(workflowProblems(read(`.github/workflows/${name}`))).toEqual([]);
  });

  it('GitHub Pages: the build can only read; only the deploy job, which runs no npm, can publish', () => {
    const workflow = parseYaml(read('.github/workflows/deploy.yml'));
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(workflow.jobs.deploy.steps)).not.toMatch(/npm|checkout/);
  });

  it.each(['.gitlab-ci.yml', '.gitlab/trust.gitlab-ci.yml'])('GitLab %s: the image is pinned by digest and npm runs without the job token', (name) => {
    expect(gitlabProblems(read(name))).toEqual([]);
  });

  it("the trust's sites: the build can only read, and the plan runs before npm ci and no npm package", () => {
    const workflow = parseYaml(read('.github/workflows/trust.yml'));
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.plan.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(workflow.jobs.plan.steps)).not.toMatch(/npm /);
    const { files, others } = importsOf('scripts/trust-plan.ts');
    expect([...others].filter((spec) => !spec.startsWith('node:'))).toEqual([]);
    // The scripts and the core (time zones, for the hourly run's notices): neither imports a package.
    expect([...files].filter((file) => !file.startsWith('scripts/') && !file.startsWith('src/lib/core/'))).toEqual([]);
  });

  // Each rule catches what it is for: a checker that passed everything would pass the files above.
  const job = (permissions: string, steps: string) => `jobs:\n  build:\n${permissions}    runs-on: ubuntu-latest\n    steps:\n${steps}`;
  const npm = '      - run: npm ci\n';
  const checkout = `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n`;
  it.each([
    ['no top-level permissions', job('', checkout), 'no top-level permissions'],
    ['write for every job', `permissions: write-all\n${job('', checkout)}`, 'top-level permissions grant write'],
    [
      'npm with a write scope',
      `permissions: {}\n${job('    permissions:\n      contents: write\n', checkout + npm)}`,
      'job build runs npm with write permission',
    ],
    ['npm with id-token', `permissions:\n  id-token: write\n${job('', npm)}`, 'job build runs npm with write permission'],
    ['npm under the repository default', `on: push\n${job('', npm)}`, "job build runs npm with the repository's default permissions"],
    ['an action by tag', `permissions: {}\n${job('', '      - uses: actions/setup-node@v4\n')}`, 'actions/setup-node@v4 is not pinned to a full commit SHA'],
    ['an action by short SHA', `permissions: {}\n${job('', '      - uses: actions/setup-node@8207627 # v7.0.0\n')}`, 'is not pinned to a full commit SHA'],
    [
      'a pin without its release',
      `permissions: {}\n${job('', `      - uses: ${CHECKOUT.split(' ')[0]}\n        with:\n          persist-credentials: false\n`)}`,
      'has no "# vX.Y.Z" comment',
    ],
    ['a reusable workflow by branch', 'permissions: {}\njobs:\n  call:\n    uses: someone/else/.github/workflows/x.yml@main\n', 'x.yml@main is not pinned'],
    ['a container action by tag', `permissions: {}\n${job('', '      - uses: docker://node:22\n')}`, 'docker://node:22 is not pinned by digest'],
    ['a checkout that keeps the token', `permissions: {}\n${job('', `      - uses: ${CHECKOUT}\n`)}`, 'without persist-credentials: false'],
    ['an expression in a run script', `permissions: {}\n${job('', '      - run: echo "${{ matrix.site }}"\n')}`, 'job build: a run script with ${{ … }} in it'],
    [
      'a checkout that asks to keep it',
      `permissions: {}\n${job('', `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: true\n`)}`,
      'without persist-credentials: false',
    ],
  ])('a workflow with %s is refused', (_, text, problem) => {
    expect(workflowProblems(text).join('\n')).toContain(problem);
  });

  it('a workflow that follows every rule, with a local action, passes', () => {
    const text = `permissions: {}\n${job('    permissions:\n      contents: read\n', `${checkout}      - uses: ./.github/actions/local\n${npm}`)}`;
    expect(workflowProblems(text)).toEqual([]);
  });

  const digest = `node:22@sha256:${'a'.repeat(64)}`;
  const unset = '    - unset CI_JOB_TOKEN CI_REGISTRY_PASSWORD CI_DEPENDENCY_PROXY_PASSWORD CI_REPOSITORY_URL\n';
  it.each([
    ['an image by tag', 'image: node:22\n', 'image node:22 is not pinned by digest'],
    ['a job image by tag', `image: ${digest}\nbuild:\n  image:\n    name: node:22-slim\n  script: [ls]\n`, 'build.image node:22-slim is not pinned'],
    ['a default image by a short digest', 'default:\n  image: node:22@sha256:abc\n', 'default.image node:22@sha256:abc is not pinned'],
    ['npm with the job token', `image: ${digest}\npages:\n  script:\n    - npm ci\n`, 'job pages runs npm with CI_JOB_TOKEN, CI_REGISTRY_PASSWORD'],
    ['the token removed too late', `image: ${digest}\npages:\n  script:\n    - npm ci\n${unset}`, 'job pages runs npm with CI_JOB_TOKEN'],
    [
      'one alias of the token kept',
      `image: ${digest}\npages:\n  script:\n    - unset CI_JOB_TOKEN CI_REPOSITORY_URL\n    - npm run build\n`,
      'runs npm with CI_REGISTRY_PASSWORD, CI_DEPENDENCY_PROXY_PASSWORD still set',
    ],
  ])('a GitLab configuration with %s is refused', (_, text, problem) => {
    expect(gitlabProblems(text).join('\n')).toContain(problem);
  });

  it('a GitLab configuration that removes the token in before_script passes', () => {
    expect(gitlabProblems(`image: ${digest}\ndefault:\n  before_script:\n${unset}pages:\n  script:\n    - npm ci\n`)).toEqual([]);
  });
});
