/**
 * One whole-site build of the basic fixture with a few newsletters, events, urgent notices (up at
 * the top of every page) and clubs whose titles, summaries, locations and bodies fast-check generated (markup such as `<title>` and `</script>`,
 * `]]>`, astral characters, right-to-left marks; no character the content check refuses): every
 * page is valid HTML, every feed and sitemap is well formed and parses, and every calendar parses
 * with ical.js with one event per entry and the titles as written. The unit-level properties are
 * tests/unit/properties.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarProblem } from '../../src/lib/security/output-check';
import { xmlProblem } from '../../src/lib/security/xml';
import { buildSite, type BuiltSite } from '../helpers/build';
import { BASIC_CONTENT, contentWith } from '../helpers/content';
import { PROPERTY_RUNS, acceptedText } from '../helpers/hostile-text';
import { emailRules, pageRules, validate } from '../helpers/html-rules';
import { siteFiles } from '../helpers/site-files';

/** At most `max` characters (never half of one), with something in it once trimmed, as the schemas ask. */
const field = (text: string, max: number) =>
  `${Array.from(text.replace(/[\u0080-\u009F]/g, ''))
    .slice(0, max - 10)
    .join('')} and more`;
/** A value as a reader gets it back: trimmed, with its line breaks as \n. */
const written = (value: string) => value.trim().replace(/\r\n?/g, '\n');
/** YAML accepts JSON's double-quoted strings: every value is written exactly, whatever it holds. */
const yaml = (value: string) => JSON.stringify(value);

const entry = fc.record({ title: acceptedText, summary: acceptedText, location: acceptedText, body: fc.array(acceptedText, { minLength: 1, maxLength: 4 }) });
const generated = fc.sample(entry, { seed: PROPERTY_RUNS.seed, numRuns: 4 });

const newsletters = generated.map((e, i) => ({
  slug: `2026-11-1${i}-generated-${i}`,
  title: field(`Newsletter ${e.title}`, 120),
  summary: field(e.summary, 300),
  body: e.body.map((p) => field(p, 400)),
}));
const events = generated.map((e, i) => ({
  slug: `generated-event-${i}`,
  title: field(`Event ${e.title}`, 120),
  summary: field(e.summary, 300),
  location: field(e.location, 150),
}));

// A closure and a warning up on the build's day: their text is at the top of every page, in the feeds and in the JSON-LD.
const notices = generated.slice(0, 2).map((e, i) => ({
  slug: `generated-notice-${i}`,
  severity: i === 0 ? 'closure' : 'warning',
  title: field(`Notice ${e.title}`, 120),
  summary: field(e.summary, 300),
  body: e.body.map((p) => field(p, 400)),
}));
// Clubs go into the calendars, one event for each day they meet.
const clubs = generated.slice(0, 2).map((e, i) => ({
  slug: `generated-club-${i}`,
  title: field(`Club ${e.title}`, 80),
  summary: field(e.summary, 300),
  location: field(e.location, 150),
  runBy: field(e.body[0]!, 120),
  cost: field(e.title, 120),
}));

let site: BuiltSite;
beforeAll(() => {
  const files: Record<string, string> = {};
  for (const n of newsletters) {
    files[`newsletters/${n.slug}.md`] =
      `---\ntitle: ${yaml(n.title)}\ndate: ${n.slug.slice(0, 10)}\nsummary: ${yaml(n.summary)}\n---\n## ${n.body[0]}\n\n${n.body.join('\n\n')}\n`;
  }
  events.forEach((e, i) => {
    files[`events/${e.slug}.md`] =
      `---\ntitle: ${yaml(e.title)}\nstart: 2026-12-0${i + 1}T18:00\ncategory: performance\nlocation: ${yaml(e.location)}\nsummary: ${yaml(e.summary)}\n---\nDetails to follow.\n`;
  });
  for (const n of notices) {
    files[`notices/${n.slug}.md`] =
      `---\ntitle: ${yaml(n.title)}\nseverity: ${n.severity}\nstarts: 2026-11-22T08:00\nexpires: 2026-11-24T00:00\nsummary: ${yaml(n.summary)}\n---\n${n.body.join('\n\n')}\n`;
  }
  for (const c of clubs) {
    files[`clubs/${c.slug}.md`] =
      `---\ntitle: ${yaml(c.title)}\nsummary: ${yaml(c.summary)}\ndays: [monday, thursday]\nstart_time: "15:20"\nend_time: "16:20"\nyear_groups: [Year 3]\nlocation: ${yaml(c.location)}\nrun_by: ${yaml(c.runBy)}\ncost: ${yaml(c.cost)}\nfrom: 2026-09-07\nuntil: 2026-12-17\n---\nDetails to follow.\n`;
  }
  site = buildSite(contentWith(files), '2026-11-23');
  if (!site.ok) throw new Error(`The generated content did not build:\n${site.output}`);
});

