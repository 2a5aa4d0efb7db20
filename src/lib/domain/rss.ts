/**
 * The RSS 2.0 document of a feed, written by @astrojs/rss. It escapes markup, but passes every
 * other character through: a vertical tab pasted into a newsletter made the whole feed unreadable
 * (XML forbids it, and feed readers drop a feed that is not well formed). So the finished
 * document goes through `withoutForbiddenCharacters`. src/data/feeds.ts builds the items.
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { escapeHtml } from './html';
import { withoutForbiddenCharacters } from '../security/xml';

export interface RssFeed {
  title: string;
  description: string;
  /** Absolute address of the page the feed belongs to. */
  site: string;
  /** The language of its items, `en-gb`. */
  language: string;
  items: RSSFeedItem[];
}

/** A feed as XML 1.0 that any reader can parse, whatever its titles, summaries and text hold. */
export async function rssDocument(feed: RssFeed): Promise<string> {
  const xml = await getRssString({
    title: feed.title,
    description: feed.description,
    site: feed.site,
    items: feed.items,
    customData: `<language>${escapeHtml(feed.language)}</language>`,
    // @astrojs/rss declares the content: prefix only when some item has text, but writes
    // <content:encoded> for an empty one too: a feed of entries with empty bodies was not
    // namespace-well-formed, and readers refuse it.
    xmlns: { content: 'http://purl.org/rss/1.0/modules/content/' },
    trailingSlash: true,
  });
  return withoutForbiddenCharacters(xml);
}

/**
 * A summary as the HTML an RSS <description> holds: readers decode the XML and then render the
 * result as HTML, so text such as "<b>" must be escaped once more to reach the parent as text.
 */
export function summaryHtml(summary: string): string {
  return escapeHtml(summary);
}
