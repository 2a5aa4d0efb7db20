import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The machine's zone is set to New York so any leak of machine time into output fails a test.
// NO_COLOR: the builds and scripts the tests start print plain text, as they do on a terminal-less
// machine, even where CI is set (Astro colours its log whenever CI is set, and a test reading
// "page (restored)" would then find an escape code between the two).
const env = { TZ: 'America/New_York', NO_COLOR: '1' };

export default defineConfig({
  // The project's import alias (tsconfig.json): @/ is src/.
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env } },
      {
        test: {
          name: 'site',
          include: ['tests/scenarios/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          env,
          // Builds the demo school once for every test that looks at it.
          globalSetup: ['tests/helpers/demo-setup.ts'],
          // Whole-site builds: give them time, and run one file at a time so two builds never
          // compete for the machine's two cores.
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
