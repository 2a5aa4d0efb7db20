/** Builds the bundled demo school once, with "now" fixed, for the scenario and browser tests. */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build';

export const DEMO_NOW = '2026-11-23';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDir: string;
  }
}

export default function setup(project: TestProject) {
  // Names this test run, so builds that several files only read are made once (sharedBuild).
  process.env.SCHOOL_TEST_RUN ??= `${Date.now()}-${process.pid}`;
  // For a quick run of one fixture scenario: SKIP_DEMO_BUILD=1 npx vitest run tests/scenarios/feeds.test.ts
  if (process.env.SKIP_DEMO_BUILD) return project.provide('demoDir', '');
  // To re-run browser tests against a demo you have already built: DEMO_DIR=/tmp/dist npx vitest run tests/e2e
  if (process.env.DEMO_DIR) return project.provide('demoDir', process.env.DEMO_DIR);
  const site = buildSite('content', DEMO_NOW);
  if (!site.ok) throw new Error(`The demo site did not build:\n${site.output}`);
  project.provide('demoDir', site.outDir);
}
