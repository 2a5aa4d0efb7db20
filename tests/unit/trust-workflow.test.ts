/**
 * The trust's workflows wired as the plan expects: the build matrix comes from the plan job's
 * output, each job builds the school its matrix entry names, with its own cache and artifact, and
 * the GitLab jobs list the sites and ask the plan before installing anything.
 * (tests/scenarios/trust-plan.test.ts runs the plan step and the GitLab script themselves.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Step = { id?: string; run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string> };
const workflow = parse(readFileSync('.github/workflows/trust.yml', 'utf8'));
const planSteps: Step[] = workflow.jobs.plan.steps;
const buildSteps: Step[] = workflow.jobs.build.steps;

describe('.github/workflows/trust.yml', () => {
  it('runs on push to main, daily, hourly for urgent notices, and by hand', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule.map((s: { cron: string }) => s.cron)).toEqual([expect.stringMatching(/^\d+ \d+ \* \* \*$/), '45 * * * *']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('the plan compares with the commit before the push, in a clone that holds it', () => {
    const checkout = planSteps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with!['fetch-depth']).toBe(0);
    const plan = planSteps.find((s) => s.id === 'plan')!;
    expect(plan.env!.BASE).toBe('${{ github.event.before }}');
    expect(plan.run).toContain('node --import ./scripts/ts-hooks.mjs scripts/trust-plan.ts --base="$BASE"');
    // The hourly run plans by the sites' notices instead (tests/scenarios/trust-plan.test.ts runs both).
    expect(plan.env!.SCHEDULE).toBe('${{ github.event.schedule }}');
    expect(plan.run).toContain(`if [ "$SCHEDULE" = '45 * * * *' ]; then`);
    expect(workflow.jobs.plan.outputs).toEqual({ matrix: '${{ steps.plan.outputs.matrix }}', build: '${{ steps.plan.outputs.build }}' });
  });

  it('the build matrix is the plan’s, and an empty plan skips the build job', () => {
    expect(workflow.jobs.build.needs).toBe('plan');
    expect(workflow.jobs.build.strategy.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    expect(workflow.jobs.build.if).toBe("needs.plan.outputs.build == 'true'");
    // One school's broken content does not cancel the other schools' builds.
    expect(workflow.jobs.build.strategy['fail-fast']).toBe(false);
  });

  it('each job builds the school its matrix entry names, with the trust found as in the plan', () => {
    const build = buildSteps.find((s) => s.run === 'npm run build')!;
    expect(build.env!.SCHOOL).toBe('${{ matrix.school }}');
    expect(build.env!.SITE_TRUST_DIR).toBe('${{ vars.SITE_TRUST_DIR }}');
    expect(planSteps.find((s) => s.id === 'plan')!.env!.SITE_TRUST_DIR).toBe('${{ vars.SITE_TRUST_DIR }}');
    expect(buildSteps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
  });

  it('each site has its own build cache, restored after npm ci and before the build', () => {
    const at = buildSteps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    const cache = buildSteps[at]!.with!;
    expect(at).toBeGreaterThan(buildSteps.findIndex((s) => s.run?.startsWith('npm ci')));
    expect(at).toBeLessThan(buildSteps.findIndex((s) => s.run === 'npm run build'));
    expect(cache.path).toBe('.cache/site');
    expect(cache.key).toMatch(/^site-build-\$\{\{ matrix\.site \}\}-\$\{\{ hashFiles\(.*'src\/\*\*'.*vars\.SITE_TRUST_DIR.*\) \}\}$/);
    expect(cache['restore-keys']).toBe('site-build-${{ matrix.site }}-');
    expect(buildSteps.find((s) => s.run === 'npm run build')!.env!.SITE_CACHE_DIR).toBe('.cache/site');
  });

  it('each site’s files are uploaded under the site’s name', () => {
    const upload = buildSteps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ name: '${{ matrix.site }}', path: 'dist' });
  });
});

describe('.gitlab/trust.gitlab-ci.yml', () => {
  const job = parse(readFileSync('.gitlab/trust.gitlab-ci.yml', 'utf8'))['trust-sites'];

  it('one job per site, the trust’s own first', () => {
    const sites: string[] = job.parallel.matrix[0].SITE;
    expect(sites[0]).toBe('trust');
    expect(sites.length).toBeGreaterThan(1);
  });

  it('each job asks the plan about its site before installing anything, comparing with the commit before the push', () => {
    const script: string[] = job.script;
    expect(script[0]).toContain('scripts/trust-plan.ts --site="$SITE" --base="$CI_COMMIT_BEFORE_SHA"');
    expect(script[0]).toMatch(/if \[ "\$planned" = 1 \]; then exit 0; fi/);
    expect(script.findIndex((line) => line.startsWith('npm ci'))).toBe(1);
    expect(script.at(-1)).toBe('npm run build');
    // A shallow clone of one commit cannot hold the commit before the push.
    expect(Number(job.variables.GIT_DEPTH)).toBeGreaterThan(1);
  });

  it('each site keeps its own build cache and its own artifact', () => {
    expect(job.cache.map((c: { key: unknown }) => c.key)).toContain('site-build-$SITE');
    expect(job.artifacts).toMatchObject({ name: '$SITE', paths: ['dist/'] });
    expect(job.rules[0].if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
  });
});
