/**
 * The build's last check (src/integrations/output-check.ts): a built folder with a feed, sitemap or
 * calendar that its readers could not parse is refused, naming the file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { calendar } from '../../src/lib/domain/ical';
import { builtFileProblem, calendarProblem, outputProblemsMessage } from '../../src/lib/security/output-check';
import { builtOutputProblems } from '../../src/integrations/output-check';
import { rssDocument } from '../../src/lib/domain/rss';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built folder holding `files` (site path → content). */
function builtFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'output-check-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const goodCalendar = calendar(
  [
    {
      id: 'fair',
      title: 'Christmas fair',
      summary: 'In the hall.',
      start: '2026-12-04T15:30',
      end: '2026-12-04T17:00',
      url: 'https://school.example/events/fair/',
    },
  ],
  { name: 'School', host: 'school.example', timeZone: 'Europe/London', now: new Date('2026-11-23T00:00:00Z') },
);
const goodFeed = await rssDocument({
  title: 'News',
  description: 'News',
  site: 'https://school.example/',
  language: 'en-gb',
  items: [{ title: 'Newsletter', link: 'https://school.example/newsletters/a/', description: 'Hello', content: '<p>Hello</p>' }],
});
const goodSitemap =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://school.example/</loc></url></urlset>';

describe('the built folder', () => {
  it('passes when every feed, sitemap and calendar is readable', () => {
    const dir = builtFolder({ '/rss.xml': goodFeed, '/sitemap-0.xml': goodSitemap, '/events.ics': goodCalendar, '/index.html': '<p>not checked here</p>' });
    expect(builtOutputProblems(dir)).toEqual({ checked: 3, problems: [] });
  });

  it('fails naming a feed that is not well formed, and says where', () => {
    const broken = goodFeed.replace('<title>Newsletter</title>', '<title>News\u000Bletter</title>');
    const dir = builtFolder({ '/rss.xml': goodFeed, '/newsletters/rss.xml': broken, '/events.ics': goodCalendar });
    const { problems } = builtOutputProblems(dir);
    expect(problems).toEqual([
      { file: '/newsletters/rss.xml', message: expect.stringMatching(/^line \d+, column \d+: a character XML does not allow \(U\+000B\)\.$/) },
    ]);
    const message = outputProblemsMessage(problems);
    expect(message).toContain('/newsletters/rss.xml');
    expect(message).toContain('nothing has been published');
  });

  it('fails naming a sitemap with a broken tag and a calendar with a lone CR', () => {
    const dir = builtFolder({
      '/sitemap-index.xml': goodSitemap.replace('</url>', ''),
      '/classes/oak/events.ics': goodCalendar.replace('SUMMARY:Christmas fair', 'SUMMARY:Christmas\rfair'),
    });
    expect(
      builtOutputProblems(dir)
        .problems.map((p) => p.file)
        .sort(),
    ).toEqual(['/classes/oak/events.ics', '/sitemap-index.xml']);
  });

  it('fails on a file that is not UTF-8', () => {
    expect(builtFileProblem('rss.xml', new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('it is not valid UTF-8 text.');
  });
});

describe('calendarProblem', () => {
  it('accepts what the site writes', () => {
    expect(calendarProblem(goodCalendar)).toBeUndefined();
  });

  it.each([
    ['a control character', goodCalendar.replace('Christmas fair', 'Christmas\u000Bfair'), 'a control character a calendar may not hold (U+000B)'],
    ['a lone CR', goodCalendar.replace('Christmas fair', 'Christmas\rfair'), 'a line break that is not CRLF'],
    ['a lone LF', goodCalendar.replace('SUMMARY:', 'SUMMARY:\n'), 'a line break that is not CRLF'],
    ['a line longer than 75 octets', goodCalendar.replace('Christmas fair', 'é'.repeat(40)), 'longer than 75 octets'],
    ['END of another component', goodCalendar.replace('END:VEVENT', 'END:VTODO'), 'END:VTODO does not close'],
    ['a missing END', goodCalendar.replace('END:VEVENT\r\n', ''), 'END:VCALENDAR does not close'],
    ['a second calendar', `${goodCalendar}BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n`, 'only one VCALENDAR'],
    ['a line that is not a property', goodCalendar.replace('SUMMARY:', 'SUMMARY '), 'not a property'],
    ['no final CRLF', goodCalendar.slice(0, -2), 'the last line does not end in CRLF'],
  ])('finds %s', (_name, text, expected) => {
    expect(calendarProblem(text)).toContain(expected);
  });
});
