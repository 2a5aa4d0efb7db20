/**
 * For the hourly scheduled run of the hosting workflows: prints `build=true` when an urgent notice
 * went up or came down in the last two hours, `build=false` otherwise (for $GITHUB_OUTPUT), and
 * says why on the error stream. See scripts/lib/rebuild-due.ts.
 *   node --import ./scripts/ts-hooks.mjs scripts/rebuild-due.ts
 * The content folder is SITE_CONTENT_DIR (default content/); "now" is SITE_NOW or the clock.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { siteNow } from '../src/lib/core/time';
import { noticeTimes, rebuildDue, settingsTimeZone } from './lib/rebuild-due';

const content = process.env.SITE_CONTENT_DIR || 'content';
const settings = join(content, 'settings', 'school.yaml');
const timeZone = settingsTimeZone(existsSync(settings) ? readFileSync(settings, 'utf8') : '');
const folder = join(content, 'notices');
const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];
const times = files.flatMap((name) => noticeTimes(readFileSync(join(folder, name), 'utf8')));
const due = rebuildDue(times, siteNow(timeZone), timeZone);
console.error(
  due
    ? 'A notice went up or came down in the last two hours: rebuilding.'
    : `No notice went up or came down in the last two hours (${files.length} notices): nothing to rebuild.`,
);
console.log(`build=${due}`);
