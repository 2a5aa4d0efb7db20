import { describe, expect, it } from 'vitest';
import {
  checklistCounts,
  checklistSections,
  missingItems,
  publishedChecklist,
  relatedBothWays,
  reviewCounts,
  reviewDetail,
  reviewRows,
  reviewStateLabel,
  statutoryChecklist,
} from '../../src/lib/domain/governors';
import { reviewStatus } from '../../src/lib/domain/review';
import { settingsSchema } from '../../src/schemas/settings';
import type { StatutoryItem } from '../../src/schemas/statutory';

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
    const rows = reviewRows(
      [policy('c', '2026-06-01', 12), policy('a', '2024-01-01', 12), policy('b', '2025-12-01', 12), policy('d', '2023-06-01', 12)],
      '2026-11-23',
    );
    expect(rows.map((r) => `${r.id}:${r.state}`)).toEqual(['d:overdue', 'a:overdue', 'b:due-soon', 'c:in-date']);
    expect(reviewCounts(rows)).toEqual({ overdue: 2, 'due-soon': 1, 'in-date': 1 });
  });
  it('uses the configured due-soon window', () => {
    expect(reviewRows([policy('b', '2025-12-01', 12)], '2026-11-23', 7)[0]!.state).toBe('in-date');
  });
});

describe('the statutory checklist', () => {
  const item = (key: string, extra: Partial<StatutoryItem> = {}): StatutoryItem => ({
    key,
    title: key,
    requirement: 'must',
    source: { guidance: 'publish-online', section: 'A section' },
    checked: '2026-12-06',
    description: '',
    ...extra,
  });
  const list = {
    guidance: {
      'publish-online': {
        maintained: { title: 'Maintained guidance', url: 'https://www.gov.uk/m' },
        academy: { title: 'Academy guidance', url: 'https://www.gov.uk/a' },
      },
      other: { title: 'Other guidance', url: 'https://www.gov.uk/o' },
    },
    items: [
      item('complaints'),
      item('behaviour-policy'),
      item('contact-details', { requirement: { maintained: 'must', academy: 'should' } }),
      item('opening-hours'),
      item('values-ethos', { requirement: 'should' }),
      item('safeguarding', { requirement: 'should', source: { guidance: 'other', section: 'Part two' } }),
      item('funding-agreement', { school_types: ['academy'] }),
      item('careers', { phases: ['secondary', 'sixth-form'] }),
    ],
  };
  const settings = settingsSchema.parse({
    name: 'S',
    url: 'https://s.example.org',
    address: { line1: 'a', town: 'b', postcode: 'c' },
    phone: '1',
    email: 'o@s.example.org',
    head_teacher: 'H',
    senco: { name: 'N', email: 'n@s.example.org' },
    opening_hours: [{ label: 'Day', hours: '9 to 3' }],
  });
  const policies = [
    policy('complaints', '2020-01-01', 12, { statutory: ['complaints'] }),
    policy('behaviour', '2026-09-01', 12, { statutory: ['behaviour-policy'] }),
  ];
  const pages = [{ id: 'about', data: { title: 'About us', statutory: [] as string[] } }];
  const rows = new Map(statutoryChecklist(list, settings, policies, pages, '2026-11-23').map((r) => [r.item.key, r]));

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
  it('reports an item nothing provides as missing, with whether it is a must or a should', () => {
    expect(rows.get('values-ethos')).toMatchObject({ status: 'missing', requirement: 'should', providers: [] });
    expect(missingItems([...rows.values()])).toEqual({ must: [rows.get('opening-hours')], should: [rows.get('values-ethos'), rows.get('safeguarding')] });
  });
  it('gives each item the guidance for this kind of school, and the section to read', () => {
    expect(rows.get('complaints')!.source).toEqual({ title: 'Maintained guidance', url: 'https://www.gov.uk/m', section: 'A section' });
    expect(rows.get('safeguarding')!.source).toEqual({ title: 'Other guidance', url: 'https://www.gov.uk/o', section: 'Part two' });
    const academy = statutoryChecklist(list, { ...settings, school_type: 'academy' }, policies, pages, '2026-11-23');
    expect(academy.find((r) => r.item.key === 'complaints')!.source.url).toBe('https://www.gov.uk/a');
  });
  it('keeps items that do not apply, saying why, and never calls them missing', () => {
    expect(rows.get('funding-agreement')).toMatchObject({ status: 'not-applicable', notApplicable: 'applies to academies only' });
    expect(rows.get('careers')).toMatchObject({ status: 'not-applicable', notApplicable: 'applies to schools with secondary pupils or a sixth form' });
    const academy = new Map(statutoryChecklist(list, { ...settings, school_type: 'academy' }, policies, pages, '2026-11-23').map((r) => [r.item.key, r]));
    expect(academy.get('funding-agreement')).toMatchObject({ status: 'missing', requirement: 'must' });
    expect(academy.get('contact-details')!.requirement).toBe('should');
  });
  it('splits the page into must, should and not applicable, and counts each part', () => {
    const sections = checklistSections([...rows.values()]);
    expect(sections.must.map((r) => r.item.key)).toEqual(['complaints', 'behaviour-policy', 'contact-details', 'opening-hours']);
    expect(sections.should.map((r) => r.item.key)).toEqual(['values-ethos', 'safeguarding']);
    expect(sections.notApplicable.map((r) => r.item.key)).toEqual(['funding-agreement', 'careers']);
    expect(checklistCounts(sections.must)).toEqual({ met: 2, overdue: 1, missing: 1 });
  });
  it('counts only published entries: not drafts, consultation drafts or entries dated later', () => {
    const entries = {
      policies: [
        { id: 'draft', data: { ...policy('draft', '2026-01-01', 12).data, statutory: ['opening-hours'], draft: true } },
        {
          id: 'consulted',
          data: {
            ...policy('consulted', '2026-01-01', 12).data,
            statutory: ['opening-hours'],
            draft: true,
            consultation: { opens: '2026-11-01', closes: '2026-12-01', survey: 's' },
          },
        },
      ],
      pages: [{ id: 'later', data: { title: 'Later', statutory: ['opening-hours'], draft: false, date: '2026-12-01' } }],
    };
    expect(publishedChecklist(list, settings, entries, '2026-11-23').find((r) => r.item.key === 'opening-hours')!.status).toBe('missing');
    expect(publishedChecklist(list, settings, entries, '2026-12-01').find((r) => r.item.key === 'opening-hours')!.status).toBe('met');
  });
});

describe('review wording on the public governors’ pages', () => {
  it('is calm by default: no day counts, and the policy page’s reassurance for a review under way', () => {
    expect(settingsSchema.shape.governors_dashboard.parse(undefined)).toBe('calm');
    expect([reviewStateLabel('overdue', 'calm'), reviewDetail({ state: 'overdue', daysLeft: -71 }, 'calm')]).toEqual([
      'Being reviewed',
      'stays in force until the governors approve the new version',
    ]);
    expect(reviewDetail({ state: 'due-soon', daysLeft: 12 }, 'calm')).toBeUndefined();
  });
  it('counts the days in the detailed view', () => {
    expect([reviewStateLabel('overdue', 'detailed'), reviewDetail({ state: 'overdue', daysLeft: -71 }, 'detailed')]).toEqual(['Overdue', '71 days overdue']);
    expect(reviewDetail({ state: 'due-soon', daysLeft: 0 }, 'detailed')).toBe('due today');
    expect(reviewDetail({ state: 'in-date', daysLeft: 200 }, 'detailed')).toBe('in 200 days');
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
