/**
 * Stops the build (and the development server) before anything is generated when the content
 * has problems, listing every one of them with the file, the field and what is allowed.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check';
import { ContentError } from '../lib/problems';
import { contentDir } from '../lib/settings';

export function contentCheck(): AstroIntegration {
  return {
    name: 'school:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems, entries } = checkContent(contentDir());
        if (problems.length > 0) throw new ContentError(problems);
        const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
        logger.info(`Content checked: ${total} entries, no problems.`);
      },
    },
  };
}
