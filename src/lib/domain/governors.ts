/** The governors' views: every policy's review status, and the statutory publishing checklist. */
import type { Settings } from '../../schemas/settings';
import { isPublished } from './publishing';
import { reviewStatus, type ReviewState } from './review';
import { applicability, sourceOf } from './statutory';
import { type Guidance, type Requirement, type StatutoryItem } from '../../schemas/statutory';
import type { LocalDate } from '../core/time';
import { SITE_ROUTES, entryPath, onSite } from '../../schemas/routes';
import { isCurrentGovernor, type GovernorEntry } from './register';

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

/** How the public governors' pages word review status: `calm` (the default) or `detailed`. */
export type DashboardView = Settings['governors_dashboard'];

const STATE_LABELS: Record<DashboardView, Record<ReviewState, string>> = {
  calm: { overdue: 'Being reviewed', 'due-soon': 'Due for review soon', 'in-date': 'In date' },
  detailed: { overdue: 'Overdue', 'due-soon': 'Due soon', 'in-date': 'In date' },
};

/** The name of a review state on the public pages, in the chosen view ("Being reviewed" or "Overdue"). */
export function reviewStateLabel(state: ReviewState, view: DashboardView): string {
  return STATE_LABELS[view][state];
}

/**
 * What follows the state in the review table. Calm: the policy page's reassurance for a review
 * under way, and no day counts (parents read this page too). Detailed: the days overdue or left.
 */
export function reviewDetail(row: Pick<ReviewRow, 'state' | 'daysLeft'>, view: DashboardView): string | undefined {
  if (view === 'calm') return row.state === 'overdue' ? 'stays in force until the governors approve the new version' : undefined;
  return row.daysLeft < 0 ? `${-row.daysLeft} days overdue` : row.daysLeft === 0 ? 'due today' : `in ${row.daysLeft} days`;
}

export interface Provider {
  /** `trust`: a page on the school's trust's site (its accounts, its funding agreement). */
  kind: 'policy' | 'page' | 'settings' | 'register' | 'trust';
  title: string;
  href?: string;
  /** For a policy: its review state (an overdue policy still counts as published, but is flagged). */
  state?: ReviewState;
}

export type ChecklistStatus = 'met' | 'overdue' | 'missing' | 'not-applicable';

export interface ChecklistRow {
  item: StatutoryItem;
  /** Whether the school must publish it or the guidance says it should, for this kind of school. */
  requirement: Requirement;
  /** Why the item does not apply to this school ("applies to schools with secondary pupils"). */
  notApplicable?: string;
  /** The guidance the item comes from, for this kind of school, and the section to read. */
  source: { title: string; url: string; section: string };
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
  const what = {
    'contact-details': 'School settings: contact details and SENCO (shown on every page)',
    'opening-hours': 'School settings: opening hours and weekly hours (shown on every page)',
    'ofsted-results': 'School settings: Ofsted report and performance tables links',
  }[key];
  return [{ kind: 'settings', title: what ?? 'School settings' }];
}

/** The item the governors' register provides: governance information, once someone is on the board. */
const REGISTER_ITEM = 'governance';

/** The governors' register, for the governance item, when it has at least one governor on the board today. */
function fromRegister(key: string, governors: readonly GovernorEntry[], today: LocalDate): Provider[] {
  if (key !== REGISTER_ITEM || !governors.some((g) => isCurrentGovernor(g, today))) return [];
  return [{ kind: 'register', title: 'Governors’ register', href: SITE_ROUTES.governorsRegister }];
}

/**
 * What a school's academy trust publishes on its own site for all its schools: the trust's
 * published pages (annual accounts, funding agreement, governance documents), with its name and address.
 */
export interface TrustPublishing {
  name: string;
  url: string;
  pages: readonly PageLike[];
}

/** The trust's pages that provide the item, linked on the trust's site. */
function fromTrust(key: string, trust: TrustPublishing | undefined): Provider[] {
  if (!trust) return [];
  return trust.pages
    .filter((p) => p.data.statutory.includes(key))
    .map((p) => ({ kind: 'trust' as const, title: `${trust.name}: ${p.data.title}`, href: onSite(trust.url, entryPath('pages', p.id)) }));
}

/** The statutory list as `src/data/statutory.yaml` holds it: the guidance documents and the items. */
export interface StatutoryList {
  guidance: Guidance;
  items: readonly StatutoryItem[];
}

