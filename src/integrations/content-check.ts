/**
 * Stops the build (and the development server) before anything is generated when the content
 * has problems, listing every one of them with the file, the field and what is allowed.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check';
import { statutoryChecklist } from '../lib/governors';
import { statutoryItems } from '../lib/statutory';
import { localDateOf, siteNow } from '../lib/time';
import { ContentError } from '../lib/problems';
import { contentDir } from '../lib/settings';

export function contentCheck(): AstroIntegration {
  return {
    name: 'school:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems, entries, settings } = checkContent(contentDir());
        if (problems.length > 0 || !settings) throw new ContentError(problems);
        const live = <T extends { data: Record<string, unknown> }>(list: T[]) => list.filter((e) => !e.data.draft) as never[];
        const today = localDateOf(siteNow(settings.timezone), settings.timezone);
        const missing = statutoryChecklist(statutoryItems(), settings, live(entries.policies), live(entries.pages), today).filter((r) => r.status === 'missing');
        if (missing.length > 0) {
          const list = missing.map((r) => `  • ${r.item.title} (${r.item.key})`).join('\n');
          const advice = 'Add the key to the statutory list of the page or policy that publishes it. See /governors/statutory/.';
          if (settings.statutory_missing === 'fail') {
            throw new ContentError(missing.map((r) => ({ file: 'content/settings/school.yaml', field: 'statutory_missing', message: `is "fail" and nothing publishes "${r.item.title}" (${r.item.key}). ${advice}` })));
          }
          logger.warn(`${missing.length} item(s) the law asks the school to publish are missing:\n${list}\n${advice}`);
        }
        const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
        logger.info(`Content checked: ${total} entries, no problems.`);
      },
    },
  };
}
