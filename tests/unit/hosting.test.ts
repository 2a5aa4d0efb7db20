/**
 * The hosting configurations: each parses, builds with the build command docs/hosting.md gives, publishes the
 * built folder, and rebuilds on push to main and once a day.
 */
import { readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

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
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
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

  it('hosts that build by themselves are asked to rebuild daily through their hook', () => {
    const workflow = parseYaml(read('.github/workflows/rebuild-daily.yml'));
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.jobs.rebuild.steps[0].env.HOOK).toBe('${{ secrets.REBUILD_HOOK_URL }}');
    expect(workflow.jobs.rebuild.steps[0].run).toMatch(/curl --fail .* -X POST "\$HOOK"/);
  });
});