describe('a site built from generated text', () => {
  it('has only valid HTML pages', async () => {
    const pages = siteFiles(site.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const file of pages) problems.push(...(await validate(file.endsWith('/email.html') ? emailRules : pageRules, site.file(file), file)));
    expect(problems).toEqual([]);
  });

  it('has only well-formed feeds and sitemaps, with the generated titles as written', () => {
    const xml = siteFiles(site.outDir).filter((f) => f.endsWith('.xml'));
    expect(xml).toContain('/newsletters/rss.xml');
    for (const file of xml) expect(xmlProblem(site.file(file)), file).toBeUndefined();
    const parser = new XMLParser({ processEntities: true, htmlEntities: false, trimValues: false, parseTagValue: false });
    const titles = ([parser.parse(site.file('/newsletters/rss.xml')).rss.channel.item].flat() as { title: string }[]).map((i) => i.title);
    for (const n of newsletters) expect(titles).toContain(n.title.trim().replace(/\r\n?/g, '\n'));
    const noticeTitles = ([parser.parse(site.file('/notices/rss.xml')).rss.channel.item].flat() as { title: string }[]).map((i) => i.title);
    // Both went up at the same moment: in the order of their names.
    expect(noticeTitles).toEqual([`School closure: ${written(notices[0]!.title)}`, `Important: ${written(notices[1]!.title)}`]);
  });

  it('has the notices at the top of every page and a closure search engines can read, with the titles as written', () => {
    const pages = siteFiles(site.outDir).filter((f) => f.endsWith('.html') && !f.startsWith('/admin/') && !f.endsWith('/email.html'));
    for (const page of pages) expect(site.file(page), page).toContain('<section class="site-notices"');
    const jsonLd = [...site.file('/index.html').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const closure = jsonLd.filter((d) => d['@type'] === 'SpecialAnnouncement');
    expect(closure).toHaveLength(1);
    expect(closure[0].name).toBe(written(notices[0]!.title));
  });

  it('has only calendars ical.js reads, with one event per entry and the titles as written', () => {
    const calendars = siteFiles(site.outDir).filter((f) => f.endsWith('.ics'));
    expect(calendars).toContain('/events.ics');
    for (const file of calendars) {
      expect(calendarProblem(site.file(file)), file).toBeUndefined();
      expect(() => ICAL.parse(site.file(file)), file).not.toThrow();
    }
    const all = new ICAL.Component(ICAL.parse(site.file('/events.ics'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Every event in the content, the fixture's and the generated ones, and each day of each club: none is a draft, all are this school year.
    expect(all).toHaveLength(readdirSync(join(BASIC_CONTENT, 'events')).length + events.length + clubs.length * 2);
    for (const c of clubs) {
      const days = all.filter((v) => v.uid.startsWith(`club/${c.slug}/`));
      expect(days.map((v) => v.uid.split('@')[0])).toEqual([`club/${c.slug}/monday`, `club/${c.slug}/thursday`]);
      for (const day of days) {
        expect(day.summary).toBe(written(c.title));
        expect(day.location).toBe(written(c.location));
      }
    }
    for (const e of events) {
      const found = all.filter((v) => v.uid.startsWith(`${e.slug}@`));
      expect(found, e.slug).toHaveLength(1);
      expect(found[0]!.summary).toBe(e.title.trim().replace(/\r\n?/g, '\n'));
      expect(found[0]!.location).toBe(e.location.trim().replace(/\r\n?/g, '\n'));
      expect(site.file(`/events/${e.slug}.ics`)).toContain('BEGIN:VEVENT');
    }
  });
});
