/**
 * Weekly repeats that skip the holidays on their own: the school's closed days come from the
 * holiday and INSET day events, a club or a weekly event in term time only has no date on them,
 * on the pages (occurrences) and in the calendar files, read back with ical.js as a phone would.
 */
import { describe, expect, it } from 'vitest';
import { occurrences, type EventTiming, type WeeklyRepeat } from '../../src/lib/core/recurrence';
import { clubSessions } from '../../src/lib/domain/clubs';
import { calendar, type CalendarEvent } from '../../src/lib/domain/ical';
import { closedDays } from '../../src/lib/domain/school-days';
import { inTermTime, withTermTime } from '../../src/lib/domain/term-time';
import { eventSchema } from '../../src/schemas/event';
import { expandedDates } from '../helpers/ical';

const termDates = [
  { id: 'half-term', data: { title: 'Half term', start: '2026-10-26', end: '2026-10-30', category: 'holiday', classes: [] } },
  { id: 'inset', data: { title: 'INSET day', start: '2026-11-02', category: 'inset', classes: [] } },
  { id: 'christmas', data: { title: 'Christmas holiday', start: '2026-12-21', end: '2027-01-01', category: 'holiday', classes: [] } },
  // A term's first and last days are school days: they close nothing.
  { id: 'term-starts', data: { title: 'Autumn term starts', start: '2026-09-02', category: 'term-dates', classes: [] } },
  { id: 'term-ends', data: { title: 'Autumn term ends', start: '2026-12-18', category: 'term-dates', classes: [] } },
];
const closed = closedDays(termDates);
const HALF_TERM = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30'];

describe('the days the school is closed', () => {
  it('include a training day kept as a term date with INSET in its title, as schools did before the INSET kind', () => {
    const older = closedDays([{ data: { title: 'INSET day: staff training', start: '2026-11-02', category: 'term-dates' } }]);
    expect([...older]).toEqual(['2026-11-02']);
  });

  it('are every day of each holiday and each INSET day, and no term date', () => {
    for (const day of [...HALF_TERM, '2026-11-02', '2026-12-21', '2027-01-01']) expect(closed.has(day), day).toBe(true);
    for (const day of ['2026-10-25', '2026-10-31', '2026-11-03', '2026-09-02', '2026-12-18', '2026-12-20']) expect(closed.has(day), day).toBe(false);
    expect(closed.size).toBe(5 + 1 + 12);
  });
});

describe('a weekly event in term time only', () => {
  const monday: EventTiming & { repeat: WeeklyRepeat } = {
    start: '2026-09-07T15:20',
    end: '2026-09-07T16:20',
    repeat: { every: 'week', until: '2026-12-14', except: [], term_time_only: true },
  };

  it('has no date in half term or on an INSET day, and every other week', () => {
    const dates = occurrences(inTermTime(monday, closed)).map((o) => o.start.slice(0, 10));
    expect(dates).not.toContain('2026-10-26');
    expect(dates).not.toContain('2026-11-02');
    expect(dates).toContain('2026-10-19');
    expect(dates).toContain('2026-11-09');
    expect(dates).toHaveLength(15 - 2);
  });

  it('keeps the editor’s own exceptions apart from the closed days', () => {
    const timing = inTermTime({ ...monday, repeat: { ...monday.repeat, except: ['2026-10-26', '2026-11-30'] } }, closed);
    expect(timing.repeat.except).toEqual(['2026-10-26', '2026-11-30']);
    expect(timing.repeat.closed).toEqual(['2026-11-02']);
    expect(occurrences(timing)).toHaveLength(15 - 3);
  });

  it('is left as it is when not in term time only, so a holiday club still meets in the holidays', () => {
    const holidayClub = { ...monday, repeat: { ...monday.repeat, term_time_only: false } };
    expect(inTermTime(holidayClub, closed)).toBe(holidayClub);
    expect(occurrences(holidayClub).map((o) => o.start.slice(0, 10))).toContain('2026-10-26');
  });

  it('is resolved once for a list of events, from the holidays in the same list', () => {
    const events: { id: string; data: EventTiming & { category: string; title: string } }[] = [
      ...termDates,
      { id: 'assembly', data: { ...monday, title: 'Assembly', category: 'assembly' } },
    ];
    const resolved = withTermTime(events);
    expect(resolved.find((e) => e.id === 'assembly')!.data.repeat!.closed).toEqual(['2026-10-26', '2026-11-02']);
    // The entries that need nothing are the same objects.
    expect(resolved[0]).toBe(events[0]);
  });

  it('is written repeat: {every: week, term_time_only: true} in an event file', () => {
    const parsed = eventSchema.safeParse({
      title: 'Celebration assembly',
      start: '2026-09-04T14:45',
      category: 'assembly',
      repeat: { every: 'week', until: '2027-07-16', term_time_only: true },
      summary: 'Every Friday.',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data!.repeat).toEqual({ every: 'week', until: '2027-07-16', except: [], term_time_only: true });
  });
});

describe('in the calendar file parents subscribe to', () => {
  const options = { name: 'Hazelbrook', host: 'school.example', timeZone: 'Europe/London', now: new Date('2026-11-23T00:00:00Z') };
  const club = {
    days: ['monday', 'wednesday'] as const,
    start_time: '15:20',
    end_time: '16:20',
    from: '2026-09-03',
    until: '2026-12-16',
    except: ['2026-12-09'],
  };
  const entries: CalendarEvent[] = clubSessions({ ...club, days: [...club.days] }, closed).map((s) => ({
    id: `club/coding/${s.day}`,
    title: 'Coding club',
    summary: 'Games and robots.',
    start: s.start,
    end: s.end,
    url: 'https://school.example/clubs/coding/',
    repeat: s.repeat,
  }));
  const days = expandedDates(calendar(entries, options));

  it('has no session of the club in half term or on the INSET day, on either of its days', () => {
    const all = [...days.values()].flat();
    for (const day of [...HALF_TERM, '2026-11-02']) expect(all, day).not.toContain(day);
    expect(all).not.toContain('2026-12-09'); // the club's own exception
  });

  it('has every other session, the same dates as the pages show', () => {
    const monday = days.get('club/coding/monday@school.example')!;
    const wednesday = days.get('club/coding/wednesday@school.example')!;
    expect(monday[0]).toBe('2026-09-07'); // the first Monday on or after 3 September
    expect(wednesday[0]).toBe('2026-09-09');
    expect(monday).toContain('2026-11-09');
    expect(wednesday).toContain('2026-11-04');
    const fromPages = clubSessions({ ...club, days: [...club.days] }, closed).flatMap((s) => occurrences(s).map((o) => o.start.slice(0, 10)));
    expect([...monday, ...wednesday].sort()).toEqual(fromPages.sort());
  });
});
