/**
 * Stops the build, naming the file, when a feed, sitemap or calendar it wrote could not be read by
 * a feed reader, a search engine or a calendar app (see src/lib/security/output-check.ts). Listed last in
 * astro.config.mjs, so it sees the files every other integration has written.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { plainFilesUnder } from '../lib/content/files';
import { builtFileProblem, outputKind, outputProblemsMessage, type OutputProblem } from '../lib/security/output-check';

/** Every feed, sitemap (`.xml`) and calendar (`.ics`) under a built folder that its readers could not parse, and how many were checked. */
export function builtOutputProblems(outDir: string): { checked: number; problems: OutputProblem[] } {
  const files = plainFilesUnder(outDir).filter((file) => outputKind(basename(file)));
  const problems: OutputProblem[] = [];
  for (const path of files) {
    const message = builtFileProblem(path, readFileSync(path));
    if (message) problems.push({ file: `/${relative(outDir, path).split(/[\\/]/).join('/')}`, message });
  }
  return { checked: files.length, problems };
}

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
