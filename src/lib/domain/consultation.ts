/** Policy consultations: asking parents before the governors approve a policy. */
import type { LocalDate } from '../core/time';

export interface Consultation {
  opens: LocalDate;
  closes: LocalDate;
  survey: string;
  decision?: LocalDate;
}

export type ConsultationState = 'upcoming' | 'open' | 'closed';

/** Before, during or after the consultation, on `today` (opens and closes are both included). */
export function consultationState(c: Consultation, today: LocalDate): ConsultationState {
  if (today < c.opens) return 'upcoming';
  return today > c.closes ? 'closed' : 'open';
}

interface PolicyLike {
  data: { draft: boolean; consultation?: Consultation };
}

/** A draft published only for its consultation: it has a page, but is not in the policy library. */
export function isConsultationDraft(policy: PolicyLike): boolean {
  return policy.data.draft && policy.data.consultation !== undefined;
}

/** Consultations worth listing: open or upcoming, or closed in the last `recentDays` days; soonest closing first. */
export function currentConsultations<P extends PolicyLike>(policies: readonly P[], today: LocalDate, recentDays = 365): P[] {
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - recentDays);
  const since = cutoff.toISOString().slice(0, 10);
  return policies
    .filter((p) => p.data.consultation && p.data.consultation.closes >= since)
    .sort((a, b) => a.data.consultation!.closes.localeCompare(b.data.consultation!.closes));
}
