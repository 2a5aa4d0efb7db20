/** Clubs: the rules that refuse a bad club file, their weekly sessions, and the lists by day and year group. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schemaProblems } from '../helpers/schema';
import { clubSessions, clubsByDay, clubsForYearGroup, firstDateOn, nextSession, yearGroupsText, yearGroupsWithClubs } from '../../src/lib/domain/clubs';
import { YEAR_GROUPS } from '../../src/schemas/common';
import { clubSchema } from '../../src/schemas/club';

const chess = {
  title: 'Chess club',
  summary: 'Chess in the library.',
  days: ['thursday'],
  start_time: '12:40',
  end_time: '13:10',
  year_groups: ['Year 3', 'Year 4'],
  location: 'Library',
  run_by: 'Mr Lindqvist',
  from: '2026-09-10',
  until: '2026-12-17',
};
const problems = (data: Record<string, unknown>) => schemaProblems(clubSchema, data);

beforeAll(() => {
  vi.stubEnv('SITE_NOW', '2026-11-23');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('a club file', () => {
  it('is accepted with its days, times, year groups, place, leader and dates; cost, places and booking are optional', () => {
    expect(problems(chess)).toEqual([]);
    expect(problems({ ...chess, cost: '£3 a session', places: 20, booking_url: '/contact/', except: ['2026-10-29'] })).toEqual([]);
  });

  it('is refused with a time that is not on the 24-hour clock, or that ends before it starts', () => {
    expect(problems({ ...chess, start_time: '3:20pm' })).toEqual([
      'start_time: "3:20pm" is not a time. Write it as HH:mm on the 24-hour clock, for example 15:20 for 3:20pm.',
    ]);
    expect(problems({ ...chess, end_time: '12:00' })).toEqual(['end_time: "12:00" is not after the start time (12:40).']);
  });

  it('is refused without a day or a year group, or with a day that is not one', () => {
    expect(problems({ ...chess, days: [] })).toEqual(['days: needs at least one day, such as tuesday.']);
    expect(problems({ ...chess, days: ['thurs'] })[0]).toContain('days.0: "thurs" is not one of the choices. Choose one of: monday, tuesday,');
    expect(problems({ ...chess, year_groups: [] })).toEqual(['year_groups: needs at least one year group, such as Year 3.']);
  });

  it('is refused when it ends before it starts, or leaves out a day it does not meet on', () => {
    expect(problems({ ...chess, until: '2026-09-01' })).toEqual(['until: "2026-09-01" is before the first date (2026-09-10).']);
    expect(problems({ ...chess, except: ['2026-10-28'] })).toEqual([
      'except.0: "2026-10-28" is not a day the club meets (thursday, from 2026-09-10 until 2026-12-17).',
    ]);
  });

  it('takes a booking link to a page of the site or a secure address, nothing else', () => {
    expect(problems({ ...chess, booking_url: 'http://clubs.example.org/' })[0]).toContain('must be a web address starting with https://');
    expect(problems({ ...chess, booking_url: '//clubs.example.org/' })[0]).toContain('is not a page of this site');
  });
});

describe('a club’s sessions', () => {
  const closed = new Set(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-11-02']);

  it('start on the first of each of its days on or after its first date', () => {
    expect(firstDateOn('monday', '2026-09-10')).toBe('2026-09-14');
    expect(firstDateOn('thursday', '2026-09-10')).toBe('2026-09-10');
    expect(firstDateOn('sunday', '2026-09-10')).toBe('2026-09-13');
  });

  it('are one weekly pattern per day, in term time, each with only its own day’s exceptions', () => {
    const sessions = clubSessions(clubSchema.parse({ ...chess, days: ['monday', 'thursday'], except: ['2026-11-05', '2026-11-09'] }), closed);
    expect(sessions.map((s) => [s.day, s.start, s.end])).toEqual([
      ['monday', '2026-09-14T12:40', '2026-09-14T13:10'],
      ['thursday', '2026-09-10T12:40', '2026-09-10T13:10'],
    ]);
    expect(sessions[0]!.repeat).toMatchObject({ until: '2026-12-17', except: ['2026-11-09'], term_time_only: true, closed: ['2026-10-26', '2026-11-02'] });
    expect(sessions[1]!.repeat).toMatchObject({ except: ['2026-11-05'], closed: ['2026-10-29'] });
  });

  it('leave out a day with no date in the club’s weeks', () => {
    const oneDay = clubSchema.parse({ ...chess, days: ['monday', 'thursday'], from: '2026-09-10', until: '2026-09-11' });
    expect(clubSessions(oneDay, closed).map((s) => s.day)).toEqual(['thursday']);
  });

  it('tell the next session, skipping the holidays', () => {
    const sessions = clubSessions(clubSchema.parse(chess), closed);
    expect(nextSession(sessions, '2026-10-23')?.start).toBe('2026-11-05T12:40');
    expect(nextSession(sessions, '2026-12-18')).toBeUndefined();
  });
});

describe('the clubs list', () => {
  const club = (id: string, days: string[], start_time: string, year_groups: string[]) => ({ id, data: { title: id, days, start_time, year_groups } as never });
  const clubs = [
    club('football', ['tuesday'], '15:20', ['Year 3', 'Year 4', 'Year 5', 'Year 6']),
    club('multi-skills', ['monday', 'wednesday'], '15:20', ['Reception', 'Year 1', 'Year 2']),
    club('choir', ['wednesday'], '12:30', ['Year 2', 'Year 3']),
  ];

  it('is grouped by day, Monday first, a club under each of its days, each day by start time', () => {
    expect(clubsByDay(clubs).map((d) => [d.day, d.clubs.map((c) => c.id)])).toEqual([
      ['monday', ['multi-skills']],
      ['tuesday', ['football']],
      ['wednesday', ['choir', 'multi-skills']],
    ]);
  });

  it('is filtered by year group, with a filter only for the year groups some club is for', () => {
    expect(clubsForYearGroup(clubs, 'Year 2').map((c) => c.id)).toEqual(['multi-skills', 'choir']);
    expect(yearGroupsWithClubs(YEAR_GROUPS, clubs)).toEqual(['Reception', 'Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5', 'Year 6']);
  });

  it('says a run of years briefly', () => {
    expect(yearGroupsText(['Year 3', 'Year 4', 'Year 5', 'Year 6'])).toBe('Years 3 to 6');
    expect(yearGroupsText(['Reception', 'Year 1', 'Year 2'])).toBe('Reception to Year 2');
    expect(yearGroupsText(['Nursery', 'Reception', 'Year 1'])).toBe('Nursery to Year 1');
    expect(yearGroupsText(['Reception', 'Year 2', 'Year 3'])).toBe('Reception, Year 2, Year 3');
    expect(yearGroupsText(['Year 1', 'Year 2', 'Mixed ages'])).toBe('Year 1, Year 2, Mixed ages');
    expect(yearGroupsText(['Year 3', 'Year 5', 'Year 6'])).toBe('Year 3, Year 5, Year 6');
    expect(yearGroupsText(['Year 5', 'Year 6'])).toBe('Year 5, Year 6');
  });
});
