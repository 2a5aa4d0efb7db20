import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isRealDate,
  isRealLocalDateTime,
  localDateOf,
  localDateTimeOf,
  offsetMinutes,
  pinDemoDate,
  siteNow,
  toInstant,
} from '../../src/lib/core/time';
import { EARLIEST_DATE, latestDate } from '../../src/schemas/common';

const LONDON = 'Europe/London';

describe('dates editors write', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-9-1')).toBe(false);
  });
  it('accepts local date-times without an offset and rejects impossible times', () => {
    expect(isRealLocalDateTime('2026-10-14T18:00')).toBe(true);
    expect(isRealLocalDateTime('2026-10-14T18:00:30')).toBe(true);
    expect(isRealLocalDateTime('2026-10-14T24:00')).toBe(false);
    expect(isRealLocalDateTime('2026-10-14T18:00Z')).toBe(false);
    expect(isRealLocalDateTime('2026-02-30T09:00')).toBe(false);
  });
});

describe('school time in Europe/London, whatever the machine zone', () => {
  it('runs this suite in a different machine zone, so a leak would show', () => {
    expect(process.env.TZ).toBe('America/New_York');
  });
  it('knows British Summer Time from Greenwich Mean Time', () => {
    expect(offsetMinutes(new Date('2026-07-01T12:00:00Z'), LONDON)).toBe(60);
    expect(offsetMinutes(new Date('2026-12-01T12:00:00Z'), LONDON)).toBe(0);
  });
  it('turns 6pm school time into the right instant either side of the October clock change', () => {
    expect(toInstant('2026-10-23T18:00', LONDON).toISOString()).toBe('2026-10-23T17:00:00.000Z');
    expect(toInstant('2026-10-30T18:00', LONDON).toISOString()).toBe('2026-10-30T18:00:00.000Z');
  });
  it('handles the hour that happens twice and the hour that never happens', () => {
    // 25 October 2026: 01:30 happens twice; the first (BST) is used.
    expect(toInstant('2026-10-25T01:30', LONDON).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // 29 March 2026: 01:30 does not exist; the clocks have gone forward.
    expect(localDateTimeOf(toInstant('2026-03-29T01:30', LONDON), LONDON)).toBe('2026-03-29T02:30');
  });
  it('gives the school calendar date of an instant, not the machine one', () => {
    // 23:30 UTC on 30 June is already 1 July in London (and still 30 June in New York).
    expect(localDateOf(new Date('2026-06-30T23:30:00Z'), LONDON)).toBe('2026-07-01');
  });
});

describe('review arithmetic', () => {
  it('adds months, keeping the end of shorter months', () => {
    expect(addMonths('2025-03-15', 24)).toBe('2027-03-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 1)).toBe('2026-12-30');
  });
});

describe('SITE_NOW', () => {
  it('is the clock when unset', () => {
    const before = Date.now();
    const now = siteNow(LONDON, {}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(5_000);
  });
  it('reads a date as midnight school time', () => {
    expect(siteNow(LONDON, { SITE_NOW: '2026-07-01' }).toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });
  it('reads a local date-time and an instant with an offset', () => {
    expect(siteNow(LONDON, { SITE_NOW: '2026-11-23T09:00' }).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(siteNow(LONDON, { SITE_NOW: '2026-11-23T09:00:00Z' }).toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });
  it('refuses something that is not a date, saying what is allowed', () => {
    expect(() => siteNow(LONDON, { SITE_NOW: 'next tuesday' })).toThrow(/SITE_NOW="next tuesday" is not a date\. Use 2026-11-23/);
  });
  it('is the demonstration school’s own date when its settings have one, unless SITE_NOW is set', () => {
    const demo: Record<string, string | undefined> = {};
    expect(pinDemoDate('2026-11-23', demo)).toBe('2026-11-23');
    expect(siteNow(LONDON, demo).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    const given: Record<string, string | undefined> = { SITE_NOW: '2027-01-05' };
    expect(pinDemoDate('2026-11-23', given)).toBe('2027-01-05');
    expect(given.SITE_NOW).toBe('2027-01-05');
    // A school's own settings have no demo_date: the clock.
    const school: Record<string, string | undefined> = {};
    expect(pinDemoDate(undefined, school)).toBeUndefined();
    expect(school.SITE_NOW).toBeUndefined();
  });
});

describe('the latest date a field allows', () => {
  it('is 31 December some years after this one, "this year" being SITE_NOW in school (UK) time', () => {
    expect(latestDate(2, { SITE_NOW: '2026-11-23' })).toBe('2028-12-31');
    expect(latestDate(0, { SITE_NOW: '2026-12-31T23:30' })).toBe('2026-12-31');
    // 23:30 in New York on New Year's Eve is already the new year in London.
    expect(latestDate(0, { SITE_NOW: '2026-12-31T23:30:00-05:00' })).toBe('2027-12-31');
  });
  it('only moves later, so a date accepted today is never refused later', () => {
    const days = ['2026-01-01', '2026-06-30', '2026-12-31', '2027-01-01', '2030-05-05'];
    const latest = days.map((day) => latestDate(1, { SITE_NOW: day }));
    expect([...latest].sort()).toEqual(latest);
    expect(EARLIEST_DATE).toBe('2000-01-01');
  });
});
