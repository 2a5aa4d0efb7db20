/** Events expanded, ordered and chosen for each list and calendar (src/lib/domain/events.ts). */
import { describe, expect, it } from 'vitest';
import {
  allOccurrences,
  byMonth,
  forClass,
  forSubscribedCalendar,
  nextSevenDays,
  notFinished,
  past,
  upcoming,
  withoutDistantRepeats,
} from '../../src/lib/domain/events';

const ev = (id: string, start: string, extra: Record<string, unknown> = {}) => ({ id, data: { start, classes: [] as string[], ...extra } });

describe('event lists', () => {
  const events = [
    ev('trip', '2026-11-25', { classes: ['oak'] }),
    ev('half-term', '2026-10-26', { end: '2026-10-30' }),
    ev('assembly', '2026-11-06T14:45', { repeat: { every: 'week', until: '2026-12-04', except: [] } }),
    ev('willow-show', '2026-12-10T14:00', { classes: ['willow'] }),
  ];
  const all = allOccurrences(events);
  it('orders every occurrence by time', () => {
    expect(all.map((d) => `${d.event.id}@${d.occurrence.start}`).slice(0, 4)).toEqual([
      'half-term@2026-10-26',
      'assembly@2026-11-06T14:45',
      'assembly@2026-11-13T14:45',
      'assembly@2026-11-20T14:45',
    ]);
  });
  it('splits upcoming from past at today', () => {
    expect(upcoming(all, '2026-11-23').map((d) => d.occurrence.start)).toEqual(['2026-11-25', '2026-11-27T14:45', '2026-12-04T14:45', '2026-12-10T14:00']);
    expect(past(all, '2026-11-23')[0]!.occurrence.start).toBe('2026-11-20T14:45');
  });
  it('finds the next seven days', () => {
    expect(nextSevenDays(all, '2026-11-23').map((d) => d.event.id)).toEqual(['trip', 'assembly']);
  });
  it('gives a class the whole-school events and its own, not other classes’', () => {
    expect(forClass(events, 'oak').map((e) => e.id)).toEqual(['trip', 'half-term', 'assembly']);
  });
  it('groups by month', () => {
    expect([...byMonth(all).keys()]).toEqual(['2026-10', '2026-11', '2026-12']);
  });
});

describe('the events list', () => {
  it('keeps one-off events but only the next fortnight of a weekly event', () => {
    const events = [
      ev('assembly', '2026-11-06T14:45', { repeat: { every: 'week', until: '2027-07-16', except: [] } }),
      ev('fair', '2026-12-04T15:20'),
      ev('show', '2027-07-15T14:00'),
    ];
    const listed = withoutDistantRepeats(upcoming(allOccurrences(events), '2026-11-23'), '2026-11-23');
    expect(listed.map((d) => `${d.event.id}@${d.occurrence.start.slice(0, 10)}`)).toEqual([
      'assembly@2026-11-27',
      'assembly@2026-12-04',
      'fair@2026-12-04',
      'show@2027-07-15',
    ]);
  });
});

describe('events not yet over', () => {
  const events = [
    ev('trip-last-year', '2025-11-25'),
    ev('half-term', '2026-11-20', { end: '2026-11-23' }),
    ev('evening-today', '2026-11-23T18:00', { end: '2026-11-23T19:00' }),
    ev('fair', '2026-12-05'),
    ev('club', '2025-09-05T15:30', { repeat: { every: 'week', until: '2026-12-11', except: [] } }),
    ev('old-club', '2024-09-06T15:30', { repeat: { every: 'week', until: '2025-07-18', except: [] } }),
  ];
  it('keeps only events with a date today or later, so archives are not expanded', () => {
    expect(notFinished(events, '2026-11-23').map((e) => e.id)).toEqual(['half-term', 'evening-today', 'fair', 'club']);
  });
  it('gives the same upcoming dates as expanding every event', () => {
    const all = upcoming(allOccurrences(events as never), '2026-11-23');
    const filtered = upcoming(allOccurrences(notFinished(events, '2026-11-23') as never), '2026-11-23');
    expect(filtered).toEqual(all);
  });
});

describe('subscribed calendars', () => {
  const events = [
    ev('two-years-ago', '2024-10-01'),
    ev('last-summer', '2025-07-10'),
    ev('last-autumn', '2025-09-12'),
    ev('old-club', '2024-09-06T15:30', { repeat: { every: 'week', until: '2025-09-05', except: [] } }),
    ev('next-week', '2026-11-30'),
  ];
  it('carry this school year and the last one, and everything to come, however long the archive', () => {
    expect(forSubscribedCalendar(events, '2026-11-23').map((e) => e.id)).toEqual(['last-autumn', 'old-club', 'next-week']);
    // In July 2026 the school year is 2025-26, so the previous one started in September 2024.
    expect(forSubscribedCalendar(events, '2026-07-01').map((e) => e.id)).toEqual(['two-years-ago', 'last-summer', 'last-autumn', 'old-club', 'next-week']);
  });
});
