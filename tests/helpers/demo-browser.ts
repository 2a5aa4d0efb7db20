/** Chromium and a server of the built demo school, shared by the tests of one file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';
import { serve } from './serve';

export interface DemoInBrowser {
  browser: Browser;
  server: Awaited<ReturnType<typeof serve>>;
}

/** Starts them before the file's tests and closes them after; read the fields inside tests. */
export function demoInBrowser(): DemoInBrowser {
  const demo = {} as DemoInBrowser;
  beforeAll(async () => {
    demo.server = await serve(inject('demoDir'));
    demo.browser = await launchBrowser();
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
