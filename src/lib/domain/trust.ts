/**
 * A multi-academy trust's view of its schools' policies: the trust-wide policies every school
 * publishes, each school's own, and the local versions that replace a trust policy on one school's
 * site. Pure: the trust's dashboard, `npm run policies:report -- --trust` and the tests use it.
 */
import type { LocalDate } from '../core/time';
import { reviewCounts, reviewRows, type ReviewRow } from './governors';
import type { ReviewState } from './review';
import { DASHBOARD_SITES, onSite } from '../../schemas/routes';

interface PolicyLike {
  id: string;
  data: { title: string; committee: string; owner: string; approved: LocalDate; review_months: number; next_review?: LocalDate; statutory: string[] };
}

/** A school as the trust's views need it: its short name, its name and site, and its own published policies. */
export interface TrustSchool {
  slug: string;
  name: string;
  url: string;
  /** The school's own policies (not the trust's it publishes). */
  policies: readonly PolicyLike[];
}

/** A content folder's check as the trust's views need it: the settings and the checked policies (a trust policy marked `trust`). */
interface CheckedSchool {
  settings?: { name: string; url: string };
  entries: { policies: readonly (PolicyLike & { trust?: true })[] };
}

/**
 * The trust's schools from their checks, each with its own policies that pass `live` (published
 * today), in the order of their names. A school whose settings have problems is left out (the
 * check reports them).
 */
export function schoolsFromChecks(checks: Readonly<Record<string, CheckedSchool>>, live: (entry: PolicyLike) => boolean): TrustSchool[] {
  return Object.entries(checks)
    .filter(([, school]) => school.settings)
    .map(([slug, school]) => ({
      slug,
      name: school.settings!.name,
      url: school.settings!.url,
      policies: school.entries.policies.filter((p) => !p.trust && live(p)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** Where a policy comes from on the dashboard. */
export type PolicyOrigin = 'trust' | 'local-version' | 'school';

export interface TrustPolicyRow extends ReviewRow {
  /** `trust` for a trust-wide policy, otherwise the school's short name. */
  site: string;
  /** The trust's name or the school's. */
  siteName: string;
  origin: PolicyOrigin;
  /** The policy's page: on the trust's site for a trust policy, on the school's site otherwise. */
  href: string;
  /** For a trust policy: the schools that publish it (those without a local version). */
  schools: string[];
  /** For a trust policy: the schools that have their own version instead. For a local version: empty. */
  replacedAt: string[];
}

/** The site of a trust-wide policy's row, as the dashboard's addresses name it. */
export const TRUST_SITE = DASHBOARD_SITES.trust;

/**
 * Every policy in the trust with its review status, most urgent first: the trust's own (with the
 * schools that publish it and those that replace it) and each school's (a local version when the
 * trust has a policy of the same name). `policyPath` makes a policy's address on a site.
 */
export function trustPolicyRows(
  trust: { name: string; url: string; policies: readonly PolicyLike[] },
  schools: readonly TrustSchool[],
  today: LocalDate,
  dueSoonDays: number,
  policyPath: (id: string) => string,
): TrustPolicyRow[] {
  const trustIds = new Set(trust.policies.map((p) => p.id));
  const rows: TrustPolicyRow[] = reviewRows(trust.policies, today, dueSoonDays).map((row) => {
    const replacedAt = schools.filter((s) => s.policies.some((p) => p.id === row.id)).map((s) => s.slug);
    return {
      ...row,
      site: TRUST_SITE,
      siteName: trust.name,
      origin: 'trust',
      href: onSite(trust.url, policyPath(row.id)),
      schools: schools.map((s) => s.slug).filter((s) => !replacedAt.includes(s)),
      replacedAt,
    };
  });
  for (const school of schools) {
    for (const row of reviewRows(school.policies, today, dueSoonDays)) {
      rows.push({
        ...row,
        site: school.slug,
        siteName: school.name,
        origin: trustIds.has(row.id) ? 'local-version' : 'school',
        href: onSite(school.url, policyPath(row.id)),
        schools: [school.slug],
        replacedAt: [],
      });
    }
  }
  const order: Record<ReviewState, number> = { overdue: 0, 'due-soon': 1, 'in-date': 2 };
  return rows.sort((a, b) => order[a.state] - order[b.state] || a.due.localeCompare(b.due) || a.title.localeCompare(b.title) || a.site.localeCompare(b.site));
}

/**
 * The rows a filter shows. A school: the policies its site publishes (the trust's it has not
 * replaced, and its own). `trust`: the trust-wide policies. A committee: only that committee's.
 */
export function filterTrustRows(rows: readonly TrustPolicyRow[], filter: { site?: string; committee?: string }): TrustPolicyRow[] {
  return rows.filter(
    (row) =>
      (!filter.site || (filter.site === TRUST_SITE ? row.origin === 'trust' : row.schools.includes(filter.site))) &&
      (!filter.committee || row.committee === filter.committee),
  );
}

/** How many policies are in each state, and how many are trust-wide, local versions and schools' own. */
export function trustCounts(rows: readonly TrustPolicyRow[]): Record<ReviewState | PolicyOrigin, number> {
  const origins: Record<PolicyOrigin, number> = { trust: 0, 'local-version': 0, school: 0 };
  for (const row of rows) origins[row.origin] += 1;
  return { ...reviewCounts(rows), ...origins };
}

/** The committees that approve the trust's and schools' policies, in alphabetical order. */
export function committeesOf(rows: readonly TrustPolicyRow[]): string[] {
  return [...new Set(rows.map((r) => r.committee))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
