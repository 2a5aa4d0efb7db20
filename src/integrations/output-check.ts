/**
 * Stops the build, naming the file, when a feed, sitemap or calendar it wrote could not be read by
 * a feed reader, a search engine or a calendar app (see src/lib/security/output-check.ts). Listed last in
 * astro.config.mjs, so it sees the files every other integration has written.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtOutputProblems, outputProblemsMessage } from '../lib/security/output-check';

export function outputCheck(): AstroIntegration {
  return {
    name: 'school:output-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { checked, problems } = builtOutputProblems(fileURLToPath(dir));
        if (problems.length) throw new Error(outputProblemsMessage(problems));
        logger.info(`Checked ${checked} feeds, sitemaps and calendars: all readable (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