/**
 * The list a site is checked against: a trust's own site only for what a trust publishes for its
 * schools (items marked `trust`); a school's, everything.
 */
export function listForSite(list: StatutoryList, trustSite: boolean): StatutoryList {
  return trustSite ? { ...list, items: list.items.filter((item) => item.trust) } : list;
}

/**
 * For each item on the list: whether the school must or should publish it (or why it does not
 * apply), where the guidance says so, which policies, pages, settings or the governors' register
 * provide it, and whether it is met, provided only by overdue policies, or missing.
 */
export function statutoryChecklist(
  list: StatutoryList,
  settings: Settings,
  policies: readonly PolicyLike[],
  pages: readonly PageLike[],
  today: LocalDate,
  dueSoonDays = 90,
  governors: readonly GovernorEntry[] = [],
  trust?: TrustPublishing,
): ChecklistRow[] {
  return list.items.map((item) => {
    const applies = applicability(item, settings);
    const providers: Provider[] = [
      ...policies
        .filter((p) => p.data.statutory.includes(item.key))
        .map((p) => ({
          kind: 'policy' as const,
          title: p.data.title,
          href: entryPath('policies', p.id),
          state: reviewStatus(p.data, today, dueSoonDays).state,
        })),
      ...pages.filter((p) => p.data.statutory.includes(item.key)).map((p) => ({ kind: 'page' as const, title: p.data.title, href: entryPath('pages', p.id) })),
      ...fromSettings(item.key, settings),
      ...fromRegister(item.key, governors, today),
      ...fromTrust(item.key, trust),
    ];
    const status: ChecklistStatus = !applies.applies
      ? 'not-applicable'
      : providers.length === 0
        ? 'missing'
        : providers.every((p) => p.state === 'overdue')
          ? 'overdue'
          : 'met';
    return {
      item,
      requirement: applies.requirement,
      ...(applies.applies ? {} : { notApplicable: applies.reason }),
      source: sourceOf(item, list.guidance, settings.school_type),
      providers,
      status,
    };
  });
}

interface ContentEntry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * The checklist from a content folder's checked entries, counting only what parents can see
 * (published: not drafts, not scheduled for later; a draft out for consultation is not yet the
 * school's policy). The build's warning, the doctor and the governors' page all count this way.
 */
export function publishedChecklist(
  list: StatutoryList,
  settings: Settings,
  entries: { policies: readonly ContentEntry[]; pages: readonly ContentEntry[]; governors?: readonly ContentEntry[] },
  today: LocalDate,
  trust?: { name: string; url: string; pages: readonly ContentEntry[] },
): ChecklistRow[] {
  const live = (all: readonly ContentEntry[]) => all.filter((e) => isPublished(e as never, today)) as never[];
  const trustPublishing = trust && { ...trust, pages: live(trust.pages) };
  return statutoryChecklist(
    list,
    settings,
    live(entries.policies),
    live(entries.pages),
    today,
    settings.review_due_soon_days,
    live(entries.governors ?? []),
    trustPublishing,
  );
}

/** What is missing, split into what the school must publish and what it should. */
export function missingItems(rows: readonly ChecklistRow[]): Record<Requirement, ChecklistRow[]> {
  const missing = rows.filter((r) => r.status === 'missing');
  return { must: missing.filter((r) => r.requirement === 'must'), should: missing.filter((r) => r.requirement === 'should') };
}

/** The checklist as the governors' page shows it: what the school must publish, what it should, and what does not apply. */
export function checklistSections(rows: readonly ChecklistRow[]): { must: ChecklistRow[]; should: ChecklistRow[]; notApplicable: ChecklistRow[] } {
  const applying = rows.filter((r) => r.status !== 'not-applicable');
  return {
    must: applying.filter((r) => r.requirement === 'must'),
    should: applying.filter((r) => r.requirement === 'should'),
    notApplicable: rows.filter((r) => r.status === 'not-applicable'),
  };
}

/** How many rows are published and in date, published with only overdue policies, and missing. */
export function checklistCounts(rows: readonly ChecklistRow[]): Record<'met' | 'overdue' | 'missing', number> {
  const count = (status: ChecklistStatus) => rows.filter((r) => r.status === status).length;
  return { met: count('met'), overdue: count('overdue'), missing: count('missing') };
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
  return new Map([...related].map(([id, set]) => [id, [...set].map((r) => byId.get(r)!).sort((a, b) => a.id.localeCompare(b.id))]));
}
