/** RSS feeds of newsletters, class updates, home learning and urgent notices, with the full text and absolute links. */
import { t } from '../i18n';
import { absoluteUrls } from '../lib/domain/absolute';
import { escapeHtml } from '../lib/domain/html';
import { postedNotices } from '../lib/domain/notices';
import { newestFirst } from '../lib/domain/publishing';
import { rssDocument, summaryHtml } from '../lib/domain/rss';
import { toInstant } from '../lib/core/time';
import { now, settings, type ClassUpdate, type HomeLearning, type Newsletter, type Notice } from './site';
import type { Translated } from './translations';
import { uploadedJpeg } from './uploads';
import { entryPath, languageRoutes } from '../schemas/routes';

type NewsEntry = Newsletter | ClassUpdate | HomeLearning;

function isUpdate(entry: NewsEntry): entry is ClassUpdate {
  return entry.collection === 'classUpdates';
}

/** A picture resized for feed readers (800 px wide JPEG), as an absolute <img>. */
async function pictureHtml(image: { src: string; alt: string }): Promise<string> {
  const resized = await uploadedJpeg(image.src, 800);
  return `<p><img src="${new URL(resized.src, settings.url).href}" alt="${escapeHtml(image.alt)}" width="${resized.width}" height="${resized.height}"></p>`;
}

function isHomeLearning(entry: NewsEntry): entry is HomeLearning {
  return entry.collection === 'homeLearning';
}

/** A home-learning resource's websites and downloads, as a list after its text. */
function resourceLinksHtml(entry: HomeLearning): string {
  const items = [...entry.data.links.map((l) => ({ title: l.title, href: l.url })), ...entry.data.documents.map((d) => ({ title: d.title, href: d.file }))];
  return items.length ? `<ul>${items.map((i) => `<li><a href="${escapeHtml(i.href)}">${escapeHtml(i.title)}</a></li>`).join('')}</ul>` : '';
}

async function item(entry: NewsEntry, classNames: Map<string, string>) {
  if (isHomeLearning(entry)) {
    return {
      title: `Home learning: ${entry.data.title}`,
      link: new URL(entryPath('homeLearning', entry.id), settings.url).href,
      pubDate: toInstant(entry.data.date, settings.timezone),
      description: summaryHtml(entry.data.summary),
      content: absoluteUrls((entry.rendered?.html ?? '') + resourceLinksHtml(entry), settings.url),
      categories: ['Home learning'],
    };
  }
  const link = new URL(isUpdate(entry) ? entryPath('classUpdates', entry.id) : entryPath('newsletters', entry.id), settings.url).href;
  const images = isUpdate(entry) ? entry.data.images : entry.data.image ? [entry.data.image] : [];
  const pictures = (await Promise.all(images.map(pictureHtml))).join('');
  const body = absoluteUrls(entry.rendered?.html ?? '', settings.url);
  return {
    title: isUpdate(entry) ? `${classNames.get(entry.data.class) ?? entry.data.class}: ${entry.data.title}` : entry.data.title,
    link,
    pubDate: toInstant(entry.data.date, settings.timezone),
    description: summaryHtml(entry.data.summary),
    content: body + pictures,
    categories: [isUpdate(entry) ? 'Class update' : 'Newsletter'],
    ...(isUpdate(entry) ? { author: `${settings.email} (${entry.data.author})` } : {}),
  };
}

/** A notice as a feed item, from the moment it went up: its kind before its title, and its link after its text. */
function noticeItem(notice: Notice) {
  const tr = t('en');
  const kind = tr(`notice.${notice.data.severity}`);
  const more = notice.data.link ? `<p><a href="${escapeHtml(new URL(notice.data.link, settings.url).href)}">${escapeHtml(tr('notice.more'))}</a></p>` : '';
  return {
    title: `${kind}: ${notice.data.title}`,
    link: new URL(entryPath('notices', notice.id), settings.url).href,
    pubDate: toInstant(notice.data.starts, settings.timezone),
    description: summaryHtml(notice.data.summary),
    content: absoluteUrls(notice.rendered?.html ?? '', settings.url) + more,
    categories: [kind],
  };
}

/** Items in a feed at most: a feed reader only needs the recent ones. */
const FEED_ITEMS = 50;

type FeedItem = Awaited<ReturnType<typeof item>>;

/** The RSS response for a page's feed, in `language`. */
async function feedResponse(opts: { title: string; description: string; page: string; language: string; items: FeedItem[] }): Promise<Response> {
  const xml = await rssDocument({
    title: opts.title,
    description: opts.description,
    site: new URL(opts.page, settings.url).href,
    language: opts.language,
    items: opts.items,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}

/** An RSS response: newest first, at most `limit` items, drafts and future-dated already excluded (notices not yet up too). */
export async function newsFeed(opts: {
  title: string;
  description: string;
  /** Site path of the page the feed belongs to. */
  page: string;
  entries: NewsEntry[];
  /** Urgent notices: those that have gone up are items too, by the time they went up. */
  notices?: Notice[];
  classNames: Map<string, string>;
  limit?: number;
}): Promise<Response> {
  const limit = opts.limit ?? FEED_ITEMS;
  const entries = await Promise.all(
    newestFirst(opts.entries)
      .slice(0, limit)
      .map((e) => item(e, opts.classNames)),
  );
  const notices = postedNotices(opts.notices ?? [], now, settings.timezone)
    .slice(0, limit)
    .map(noticeItem);
  // A stable sort: entries of the same moment keep their order.
  const items = [...entries, ...notices].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, limit);
  return feedResponse({ title: opts.title, description: opts.description, page: opts.page, language: 'en-gb', items });
}

/**
 * The newsletters translated into one language, `/<lang>/newsletters/rss.xml`: each item is the
 * translation (title, summary and text in that language) linking to its translated page, dated
 * like the original. Pictures are left to the English newsletter: their descriptions are in English.
 */
export function translatedNewslettersFeed(opts: {
  lang: string;
  title: string;
  description: string;
  translations: Translated<'newsletters'>[];
}): Promise<Response> {
  const items = [...opts.translations]
    .sort((a, b) => b.original.data.date.localeCompare(a.original.data.date))
    .slice(0, FEED_ITEMS)
    .map((t) => ({
      title: t.entry.data.title,
      link: new URL(t.url, settings.url).href,
      pubDate: toInstant(t.original.data.date, settings.timezone),
      description: summaryHtml(t.entry.data.summary),
      content: absoluteUrls(t.entry.rendered?.html ?? '', settings.url),
      categories: ['Newsletter'],
    }));
  return feedResponse({ title: opts.title, description: opts.description, page: languageRoutes(opts.lang).home, language: opts.lang, items });
}
