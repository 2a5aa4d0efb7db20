/**
 * Feeds and calendars of the basic fixture, read with independent parsers (fast-xml-parser for
 * RSS, ical.js for iCalendar) as feed readers and calendar apps would.
 */
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build';
import { BASIC_CONTENT } from '../helpers/content';

let site: BuiltSite;
beforeAll(() => {
  site = buildSite(BASIC_CONTENT, '2026-11-23');
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
    expect(site.file('/')).toContain('<link rel="alternate" type="application/rss+xml" title="Fixture Primary School: news" href="https://fixture.example.org/rss.xml">');
    expect(site.file('/classes/oak/')).toContain('href="https://fixture.example.org/classes/oak/rss.xml"');
    expect(site.file('/newsletters/')).toMatch(/<a href="\/newsletters\/rss\.xml">Subscribe to newsletters \(RSS\)<\/a>: RSS lets/);
  });
});

describe('calendars', () => {
  it('gives the whole school every published event', () => {
    expect(calendarEvents('/events.ics').map((e) => e.summary).sort()).toEqual(['Celebration assembly', 'Half term', 'Oak Class trip']);
  });
  it('gives a class calendar its own and the whole-school events', () => {
    expect(calendarEvents('/classes/oak/events.ics').map((e) => e.summary).sort()).toEqual(['Celebration assembly', 'Half term', 'Oak Class trip']);
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
