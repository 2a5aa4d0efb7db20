/**
 * Urgent notices: whether one is up at a moment, and in what order several are shown. A notice is
 * live from `starts` (included) until `expires` (not included), both school times; "now" is the
 * build's (SITE_NOW or the clock), so a rebuild is what takes a notice up or down.
 */
import { NOTICE_SEVERITIES, type Notice } from '../../schemas/notice';
import { toInstant } from '../core/time';

export type NoticeState = 'upcoming' | 'live' | 'ended';

interface NoticeLike {
  id: string;
  data: Pick<Notice, 'starts' | 'expires' | 'severity'>;
}

/** Where a notice is at `now`: not yet up, up (at the top of every page), or come down. */
export function noticeState(notice: Pick<Notice, 'starts' | 'expires'>, now: Date, timeZone: string): NoticeState {
  if (now.getTime() < toInstant(notice.starts, timeZone).getTime()) return 'upcoming';
  if (now.getTime() < toInstant(notice.expires, timeZone).getTime()) return 'live';
  return 'ended';
}

/** Newest first by when it went up, then by id so builds are stable. */
function newestPosted(a: NoticeLike, b: NoticeLike): number {
  return b.data.starts.localeCompare(a.data.starts) || a.id.localeCompare(b.id);
}

/** The notices up at `now`, most severe first (a closure above a warning above information), then the newest. */
export function liveNotices<N extends NoticeLike>(notices: readonly N[], now: Date, timeZone: string): N[] {
  const rank = (n: NoticeLike) => NOTICE_SEVERITIES.indexOf(n.data.severity);
  return notices.filter((n) => noticeState(n.data, now, timeZone) === 'live').sort((a, b) => rank(a) - rank(b) || newestPosted(a, b));
}

/** The notices in each state at `now`, each list newest first: what the archive shows. */
export function noticesByState<N extends NoticeLike>(notices: readonly N[], now: Date, timeZone: string): Record<NoticeState, N[]> {
  const sorted = [...notices].sort(newestPosted);
  const inState = (state: NoticeState) => sorted.filter((n) => noticeState(n.data, now, timeZone) === state);
  return { live: liveNotices(notices, now, timeZone), upcoming: inState('upcoming'), ended: inState('ended') };
}

/** Notices that have gone up by `now` (live or ended), newest first: a feed never announces one early. */
export function postedNotices<N extends NoticeLike>(notices: readonly N[], now: Date, timeZone: string): N[] {
  return notices.filter((n) => noticeState(n.data, now, timeZone) !== 'upcoming').sort(newestPosted);
}
