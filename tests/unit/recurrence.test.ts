import { describe, expect, it } from 'vitest';
import { occurrences, upcomingOccurrences } from '../../src/lib/core/recurrence';

const assembly = {
  start: '2026-09-04T14:45',
  end: '2026-09-04T15:15',
  repeat: { every: 'week' as const, until: '2026-11-06', except: ['2026-10-30'] },
};

describe('weekly events', () => {
  it('happens every week until the last date, skipping the exceptions', () => {
    const dates = occurrences(assembly).map((o) => o.start);
    expect(dates).toHaveLength(9); // 4 Sep to 6 Nov is 10 Fridays, less half term
    expect(dates[0]).toBe('2026-09-04T14:45');
    expect(dates).not.toContain('2026-10-30T14:45');
    expect(dates.at(-1)).toBe('2026-11-06T14:45');
  });
  it('keeps the school clock time across the October clock change', () => {
    const byDay = new Map(occurrences(assembly).map((o) => [o.start.slice(0, 10), o]));
    expect(byDay.get('2026-10-23')).toEqual({ start: '2026-10-23T14:45', end: '2026-10-23T15:15', allDay: false });
    expect(byDay.get('2026-11-06')).toEqual({ start: '2026-11-06T14:45', end: '2026-11-06T15:15', allDay: false });
  });
  it('includes the until date when it falls on the pattern', () => {
    expect(occurrences({ start: '2026-01-05', repeat: { every: 'week', until: '2026-01-19', except: [] } }).map((o) => o.start)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
    ]);
  });
});

describe('single events', () => {
  it('gives an all-day event without an end a single day', () => {
    expect(occurrences({ start: '2026-11-02' })).toEqual([{ start: '2026-11-02', end: '2026-11-02', allDay: true }]);
  });
  it('keeps a multi-day event as one occurrence', () => {
    expect(occurrences({ start: '2026-10-26', end: '2026-10-30' })).toEqual([{ start: '2026-10-26', end: '2026-10-30', allDay: true }]);
  });
  it('counts an event as upcoming until its last day has passed', () => {
    expect(upcomingOccurrences({ start: '2026-10-26', end: '2026-10-30' }, '2026-10-30')).toHaveLength(1);
    expect(upcomingOccurrences({ start: '2026-10-26', end: '2026-10-30' }, '2026-10-31')).toHaveLength(0);
  });
});
