/**
 * For the hourly scheduled run of the hosting workflows: prints `build=true` when an urgent notice
 * went up or came down in the last two hours, `build=false` otherwise (for $GITHUB_OUTPUT), and
 * says why on the error stream. See scripts/lib/rebuild-due.ts.
 *   node --import ./scripts/ts-hooks.mjs scripts/rebuild-due.ts
 * The content folder is SITE_CONTENT_DIR (default content/); "now" is SITE_NOW or the clock.
 */
import { siteNow } from '../src/lib/core/time';
import { noticesDue } from './lib/rebuild-due';

const { due, notices } = noticesDue(process.env.SITE_CONTENT_DIR || 'content', (timeZone) => siteNow(timeZone));
console.error(
  due
    ? 'A notice went up or came down in the last two hours: rebuilding.'
    : `No notice went up or came down in the last two hours (${notices} notices): nothing to rebuild.`,
);
console.log(`build=${due}`);
