import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatShortDay, formatTime, formatWhen, telHref } from '../../src/lib/core/format';
import { academicYearOf } from '../../src/lib/core/school-year';

describe('dates and times as parents read them', () => {
  it('writes dates in British style', () => {
    expect(formatDate('2026-09-04')).toBe('Friday 4 September 2026');
    expect(formatMonth('2026-10-01')).toBe('October 2026');
  });
  it('writes times the way schools do', () => {
    expect(formatTime('2026-10-14T18:00')).toBe('6pm');
    expect(formatTime('2026-10-14T15:30')).toBe('3:30pm');
    expect(formatTime('2026-10-14T00:15')).toBe('12:15am');
    expect(formatTime('2026-10-14T12:00')).toBe('12pm');
  });
  it('describes when an event happens in one line', () => {
    expect(formatWhen({ start: '2026-10-13T15:30', end: '2026-10-13T18:30' })).toBe('Tuesday 13 October 2026, 3:30pm to 6:30pm');
    expect(formatWhen({ start: '2026-10-26', end: '2026-10-30' })).toBe('Monday 26 October 2026 to Friday 30 October 2026');
    expect(formatWhen({ start: '2026-11-02', end: '2026-11-02' })).toBe('Monday 2 November 2026');
    expect(formatWhen({ start: '2027-05-10T09:00', end: '2027-05-12T15:00' })).toBe('Monday 10 May 2027, 9am to Wednesday 12 May 2027, 3pm');
  });
  it('formats in another language with Intl', () => {
    expect(formatDate('2026-09-04', 'pl')).toMatch(/września 2026/);
  });
  it('knows the academic year', () => {
    expect(academicYearOf('2026-09-01')).toBe('2026-27');
    expect(academicYearOf('2027-07-21')).toBe('2026-27');
    expect(academicYearOf('2099-12-01')).toBe('2099-00');
  });
  it('writes short dates for a list of weeks', () => {
    expect(formatShortDay('2026-11-23')).toBe('23 Nov');
  });
  it('dials the number of a phone line as an office writes it, and nothing that is not one', () => {
    expect(telHref('01632 960 418')).toBe('tel:01632960418');
    expect(telHref('01632 960 418, option 1')).toBe('tel:01632960418');
    expect(telHref('(01632) 960-418')).toBe('tel:01632960418');
    expect(telHref('+44 1632 960418 (24 hours)')).toBe('tel:+441632960418');
    expect(telHref('Ring the office')).toBeUndefined();
    expect(telHref('javascript:alert(1)')).toBeUndefined();
  });
});
