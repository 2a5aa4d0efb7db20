import { describe, expect, it } from 'vitest';
import { relatedBothWays, reviewCounts, reviewRows, statutoryChecklist } from '../../src/lib/governors';
import { reviewStatus } from '../../src/lib/review';
import { settingsSchema } from '../../src/schemas/settings';
import type { StatutoryItem } from '../../src/lib/statutory';

const policy = (id: string, approved: string, review_months: number, extra: Record<string, unknown> = {}) => ({
  id,
  data: { title: id, committee: 'Full governing board', owner: 'Head', approved, review_months, statutory: [] as string[], related: [] as string[], ...extra },
});

describe('review status at the boundaries', () => {
  it('is due soon on the due date and exactly 90 days before it; in date at 91', () => {
    expect(reviewStatus({ approved: '2025-11-23', review_months: 12 }, '2026-11-23').state).toBe('due-soon');
    expect(reviewStatus({ approved: '2026-02-21', review_months: 12 }, '2026-11-23')).toMatchObject({ due: '2027-02-21', daysLeft: 90, state: 'due-soon' });
    expect(reviewStatus({ approved: '2026-02-22', review_months: 12 }, '2026-11-23')).toMatchObject({ daysLeft: 91, state: 'in-date' });
  });
  it('handles leap years and cycles ending on the 31st of a shorter month', () => {
    expect(reviewStatus({ approved: '2024-02-29', review_months: 12 }, '2025-02-28')).toMatchObject({ due: '2025-02-28', daysLeft: 0 });
    expect(reviewStatus({ approved: '2024-02-29', review_months: 48 }, '2026-11-23').due).toBe('2028-02-29');
    expect(reviewStatus({ approved: '2026-03-31', review_months: 6 }, '2026-09-30')).toMatchObject({ due: '2026-09-30', state: 'due-soon' });
    expect(reviewStatus({ approved: '2026-03-31', review_months: 6 }, '2026-10-01').state).toBe('overdue');
  });
});

describe('the review table', () => {
  it('puts overdue first, then due soon, then in date, each by due date, and counts them', () => {
    const rows = reviewRows([policy('c', '2026-06-01', 12), policy('a', '2024-01-01', 12), policy('b', '2025-12-01', 12), policy('d', '2023-06-01', 12)], '2026-11-23');
    expect(rows.map((r) => `${r.id}:${r.state}`)).toEqual(['d:overdue', 'a:overdue', 'b:due-soon', 'c:in-date']);
    expect(reviewCounts(rows)).toEqual({ overdue: 2, 'due-soon': 1, 'in-date': 1 });
  });
  it('uses the configured due-soon window', () => {
    expect(reviewRows([policy('b', '2025-12-01', 12)], '2026-11-23', 7)[0]!.state).toBe('in-date');
  });
});

describe('the statutory checklist', () => {
  const items: StatutoryItem[] = [
    { key: 'complaints', title: 'Complaints', applies_to: 'all', description: '' },
    { key: 'behaviour-policy', title: 'Behaviour', applies_to: 'all', description: '' },
    { key: 'contact-details', title: 'Contact', applies_to: 'all', description: '' },
    { key: 'opening-hours', title: 'Hours', applies_to: 'all', description: '' },
    { key: 'values-ethos', title: 'Values', applies_to: 'all', description: '' },
    { key: 'funding-agreement', title: 'Funding agreement', applies_to: 'academy', description: '' },
  ];
  const settings = settingsSchema.parse({
    name: 'S', url: 'https://s.example.org', address: { line1: 'a', town: 'b', postcode: 'c' }, phone: '1', email: 'o@s.example.org',
    head_teacher: 'H', senco: { name: 'N', email: 'n@s.example.org' }, opening_hours: [{ label: 'Day', hours: '9 to 3' }],
  });
  const policies = [policy('complaints', '2020-01-01', 12, { statutory: ['complaints'] }), policy('behaviour', '2026-09-01', 12, { statutory: ['behaviour-policy'] })];
  const pages = [{ id: 'about', data: { title: 'About us', statutory: [] as string[] } }];
  const rows = new Map(statutoryChecklist(items, settings, policies, pages, '2026-11-23').map((r) => [r.item.key, r]));

  it('marks an item met by an in-date policy, linking to it', () => {
    expect(rows.get('behaviour-policy')).toMatchObject({ status: 'met', providers: [{ kind: 'policy', href: '/policies/behaviour/', state: 'in-date' }] });
  });
  it('flags an item whose only policy is overdue', () => {
    expect(rows.get('complaints')!.status).toBe('overdue');
  });
  it('counts settings as providing contact details, but not hours without the weekly total', () => {
    expect(rows.get('contact-details')).toMatchObject({ status: 'met', providers: [{ kind: 'settings' }] });
    expect(rows.get('opening-hours')!.status).toBe('missing');
  });
  it('reports an item nothing provides as missing', () => {
    expect(rows.get('values-ethos')).toMatchObject({ status: 'missing', providers: [] });
  });
  it('lists academy-only items only for academies', () => {
    expect(rows.has('funding-agreement')).toBe(false);
    const academy = statutoryChecklist(items, { ...settings, school_type: 'academy' }, policies, pages, '2026-11-23');
    expect(academy.map((r) => r.item.key)).toContain('funding-agreement');
  });
});

describe('related policies', () => {
  it('are shown both ways, without duplicates or self-links', () => {
    const related = relatedBothWays([
      policy('a', '2026-01-01', 12, { related: ['b', 'a'] }),
      policy('b', '2026-01-01', 12, { related: ['a'] }),
      policy('c', '2026-01-01', 12, { related: ['a'] }),
    ]);
    expect(related.get('a')!.map((p) => p.id)).toEqual(['b', 'c']);
    expect(related.get('b')!.map((p) => p.id)).toEqual(['a']);
    expect(related.get('c')!.map((p) => p.id)).toEqual(['a']);
  });
});
