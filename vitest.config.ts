import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Scenario and browser tests build whole sites: give them time, and run files one at a time
    // so two builds never compete for the machine's two cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { TZ: 'America/New_York' },
  },
});
