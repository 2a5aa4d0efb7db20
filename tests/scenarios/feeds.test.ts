/**
 * Feeds and calendars of the basic fixture, read with independent parsers (fast-xml-parser for
 * RSS, ical.js for iCalendar) as feed readers and calendar apps would.
 */
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, sharedBuild } from '../helpers/build';
import { BASIC_CONTENT } from '../helpers/content';

let site: BuiltSite;
beforeAll(() => {
  site = sharedBuild(BASIC_CONTENT, '2026-11-23');
  if (!site.ok) throw new Error(site.output);
});

interface RssItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  'content:encoded': string;
}

function items(path: string): RssItem[] {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(site.file(path));
  return parsed.rss.channel.item ?? [];
}

function calendarEvents(path: string) {
  const component = new ICAL.Component(ICAL.parse(site.file(path)));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('RSS', () => {
  it('puts newsletters and class updates in the all-news feed, newest first, with absolute links', () => {
    const all = items('/rss.xml');
    expect(all.map((i) => i.title)).toEqual(['Newsletter 1', 'Oak Class: Leaf hunt']);
    expect(all[0]!.link).toBe('https://fixture.example.org/newsletters/2026-11-20-newsletter-1/');
    expect(new Date(all[0]!.pubDate).toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(all[0]!.description).toBe('The first newsletter.');
  });
  it('leaves out drafts and entries dated after SITE_NOW', () => {
    const titles = [...items('/rss.xml'), ...items('/newsletters/rss.xml'), ...items('/classes/oak/rss.xml')].map((i) => i.title).join('|');
    expect(titles).not.toMatch(/Draft newsletter|Scheduled future update/);
  });
  it('carries the full text and resized photos with absolute addresses', () => {
    const [update] = items('/classes/oak/rss.xml');
    expect(update!['content:encoded']).toContain('We found twenty kinds of leaf.');
    expect(update!['content:encoded']).toMatch(/<img src="https:\/\/fixture\.example\.org\/_astro\/[^"]+\.jpg" alt="A red leaf on grass" width="800"/);
  });
  it('is announced on the pages it belongs to, with a visible subscribe link', () => {
    expect(site.file('/')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Fixture Primary School: news" href="https://fixture.example.org/rss.xml">',
    );
    expect(site.file('/classes/oak/')).toContain('href="https://fixture.example.org/classes/oak/rss.xml"');
    expect(site.file('/newsletters/')).toMatch(/<a href="\/newsletters\/rss\.xml">Subscribe to newsletters \(RSS\)<\/a>: RSS lets/);
  });
});

describe('calendars', () => {
  it('gives the whole school every published event', () => {
    expect(
      calendarEvents('/events.ics')
        .map((e) => e.summary)
        .sort(),
    ).toEqual(['Celebration assembly', 'Half term', 'Oak Class trip']);
  });
  it('gives a class calendar its own and the whole-school events', () => {
    expect(
      calendarEvents('/classes/oak/events.ics')
        .map((e) => e.summary)
        .sort(),
    ).toEqual(['Celebration assembly', 'Half term', 'Oak Class trip']);
  });
  it('expands the weekly assembly in school time, skipping half term, across the clock change', () => {
    const [assembly] = calendarEvents('/events/celebration-assembly.ics');
    const starts: string[] = [];
    const iterator = assembly!.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toContain('2026-10-23T13:45:00.000Z');
    expect(starts).not.toContain('2026-10-30T14:45:00.000Z');
    expect(starts).toContain('2026-11-06T14:45:00.000Z');
    expect(starts).toHaveLength(15);
  });
  it('puts all-day events on their days and links each event to its page', () => {
    const [halfTerm] = calendarEvents('/events/half-term.ics');
    expect(halfTerm!.startDate.toString()).toBe('2026-10-26');
    expect(halfTerm!.endDate.toString()).toBe('2026-10-31');
    expect(halfTerm!.component.getFirstPropertyValue('url')).toBe('https://fixture.example.org/events/half-term/');
  });
  it('offers webcal subscription and an add-to-calendar link', () => {
    expect(site.file('/events/')).toContain('href="webcal://fixture.example.org/events.ics"');
    expect(site.file('/classes/oak/')).toContain('href="webcal://fixture.example.org/classes/oak/events.ics"');
    expect(site.file('/events/oak-trip/')).toContain('href="/events/oak-trip.ics"');
  });
});

describe('search engines', () => {
  function jsonLd(path: string): Record<string, any>[] {
    return [...site.file(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  }
  const ofType = (path: string, type: string) => jsonLd(path).find((d) => d['@type'] === type);

  it('describes the school on the home page', () => {
    const school = ofType('/', 'School')!;
    expect(school).toMatchObject({ name: 'Fixture Primary School', url: 'https://fixture.example.org/', telephone: '01632 960 000' });
    expect(school.address).toMatchObject({ '@type': 'PostalAddress', streetAddress: '1 Test Road', postalCode: 'TE1 1ST', addressCountry: 'GB' });
  });
  it('describes an event at its next date, with the UK offset of that day', () => {
    const event = ofType('/events/celebration-assembly/', 'Event')!;
    expect(event).toMatchObject({ name: 'Celebration assembly', startDate: '2026-11-27T14:45:00+00:00', endDate: '2026-11-27T15:15:00+00:00' });
    expect(event.location.name).toBe('School hall, Fixture Primary School');
  });
  it('describes newsletters and class updates as news articles', () => {
    expect(ofType('/newsletters/2026-11-20-newsletter-1/', 'NewsArticle')).toMatchObject({ headline: 'Newsletter 1', datePublished: '2026-11-20' });
    expect(ofType('/classes/oak/2026-10-09-leaf-hunt/', 'NewsArticle')).toMatchObject({
      headline: 'Leaf hunt',
      author: { '@type': 'Person', name: 'Mrs Okafor' },
    });
  });
  it('gives nested pages a breadcrumb trail ending at the page', () => {
    const trail = ofType('/classes/oak/2026-10-09-leaf-hunt/', 'BreadcrumbList')!.itemListElement.map((i: any) => i.item);
    expect(trail).toEqual([
      'https://fixture.example.org/',
      'https://fixture.example.org/classes/',
      'https://fixture.example.org/classes/oak/',
      'https://fixture.example.org/classes/oak/2026-10-09-leaf-hunt/',
    ]);
  });
  it('gives every page a unique title and a description', () => {
    const pages = ['/', '/policies/', '/policies/behaviour/', '/classes/', '/classes/oak/', '/events/', '/events/half-term/', '/about/', '/newsletters/'];
    const titles = pages.map((p) => /<title>([^<]+)<\/title>/.exec(site.file(p))![1]);
    expect(new Set(titles).size).toBe(pages.length);
    for (const p of pages) expect(site.file(p), p).toMatch(/<meta name="description" content="[^"]{5,}">/);
  });
  it('points robots at the sitemap, keeps them out of the editor, and lists no drafts', () => {
    expect(site.file('/robots.txt')).toBe('User-agent: *\nDisallow: /admin/\n\nSitemap: https://fixture.example.org/sitemap-index.xml\n');
    expect(site.file('/sitemap-0.xml')).toContain('<loc>https://fixture.example.org/policies/behaviour/</loc>');
    expect(site.file('/sitemap-0.xml')).not.toMatch(/secret-plan|draft-newsletter|admin/);
  });
  it('keeps the 404 page out of search results', () => {
    expect(site.file('/404.html')).toContain('<meta name="robots" content="noindex">');
  });
});
