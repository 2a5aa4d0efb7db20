/** Policy review dates and status, as governors and parents see them. */
import { addMonths, daysBetween, type LocalDate } from '../core/time';

export type ReviewState = 'overdue' | 'due-soon' | 'in-date';

export interface ReviewStatus {
  state: ReviewState;
  /** The date the next review is due. */
  due: LocalDate;
  /** Days until it is due (negative when overdue). */
  daysLeft: number;
}

/** The next review date: the one governors set, or approval date plus the review cycle. */
export function nextReviewDate(policy: { approved: LocalDate; review_months: number; next_review?: LocalDate }): LocalDate {
  return policy.next_review ?? addMonths(policy.approved, policy.review_months);
}

/**
 * Whether a policy's review is overdue, due within `dueSoonDays` (90 by default), or in date.
 * A review due today is due soon, not overdue.
 */
export function reviewStatus(
  policy: { approved: LocalDate; review_months: number; next_review?: LocalDate },
  today: LocalDate,
  dueSoonDays = 90,
): ReviewStatus {
  const due = nextReviewDate(policy);
  const daysLeft = daysBetween(today, due);
  const state: ReviewState = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'in-date';
  return { state, due, daysLeft };
}
