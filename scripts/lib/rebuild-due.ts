/**
 * Whether an hourly scheduled run should rebuild the site: only when an urgent notice went up or
 * came down since about the previous run. The site is static, so a notice's expiry only takes
 * effect when the site is built again; building every hour would use up a host's free build
 * minutes, and most hours nothing changes. The daily build and every push build regardless.
 *
 * It runs on the CI machine's own Node before `npm ci`, so it reads the notices without the YAML
 * parser: the `starts:` and `expires:` lines of each notice's frontmatter. The content check makes
 * sure those are school times written YYYY-MM-DDTHH:mm, and a line it cannot read costs at most
 * one missed or one extra build (the daily build still comes).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toInstant, type LocalDateTime } from '../../src/lib/core/time';

/**
 * How far back a run looks for a notice going up or down: two hours, so a run that GitHub starts
 * late, or skips (it does, when busy), is covered by the next. A notice may then be built twice.
 */
export const LOOK_BACK_MINUTES = 120;

const FIELD = /^(starts|expires):[ \t]*["']?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2})?["']?[ \t]*(?:#.*)?$/gm;

/** The school times a notice file goes up and comes down (none for a draft or an unreadable file). */
export function noticeTimes(text: string): LocalDateTime[] {
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1];
  if (!frontmatter || /^draft:[ \t]*true[ \t]*$/m.test(frontmatter)) return [];
  return [...frontmatter.matchAll(FIELD)].map((m) => m[2]!);
}

/** The school's time zone from its settings file's `timezone:` line (Europe/London when it has none). */
export function settingsTimeZone(settingsText: string): string {
  return /^timezone:[ \t]*["']?([A-Za-z0-9_+\-/]+)["']?[ \t]*(?:#.*)?$/m.exec(settingsText)?.[1] ?? 'Europe/London';
}

/** Whether one of these school times fell in the last `LOOK_BACK_MINUTES` before `now`. */
export function rebuildDue(times: readonly LocalDateTime[], now: Date, timeZone: string): boolean {
  const from = now.getTime() - LOOK_BACK_MINUTES * 60_000;
  return times.some((time) => {
    const at = toInstant(time, timeZone).getTime();
    return at > from && at <= now.getTime();
  });
}

/**
 * Whether the site whose content folder is `content` must be rebuilt this hour: an urgent notice in
 * its notices/ went up or came down in the last two hours, in the time zone of its settings. How many
 * notices were read, for the log. A folder without notices never is.
 */
export function noticesDue(content: string, now: (timeZone: string) => Date): { due: boolean; notices: number } {
  const settings = join(content, 'settings', 'school.yaml');
  const timeZone = settingsTimeZone(existsSync(settings) ? readFileSync(settings, 'utf8') : '');
  const folder = join(content, 'notices');
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];
  const times = files.flatMap((name) => noticeTimes(readFileSync(join(folder, name), 'utf8')));
  return { due: rebuildDue(times, now(timeZone), timeZone), notices: files.length };
}
