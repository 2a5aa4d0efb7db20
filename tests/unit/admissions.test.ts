/** What the admissions page gathers (src/lib/domain/admissions.ts): the open days still to come, and the pages that publish required information. */
import { describe, expect, it } from 'vitest';
import { openDays, providing } from '../../src/lib/domain/admissions';

const event = (id: string, category: string, start: string, end?: string) => ({
  id,
  data: { category, start, ...(end ? { end } : {}), classes: [] as string[] },
});
const entry = (id: string, statutory: string[]) => ({ id, data: { title: id, summary: `About ${id}`, statutory } });

describe('the admissions page', () => {
  it('lists the open days still to come, soonest first, and no other events', () => {
    const events = [
      event('january', 'open-day', '2027-01-07T09:30', '2027-01-07T10:45'),
      event('october', 'open-day', '2026-10-15T09:30', '2026-10-15T11:00'),
      event('today', 'open-day', '2026-11-23T17:00', '2026-11-23T18:00'),
      event('fair', 'community', '2026-12-05'),
      event('november', 'open-day', '2026-11-26T09:30', '2026-11-26T11:00'),
    ];
    expect(openDays(events, '2026-11-23').map((d) => d.event.id)).toEqual(['today', 'november', 'january']);
  });

  it('links the policies, then the pages, that publish an item, but not the page whose text it is showing', () => {
    const policies = [entry('admissions', ['admissions']), entry('uniform', ['uniform']), entry('behaviour', ['behaviour'])];
    const pages = [entry('joining', ['admissions']), entry('admissions', ['admissions'])];
    expect(providing('admissions', policies, pages, ['admissions'])).toEqual([
      { title: 'admissions', summary: 'About admissions', href: '/policies/admissions/' },
      { title: 'joining', summary: 'About joining', href: '/joining/' },
    ]);
    expect(providing('uniform', policies, pages).map((p) => p.href)).toEqual(['/policies/uniform/']);
    expect(providing('pe-sport-premium', policies, pages)).toEqual([]);
  });
});
