/** The governors' views: every policy's review status, and the statutory publishing checklist. */
import type { Settings } from '../schemas/settings';
import { reviewStatus, type ReviewState } from './review';
import type { StatutoryItem } from './statutory';
import type { LocalDate } from './time';

interface PolicyLike {
  id: string;
  data: { title: string; committee: string; owner: string; approved: LocalDate; review_months: number; next_review?: LocalDate; statutory: string[] };
}
interface PageLike {
  id: string;
  data: { title: string; statutory: string[] };
}

export interface ReviewRow {
  id: string;
  title: string;
  committee: string;
  owner: string;
  approved: LocalDate;
  due: LocalDate;
  daysLeft: number;
  state: ReviewState;
}

const STATE_ORDER: Record<ReviewState, number> = { overdue: 0, 'due-soon': 1, 'in-date': 2 };

/** Every policy with its review status, most urgent first (then by due date, then title). */
export function reviewRows(policies: readonly PolicyLike[], today: LocalDate, dueSoonDays = 90): ReviewRow[] {
  return policies
    .map((p) => {
      const status = reviewStatus(p.data, today, dueSoonDays);
      return { id: p.id, title: p.data.title, committee: p.data.committee, owner: p.data.owner, approved: p.data.approved, ...status };
    })
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}

/** How many policies are in each state. */
export function reviewCounts(rows: readonly ReviewRow[]): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { overdue: 0, 'due-soon': 0, 'in-date': 0 };
  for (const row of rows) counts[row.state] += 1;
  return counts;
}

export interface Provider {
  kind: 'policy' | 'page' | 'settings';
  title: string;
  href?: string;
  /** For a policy: its review state (an overdue policy still counts as published, but is flagged). */
  state?: ReviewState;
}

export type ChecklistStatus = 'met' | 'overdue' | 'missing';

export interface ChecklistRow {
  item: StatutoryItem;
  providers: Provider[];
  status: ChecklistStatus;
}

/** Items the school's own settings provide, so no page has to declare them. */
function fromSettings(key: string, settings: Settings): Provider[] {
  const provided =
    (key === 'contact-details' && settings.phone && settings.email && settings.senco.name) ||
    (key === 'opening-hours' && settings.opening_hours.length > 0 && settings.weekly_hours !== undefined) ||
    (key === 'ofsted-results' && settings.ofsted_report_url && settings.performance_tables_url);
  if (!provided) return [];
  const what = { 'contact-details': 'School settings: contact details and SENCO (shown on every page)', 'opening-hours': 'School settings: opening hours and weekly hours (shown on every page)', 'ofsted-results': 'School settings: Ofsted report and performance tables links' }[key];
  return [{ kind: 'settings', title: what ?? 'School settings' }];
}

/**
 * For each item the law asks this kind of school to publish: which policies, pages or settings
 * provide it, and whether it is met, provided only by overdue policies, or missing.
 */
export function statutoryChecklist(
  items: readonly StatutoryItem[],
  settings: Settings,
  policies: readonly PolicyLike[],
  pages: readonly PageLike[],
  today: LocalDate,
  dueSoonDays = 90,
): ChecklistRow[] {
  return items
    .filter((item) => item.applies_to === 'all' || item.applies_to === settings.school_type)
    .map((item) => {
      const providers: Provider[] = [
        ...policies
          .filter((p) => p.data.statutory.includes(item.key))
          .map((p) => ({ kind: 'policy' as const, title: p.data.title, href: `/policies/${p.id}/`, state: reviewStatus(p.data, today, dueSoonDays).state })),
        ...pages.filter((p) => p.data.statutory.includes(item.key)).map((p) => ({ kind: 'page' as const, title: p.data.title, href: `/${p.id}/` })),
        ...fromSettings(item.key, settings),
      ];
      const status: ChecklistStatus =
        providers.length === 0 ? 'missing' : providers.every((p) => p.state === 'overdue') ? 'overdue' : 'met';
      return { item, providers, status };
    });
}

/** Policies listed as related to each policy, in either direction, so the link shows on both pages. */
export function relatedBothWays<P extends { id: string; data: { related: string[] } }>(policies: readonly P[]): Map<string, P[]> {
  const byId = new Map(policies.map((p) => [p.id, p]));
  const related = new Map<string, Set<string>>(policies.map((p) => [p.id, new Set<string>()]));
  for (const p of policies) {
    for (const other of p.data.related) {
      if (!byId.has(other) || other === p.id) continue;
      related.get(p.id)!.add(other);
      related.get(other)!.add(p.id);
    }
  }
  return new Map(
    [...related].map(([id, set]) => [id, [...set].map((r) => byId.get(r)!).sort((a, b) => a.id.localeCompare(b.id))]),
  );
}

