/**
 * Property-based tests (fast-check): arbitrary titles, summaries, locations and bodies, with
 * control characters, markup, astral characters, lone surrogates and right-to-left marks, through
 * every writer of what the site publishes. Whatever an editor pastes, every feed parses, every
 * calendar parses with the right events and text, JSON-LD stays inside its script, the email
 * version stays valid, and nothing in a body runs. The seed is fixed (PROPERTY_RUNS); a failure
 * prints it with the smallest input that fails.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../src/lib/domain/absolute';
import { emailHtml, emailText } from '../../src/lib/domain/email';
import { parseFragment, serialiseHtml } from '../../src/lib/domain/html';
import { calendar } from '../../src/lib/domain/ical';
import { calendarProblem } from '../../src/lib/security/output-check';
import { rssDocument, summaryHtml } from '../../src/lib/domain/rss';
import { documentOnlyPolicy } from '../../src/lib/security/csp';
import { metaPolicy } from '../../src/lib/security/headers';
import { readSettings } from '../../src/lib/content/settings';
import { articleJsonLd, eventJsonLd, serialiseJsonLd } from '../../src/lib/domain/structured-data';
import { withoutForbiddenCharacters, xmlProblem } from '../../src/lib/security/xml';
import { PROPERTY_RUNS, hostileText, wordsAndTags } from '../helpers/hostile-text';
import { emailRules, pageRules, validate } from '../helpers/html-rules';
import { renderMarkdown } from '../helpers/markdown';
import { dangerousMarkup, parseHtml, visibleText } from '../helpers/markup';

const SITE = 'https://www.school.example';
const settings = readSettings('tests/fixtures/basic/content').settings!;
/** What a reader of any of the files gets back: the text without what XML forbids, line breaks as LF (XML and iCalendar parsers both read CR and CRLF as LF). */
const readBack = (text: string) => withoutForbiddenCharacters(text).replace(/\r\n?/g, '\n');
/** The same for a calendar, which may not hold DEL either (RFC 5545 CONTROL). */
const calendarText = (text: string) => readBack(text.replace(/\u007F/g, ''));
/** A feed as a feed reader parses it: entities decoded, nothing trimmed or converted. */
const feedParser = new XMLParser({ processEntities: true, htmlEntities: false, trimValues: false, parseTagValue: false });

