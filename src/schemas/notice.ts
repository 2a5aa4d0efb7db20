/**
 * An urgent notice: `content/notices/<slug>.md` → `/notices/<slug>/`. While it is live (from
 * `starts` until `expires`, school time) it is shown at the top of every page of the site; before
 * and after, only on its own page and in the archive at `/notices/`.
 */
import { z } from 'astro/zod';
import { compareLocal, isRealLocalDateTime, wallClockMinutesBetween } from '../lib/core/time';
import { dateTimeWithin, draft, linkOrSitePath, oneOf, summary, text } from './common';

/** How urgent a notice is, most severe first: the order notices are shown in when several are live. */
export const NOTICE_SEVERITIES = ['closure', 'warning', 'info'] as const;

/**
 * The longest a notice may stay at the top of every page without `long_running: true`. A banner
 * left up for weeks stops being read, and one whose expiry was mistyped (2026-10-09 for 2026-01-09)
 * would sit above every page for months.
 */
export const NOTICE_MAX_DAYS = 14;

/** Notices are for now or the next few weeks: a start in the year after next is a mistyped year. */
const NOTICE_YEARS_AHEAD = 1;

export const noticeSchema = z
  .object({
    /** The heading parents see at the top of every page, such as "Snow: school closed today". */
    title: text({ max: 120 }),
    /** closure (the school is closed), warning (something parents must act on) or info. */
    severity: oneOf(NOTICE_SEVERITIES),
    /** When it goes up, in school time (2026-01-08T06:30). Shown as the time it was posted. */
    starts: dateTimeWithin('notices must be', NOTICE_YEARS_AHEAD),
    /** When it comes down, in school time (2026-01-09T00:00 for the end of 8 January). */
    expires: dateTimeWithin('notices must be', NOTICE_YEARS_AHEAD),
    /** One or two sentences shown under the heading at the top of the page and in feeds. */
    summary,
    /** Optional: where to read more, a page of this site (/term-dates/) or a secure web address (https://). */
    link: linkOrSitePath.optional(),
    /** Set to true for a notice that really must stay up longer than 14 days (building works, say). */
    long_running: z.boolean({ error: 'must be true or false.' }).default(false),
    draft,
  })
  .superRefine((v, ctx) => {
    // An unreadable date has its own problem already.
    if (!isRealLocalDateTime(v.starts) || !isRealLocalDateTime(v.expires)) return;
    if (compareLocal(v.expires, v.starts) <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['expires'],
        message: `"${v.expires}" is not after the start ("${v.starts}"). A notice must come down after it goes up: check the date and time.`,
      });
      return;
    }
    const days = wallClockMinutesBetween(v.starts, v.expires) / (24 * 60);
    if (days > NOTICE_MAX_DAYS && !v.long_running) {
      ctx.addIssue({
        code: 'custom',
        path: ['expires'],
        message: `"${v.expires}" is ${Math.ceil(days)} days after the start ("${v.starts}"). A notice sits at the top of every page, so it may last at most ${NOTICE_MAX_DAYS} days: choose an earlier date, or set long_running: true if it really must stay up that long.`,
      });
    }
  });

export type Notice = z.infer<typeof noticeSchema>;
/** A severity as the schema accepts it (each needs a label in src/lib/domain/labels.ts). */
export type NoticeSeverity = Notice['severity'];
