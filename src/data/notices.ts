/**
 * Urgent notices as pages show them: the live ones at the top of every page, in the page's
 * language when a translation is published (otherwise in the main language, marked as such).
 */
import type { NoticeSeverity } from '../schemas/notice';
import { entryPath } from '../schemas/routes';
import { memoise } from '../lib/core/memo';
import type { LocalDateTime } from '../lib/core/time';
import { liveNotices } from '../lib/domain/notices';
import { specialAnnouncementJsonLd } from '../lib/domain/structured-data';
import { getNotices, inBuild, now, settings, type Notice } from './site';
import { translationsIn } from './translations';

/** A notice as the top of a page shows it. */
export interface ShownNotice {
  id: string;
  severity: NoticeSeverity;
  title: string;
  summary: string;
  /** The notice's own page, in the language of its words. */
  href: string;
  /** The language of its words: the page's when translated, the site's main language otherwise. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** When it went up, in school time. */
  starts: LocalDateTime;
}

/** The notices up at the build's "now", most severe first. */
export const getLiveNotices = memoise(async (): Promise<Notice[]> => liveNotices(await getNotices(), now, settings.timezone), inBuild);

/** The live notices for a page in `lang`: each in that language when translated, otherwise in the main one. */
export async function noticesFor(lang: string): Promise<ShownNotice[]> {
  const live = await getLiveNotices();
  if (live.length === 0) return [];
  const main = settings.languages[0] ?? { code: 'en', dir: 'ltr' as const };
  const language = settings.languages.find((l) => l.code === lang);
  const translations = language && lang !== main.code ? (await translationsIn('notices')).filter((t) => t.lang === lang) : [];
  return live.map((notice) => {
    const translation = translations.find((t) => t.slug === notice.id);
    const shared = { id: notice.id, severity: notice.data.severity, starts: notice.data.starts };
    return translation && language
      ? { ...shared, title: translation.entry.data.title, summary: translation.entry.data.summary, href: translation.url, lang, dir: language.dir }
      : { ...shared, title: notice.data.title, summary: notice.data.summary, href: entryPath('notices', notice.id), lang: main.code, dir: main.dir };
  });
}

/** schema.org `SpecialAnnouncement` for each closure among the notices (warnings and information have none). */
export function noticeJsonLd(notices: readonly Notice[]): Record<string, unknown>[] {
  return notices
    .filter((n) => n.data.severity === 'closure')
    .map((n) => specialAnnouncementJsonLd({ ...n.data, url: new URL(entryPath('notices', n.id), settings.url).href }, settings));
}