describe('every feed parses', () => {
  it('whatever the title, summary and body of its items', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: hostileText, summary: hostileText, body: hostileText }), { minLength: 1, maxLength: 3 }),
        async (entries) => {
          const items = await Promise.all(
            entries.map(async (e, i) => ({
              title: `T${e.title}`,
              link: `${SITE}/newsletters/n-${i}/`,
              description: summaryHtml(`S${e.summary}`),
              content: absoluteUrls(await renderMarkdown(e.body), SITE),
            })),
          );
          const xml = await rssDocument({ title: 'News', description: 'News', site: `${SITE}/`, language: 'en-gb', items });
          expect(xmlProblem(xml)).toBeUndefined();
          const parsed = [feedParser.parse(xml).rss.channel.item].flat() as Record<string, string>[];
          expect(parsed).toHaveLength(entries.length);
          entries.forEach((e, i) => {
            expect(parsed[i]!.title.replace(/\r\n?/g, '\n')).toBe(readBack(`T${e.title}`));
            // A reader renders the description as HTML: it shows the summary's text, markup included.
            expect(visibleText(parsed[i]!.description)).toBe(visibleText(summaryHtml(readBack(`S${e.summary}`))));
            expect(dangerousMarkup(parsed[i]!['content:encoded']!)).toEqual([]);
          });
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe('every calendar parses, with its events and their text', () => {
  it('whatever the title, summary and location of its events', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: hostileText, summary: hostileText, location: hostileText, allDay: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        (events) => {
          const text = calendar(
            events.map((e, i) => ({
              id: `event-${i}`,
              title: e.title,
              summary: e.summary,
              location: e.location || undefined,
              start: e.allDay ? '2026-12-04' : '2026-12-04T18:00',
              url: `${SITE}/events/event-${i}/`,
            })),
            { name: 'Events', host: 'www.school.example', timeZone: 'Europe/London', now },
          );
          expect(calendarProblem(text)).toBeUndefined();
          const parsed = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
          expect(parsed.map((e) => e.uid)).toEqual(events.map((_, i) => `event-${i}@www.school.example`));
          events.forEach((e, i) => {
            expect(parsed[i]!.summary ?? '').toBe(calendarText(e.title));
            expect(parsed[i]!.description).toBe(calendarText(`${e.summary}\n\n${SITE}/events/event-${i}/`));
            if (e.location) expect(parsed[i]!.location).toBe(calendarText(e.location));
          });
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe('JSON-LD', () => {
  it('stays inside its script element and reads back as the text', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, summary, location) => {
        const data = [
          articleJsonLd({ title, summary, date: '2026-11-20', url: `${SITE}/newsletters/n/` }, settings),
          eventJsonLd({ title, summary, location, url: `${SITE}/events/e/` }, { start: '2026-12-04T18:00', end: '2026-12-04T19:00' }, settings),
        ];
        const scripts: string[] = [];
        const page = parseHtml(
          `<!doctype html><html><head>${data.map((d) => `<script type="application/ld+json">${serialiseJsonLd(d)}</script>`).join('')}</head><body><p>after</p></body></html>`,
          false,
        );
        const walk = (nodes: readonly { type: string; tagName?: string; children?: unknown[]; value?: string }[]) => {
          for (const n of nodes) {
            if (n.tagName === 'script') scripts.push((n.children as { value: string }[]).map((c) => c.value).join(''));
            else if (n.children) walk(n.children as never);
          }
        };
        walk(page.children as never);
        expect(scripts).toHaveLength(2);
        expect(visibleText(serialiseHtml(page))).toBe('after');
        const [article, event] = scripts.map((s) => JSON.parse(s));
        expect(article.headline).toBe(withoutForbiddenCharacters(title));
        expect(article.description).toBe(withoutForbiddenCharacters(summary));
        expect(event.location.name).toBe(withoutForbiddenCharacters(location ? `${location}, ${settings.name}` : settings.name));
        expect(scripts.join('')).not.toMatch(/[\u0000-\u001F\uFFFE\uFFFF]|\\u00(0[0-8bcef]|1[0-9a-f])/i);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('the email version', () => {
  const newsletter = {
    school: { name: 'Test School', url: SITE, phone: '01632 960 000', email: 'office@school.example', address: '1 Lane' },
    dateLabel: 'Friday 20 November 2026',
    webUrl: `${SITE}/newsletters/n/`,
    brand: '#1f5a4a',
  };

  it('says the title and summary exactly, runs nothing and keeps its policy, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (title, summary, body) => {
        const n = { ...newsletter, title: `T${title}`, summary, bodyHtml: await renderMarkdown(body) };
        const html = emailHtml(n);
        expect(metaPolicy(html)).toBe(documentOnlyPolicy(SITE));
        const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!;
        expect(visibleText(h1)).toBe(
          visibleText(serialiseHtml({ type: 'root', children: [{ type: 'text', value: withoutForbiddenCharacters(`T${title}`) }] })),
        );
        expect(dangerousMarkup(html.slice(html.indexOf('<body'), html.indexOf('</html>')), true).filter((d) => !/^<(html|head|body)>$/.test(d))).toEqual([]);
        // The text version gives the title on one line, as the page shows it.
        expect(emailText(n)).toContain(`\n${withoutForbiddenCharacters(`T${title}`.replace(/[ \t]*[\r\n\v\f]+[ \t]*/g, ' '))}\n=`);
        expect(emailText(n)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      }),
      PROPERTY_RUNS,
    );
  });

  it('is valid HTML whatever the title, and whenever the body is valid on the page', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (title, body) => {
        const bodyHtml = await renderMarkdown(body);
        // A body can be invalid on its own (a picture typed without a description): then the page is too, and the email version has nothing to add.
        fc.pre(
          (await validate(pageRules, `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>${bodyHtml}</main></body></html>`, 'page.html'))
            .length === 0,
        );
        const html = emailHtml({ ...newsletter, title: `T${title}`, summary: 'Summary', bodyHtml });
        expect(await validate(emailRules, html, 'email.html')).toEqual([]);
      }),
      { ...PROPERTY_RUNS, numRuns: 40 },
    );
  });
});

describe('the Markdown filter', () => {
  it('lets nothing run and gives HTML that parses back to itself', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (body) => {
        const html = await renderMarkdown(body);
        expect(dangerousMarkup(html)).toEqual([]);
        // Parsed again (by a feed reader, a mail program, the email version), it is the same tree: no markup hides in it.
        const once = serialiseHtml(parseFragment(html));
        expect(serialiseHtml(parseFragment(once))).toBe(once);
        expect(dangerousMarkup(once)).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });

  it('loses no word typed around tags, whatever the tags', async () => {
    await fc.assert(
      fc.asyncProperty(wordsAndTags, async (parts) => {
        const text = visibleText(await renderMarkdown(parts.join(' ')));
        const words = parts.filter((p) => /^[A-Za-z]+$/.test(p));
        let from = 0;
        for (const w of words) {
          const at = text.indexOf(w, from);
          expect(at, `“${w}” in “${text}”`).toBeGreaterThanOrEqual(0);
          from = at + w.length;
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
