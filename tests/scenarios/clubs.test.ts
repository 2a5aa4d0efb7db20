/**
 * Clubs on the demo school (built for 23 November 2026): the list by day, the year-group pages that
 * filter it without JavaScript, each club's page, and its sessions in the whole-school calendar and
 * the calendars of the classes in its year groups, read back with ical.js as a phone would: no
 * session in half term or on the INSET day. Weekly events in term time only skip the holidays too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { mainOf, textOf } from '../helpers/build';
import { expandedDates } from '../helpers/ical';
import { checkContent } from '../../src/lib/content/check';

const dist = inject('demoDir');
const read = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const demo = checkContent('content', { SITE_NOW: '2026-11-23' });

/** Each event of a calendar file by its UID (without the site's host), with every day it happens on, as ical.js expands it. */
const calendarDates = (path: string) => new Map([...expandedDates(read(path))].map(([uid, dates]) => [uid.replace(/@.*$/, ''), dates]));

const HALF_TERM = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30'];
const INSET = '2026-11-02';

describe('the demo’s clubs', () => {
  it('are at least eight, with no problems', () => {
    expect(demo.problems).toEqual([]);
    expect(demo.entries.clubs.filter((c) => !c.data.draft).length).toBeGreaterThanOrEqual(8);
  });

  it('are listed by day on /clubs/, a club that meets twice under both days', () => {
    const main = mainOf(read('/clubs/'));
    const days = [...main.matchAll(/<h2 id="day-(\w+)"/g)].map((m) => m[1]);
    expect(days).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    const section = (day: string) => main.slice(main.indexOf(`id="day-${day}"`)).split('<h2')[0]!;
    expect(section('monday')).toContain('href="/clubs/multi-skills/"');
    expect(section('wednesday')).toContain('href="/clubs/multi-skills/"');
    expect(section('tuesday')).toContain('href="/clubs/football/"');
    expect(textOf(section('tuesday'))).toContain('3:20pm to 4:20pm · Years 3 to 6 · School field · £3 a session');
    expect(textOf(section('wednesday'))).toContain('School choir 12:30pm to 1pm · Years 2 to 6 · Music room · Free');
  });

  it('can be narrowed to a year group on a page of its own, with no JavaScript', () => {
    const list = read('/clubs/');
    expect(list).toMatch(/<a [^>]*href="\/clubs\/year\/reception\/"[^>]*>Reception<\/a>/);
    // No script runs on it but the phone menu's (the other script elements are search engines' data).
    expect(list.match(/<script(?! type="application\/ld\+json")[^>]*>/g)).toEqual([
      expect.stringMatching(/^<script type="module" src="\/_astro\/SiteMenu[^"]+\.js">$/),
    ]);
    const year3 = mainOf(read('/clubs/year/year-3/'));
    for (const club of ['football', 'chess', 'choir', 'art', 'gardening', 'dance']) expect(year3, club).toContain(`href="/clubs/${club}/"`);
    for (const club of ['coding', 'multi-skills', 'tag-rugby']) expect(year3, club).not.toContain(`href="/clubs/${club}/"`);
    expect(year3).toMatch(/<a [^>]*href="\/clubs\/year\/year-3\/" aria-current="page"[^>]*>Year 3<\/a>/);
    expect(textOf(year3)).toContain('Clubs for Year 3');
  });

  it('each have a page saying when, for whom, where, who runs it, the cost, how to book and the next session', () => {
    const text = textOf(mainOf(read('/clubs/coding/')));
    expect(text).toContain('When Monday, 3:20pm to 4:20pm');
    expect(text).toMatch(/For Year 4 ?, Year 5 ?, Year 6/);
    expect(text).toContain('Where Computer suite Run by Miss Achterberg Cost Free Places 16');
    expect(text).toContain('Next session Monday 23 November 2026, 3:20pm to 4:20pm');
    expect(text).toContain('in term time only (not in the holidays or on INSET days)');
    expect(read('/clubs/coding/')).toMatch(/<a class="button" href="\/contact\/"[^>]*>Book a place<\/a>/);
    expect(read('/clubs/coding/')).toContain('href="/clubs/coding.ics"');
    // Tag rugby starts in the spring term, after the Christmas holiday.
    expect(textOf(mainOf(read('/clubs/tag-rugby/')))).toContain('Next session Thursday 7 January 2027, 8am to 8:40am');
  });
});

describe('clubs in the calendars parents subscribe to', () => {
  const school = calendarDates('/events.ics');

  it('have no session in half term or on the INSET day, on each day they meet', () => {
    const coding = school.get('club/coding/monday')!;
    expect(coding[0]).toBe('2026-09-07');
    expect(coding).toContain('2026-10-19');
    expect(coding).toContain('2026-11-09');
    for (const [uid, dates] of school) {
      if (!uid.startsWith('club/')) continue;
      for (const day of [...HALF_TERM, INSET]) expect(dates, `${uid} on ${day}`).not.toContain(day);
      // Nor in the Christmas holiday.
      expect(
        dates.some((d) => d >= '2026-12-21' && d <= '2027-01-01'),
        uid,
      ).toBe(false);
    }
    expect(school.get('club/multi-skills/monday')).toBeDefined();
    expect(school.get('club/multi-skills/wednesday')).toBeDefined();
    // The art club's own day off.
    expect(school.get('club/art/tuesday')).not.toContain('2026-12-08');
  });

  it('are in the calendars of the classes in their year groups, and no others', () => {
    const clubsIn = (classSlug: string) => [...calendarDates(`/classes/${classSlug}/events.ics`).keys()].filter((uid) => uid.startsWith('club/')).sort();
    // Birch Class is Year 5.
    expect(clubsIn('birch')).toEqual(
      ['club/chess/thursday', 'club/coding/monday', 'club/dance/friday', 'club/football/tuesday', 'club/tag-rugby/thursday', 'club/choir/wednesday'].sort(),
    );
    // Acorn Class is Reception.
    expect(clubsIn('acorn')).toEqual(['club/multi-skills/monday', 'club/multi-skills/wednesday']);
  });

  it('match the weekly event in term time only: the Friday assembly skips every holiday', () => {
    const assembly = school.get('celebration-assembly')!;
    for (const day of ['2026-10-30', '2026-12-18', '2026-12-25', '2027-01-01', '2027-02-19', '2027-04-02', '2027-04-09', '2027-06-04'])
      expect(assembly, day).not.toContain(day);
    expect(assembly).toContain('2026-11-06');
    const text = textOf(mainOf(read('/events/celebration-assembly/')));
    expect(text).toContain('In term time only: not in the school holidays or on INSET days.');
    // Its next dates on the page jump the Christmas holiday, and 18 December, when school closes at 2pm.
    expect(text).toMatch(/Friday 11 December 2026, 2:45pm to 3:15pm Friday 8 January 2027, 2:45pm to 3:15pm/);
  });
});
