/**
 * Stops the build (and the development server) before anything is generated when the content
 * has problems, listing every one of them with the file, the field and what is allowed.
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkSite, trustPublishingOf } from '../lib/content/site-check';
import { listForSite, missingItems, publishedChecklist } from '../lib/domain/governors';
import { statutoryList } from '../lib/content/statutory';
import { localDateOf, siteNow } from '../lib/core/time';
import { ContentError } from '../lib/content/problems';
import { SETTINGS_FILE, contentDir } from '../lib/content/settings';
import { dropParsed, handOverParsed } from '../lib/content/parsed-once';

export function contentCheck(): AstroIntegration {
  return {
    name: 'school:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const checked = checkSite();
        const { problems, entries, settings, parsed } = checked;
        if (problems.length > 0 || !settings) throw new ContentError(problems);
        // The content loader takes these instead of parsing each file a second time.
        handOverParsed(parsed);
        const today = localDateOf(siteNow(settings.timezone), settings.timezone);
        const missing = missingItems(
          publishedChecklist(listForSite(statutoryList(), checked.target.kind === 'trust'), settings, entries, today, trustPublishingOf(checked)),
        );
        const advice = 'Add the key to the statutory list of the page or policy that publishes it. See /governors/statutory/.';
        if (settings.statutory_missing === 'fail' && missing.must.length > 0) {
          throw new ContentError(
            missing.must.map((r) => ({
              file: join(contentDir(), SETTINGS_FILE),
              field: 'statutory_missing',
              message: `is "fail" and nothing publishes "${r.item.title}" (${r.item.key}), which the school must publish. ${advice}`,
            })),
          );
        }
        const list = (rows: typeof missing.must) => rows.map((r) => `  • ${r.item.title} (${r.item.key})`).join('\n');
        if (missing.must.length > 0) logger.warn(`${missing.must.length} item(s) the school must publish are missing:\n${list(missing.must)}\n${advice}`);
        if (missing.should.length > 0)
          logger.warn(`${missing.should.length} item(s) the guidance says the school should publish are missing:\n${list(missing.should)}\n${advice}`);
        const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
        const schools = checked.schools ? `, and ${Object.keys(checked.schools).length} schools’ content` : '';
        logger.info(`Content checked: ${total} entries${schools}, no problems, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
      // The content is loaded by now: what the loader did not take (entries Astro kept) is let go.
      'astro:build:start': () => dropParsed(),
      'astro:server:start': () => dropParsed(),
    },
  };
}
