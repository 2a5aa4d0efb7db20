/**
 * The hosting configurations: each parses, builds with the build command docs/hosting.md gives, publishes the
 * built folder, and rebuilds on push to main and once a day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { gitlabProblems, workflowProblems } from '../helpers/ci-rules.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const hostingDocs = read('docs/hosting.md');
const BUILD = 'npm run build';

describe('hosting configurations', () => {
  it('the hosting guide names the build command and the folder to publish that every configuration uses', () => {
    expect(hostingDocs).toContain(`\`${BUILD}\``);
    expect(hostingDocs).toMatch(/publish(es)? `dist\/`/);
  });

  it('GitHub Pages: builds on push to main, daily and by hand, and publishes dist', () => {
    const workflow = parseYaml(read('.github/workflows/deploy.yml'));
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = workflow.jobs.build.steps;
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', BUILD]);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
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
    expect(Object.keys(parseToml(read('netlify.toml')))).toEqual(['build']);
    // Anything more here (vars, bindings) would be published with the repository.
    expect(Object.keys(parseToml(read('wrangler.toml'))).sort()).toEqual(['compatibility_date', 'name', 'pages_build_output_dir']);
  });

  it('hosts that build by themselves are asked to rebuild daily through their hook', () => {
    const workflow = parseYaml(read('.github/workflows/rebuild-daily.yml'));
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.jobs.rebuild.steps[0].env.HOOK).toBe('${{ secrets.REBUILD_HOOK_URL }}');
    expect(workflow.jobs.rebuild.steps[0].run).toMatch(/curl --fail .* -X POST "\$HOOK"/);
  });
});

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

  it('GitLab: the image is pinned by digest and npm runs without the job token', () => {
    expect(gitlabProblems(read('.gitlab-ci.yml'))).toEqual([]);
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
