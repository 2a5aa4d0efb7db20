import { describe, expect, it } from 'vitest';
import { allOccurrences, byMonth, forClass, forSubscribedCalendar, nextSevenDays, notFinished, past, upcoming, withoutDistantRepeats } from '../../src/lib/domain/events';
import { lettersForClass } from '../../src/lib/domain/letters';
import { mainNavigation } from '../../src/lib/domain/navigation';
import { isPublished, newestFirst } from '../../src/lib/domain/publishing';
import { answerShares, surveyState } from '../../src/lib/domain/survey';

const ev = (id: string, start: string, extra: Record<string, unknown> = {}) => ({ id, data: { start, classes: [] as string[], ...extra } });

describe('publishing', () => {
  it('hides drafts and entries dated in the future', () => {
    expect(isPublished({ data: { date: '2026-11-23' } }, '2026-11-23')).toBe(true);
    expect(isPublished({ data: { date: '2026-11-24' } }, '2026-11-23')).toBe(false);
    expect(isPublished({ data: { draft: true } }, '2026-11-23')).toBe(false);
    expect(isPublished({ data: {} }, '2026-11-23')).toBe(true);
  });
  it('sorts newest first, stably', () => {
    const items = [
      { id: 'b', data: { date: '2026-01-01' } },
      { id: 'a', data: { date: '2026-01-01' } },
      { id: 'c', data: { date: '2026-02-01' } },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

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
    expect(upcoming(all, '2026-11-23').map((d) => d.occurrence.start)).toEqual([
      '2026-11-25',
      '2026-11-27T14:45',
      '2026-12-04T14:45',
      '2026-12-10T14:00',
    ]);
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

describe('class pages', () => {
  it('shows letters for the class or its year group, newest term first', () => {
    const letters = [
      { id: 'a', data: { class: 'oak', term: 'autumn' as const, academic_year: '2026-27' } },
      { id: 'b', data: { class: 'oak', term: 'spring' as const, academic_year: '2026-27' } },
      { id: 'c', data: { year_group: 'Year 3', term: 'summer' as const, academic_year: '2025-26' } },
      { id: 'd', data: { class: 'willow', term: 'autumn' as const, academic_year: '2026-27' } },
    ];
    expect(lettersForClass(letters, { id: 'oak', data: { year_group: 'Year 3' } }).map((l) => l.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('navigation', () => {
  it('puts pages with a nav number after Home, in order, then the sections', () => {
    const nav = mainNavigation(
      [
        { id: 'contact', data: { title: 'Contact', nav: 3 } },
        { id: 'privacy', data: { title: 'Privacy' } },
        { id: 'about', data: { title: 'About', nav: 1 } },
      ],
      [{ href: '/events/', label: 'Events' }],
      { href: '/', label: 'Home' },
    );
    expect(nav.map((l) => l.href)).toEqual(['/', '/about/', '/contact/', '/events/']);
  });
});

describe('surveys', () => {
  const survey = { opens: '2026-11-09', closes: '2026-12-04' };
  it('is open from the first to the last day inclusive', () => {
    expect(surveyState(survey, '2026-11-08')).toBe('not-yet-open');
    expect(surveyState(survey, '2026-11-09')).toBe('open');
    expect(surveyState(survey, '2026-12-04')).toBe('open');
    expect(surveyState(survey, '2026-12-05')).toBe('closed');
  });
  it('gives percentages that add up to 100', () => {
    const shares = answerShares({ strongly_agree: 1, agree: 1, disagree: 1, strongly_disagree: 0, dont_know: 0 });
    expect(shares.map((s) => s.percent)).toEqual([34, 33, 33, 0, 0]);
    expect(answerShares({ strongly_agree: 0, agree: 0, disagree: 0, strongly_disagree: 0, dont_know: 0 }).every((s) => s.percent === 0)).toBe(true);
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
    expect(listed.map((d) => `${d.event.id}@${d.occurrence.start.slice(0, 10)}`)).toEqual(['assembly@2026-11-27', 'assembly@2026-12-04', 'fair@2026-12-04', 'show@2027-07-15']);
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
