import { describe, expect, it } from 'vitest';
import { nextReviewDate, reviewStatus } from '../../src/lib/domain/review';

describe('policy review dates', () => {
  it('is due the approval date plus the review cycle', () => {
    expect(nextReviewDate({ approved: '2025-03-10', review_months: 24 })).toBe('2027-03-10');
  });
  it('uses the date governors set when there is one', () => {
    expect(nextReviewDate({ approved: '2025-03-10', review_months: 24, next_review: '2026-09-01' })).toBe('2026-09-01');
  });
  it('is overdue the day after it was due, and due soon on the day', () => {
    const policy = { approved: '2024-11-23', review_months: 24 };
    expect(reviewStatus(policy, '2026-11-23')).toEqual({ state: 'due-soon', due: '2026-11-23', daysLeft: 0 });
    expect(reviewStatus(policy, '2026-11-24')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });
  it('is due soon within 90 days (or the window given), and in date after that', () => {
    const policy = { approved: '2025-02-20', review_months: 24 };
    expect(reviewStatus(policy, '2026-11-23').state).toBe('due-soon'); // 89 days left
    expect(reviewStatus(policy, '2026-11-23', 30).state).toBe('in-date');
    expect(reviewStatus({ approved: '2026-06-01', review_months: 12 }, '2026-11-23').state).toBe('in-date');
  });
});
