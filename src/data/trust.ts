/**
 * What pages need to know about the school's academy trust, when the repository is a trust's
 * (see src/lib/content/trust.ts): which policies and events are the trust's, which of the school's
 * policies replace one of the trust's, and, on the trust's own site, its schools and every policy
 * of every school.
 */
import { join, resolve, sep } from 'node:path';
import type { Settings } from '../schemas/settings';
import { TRUST_ROUTES, entryPath, onSite } from '../schemas/routes';
import { loadSettings } from '../lib/content/settings';
import { checkContent, type ContentCheck } from '../lib/content/check';
import { checkSite, type SiteCheck } from '../lib/content/site-check';
import { entryNames, localVersionsIn, siteTarget } from '../lib/content/trust';
import { isPublished } from '../lib/domain/publishing';
import { schoolsFromChecks, trustPolicyRows, type TrustPolicyRow, type TrustSchool } from '../lib/domain/trust';
import type { TrustPublishing } from '../lib/domain/governors';
import { governorsRegister, type GovernorEntry, type Register } from '../lib/domain/register';
import { settings, today } from './site';

const target = siteTarget();

/** Which site this build makes: a single school's, a school's in a trust, or a trust's own. */
export const siteKind = target.kind;

/** The trust's settings (its name and site), when the school is in a trust or this is the trust's site. */
export const trustSettings: Settings | undefined =
  target.kind === 'trust-school' ? loadSettings(target.layout.trustDir) : target.kind === 'trust' ? settings : undefined;

const trustRoot = target.kind === 'school' ? undefined : resolve(target.layout.trustDir) + sep;

/** Whether an entry (a policy or event on a school's site) is the trust's, from the file it was read from. */
export function isTrustEntry(entry: { filePath?: string }): boolean {
  return target.kind === 'trust-school' && !!entry.filePath && resolve(entry.filePath).startsWith(trustRoot!);
}

/** The school's policies that replace a trust policy of the same name (its local versions). */
export const localVersions: ReadonlySet<string> = new Set(localVersionsIn(target, 'policies'));

/** The trust's policies a school's site publishes (those it has no local version of), by name. */
export const trustPolicyIds: ReadonlySet<string> =
  target.kind === 'trust-school' ? new Set(entryNames(join(target.layout.trustDir, 'policies')).filter((id) => !localVersions.has(id))) : new Set();

/** The address of a trust policy on the trust's own site. */
export const trustPolicyHref = (id: string) => (trustSettings ? onSite(trustSettings.url, entryPath('policies', id)) : entryPath('policies', id));

const live = <E extends { data: Record<string, unknown> }>(entries: readonly E[]) => entries.filter((e) => isPublished(e as never, today));

let trustFolder: ContentCheck | undefined;
/**
 * What the trust publishes for the school on its own site (its accounts, its funding agreement):
 * its published pages, credited on the school's statutory checklist with a link to the trust's site.
 */
export function trustPublishing(): TrustPublishing | undefined {
  if (target.kind !== 'trust-school' || !trustSettings) return undefined;
  trustFolder ??= checkContent(target.layout.trustDir, process.env, { routes: Object.values(TRUST_ROUTES) });
  return { name: trustSettings.name, url: trustSettings.url, pages: live(trustFolder.entries.pages) as never };
}

let checked: SiteCheck | undefined;
/** The whole trust, checked (on the trust's site only): its content and each school's. */
function trustCheck(): SiteCheck {
  checked ??= checkSite();
  return checked;
}

/** A school of the trust as the trust's site shows it. */
export interface SchoolOfTrust extends TrustSchool {
  settings: Settings;
  /** The school's local governing board today (its governors' register). */
  board: Register<GovernorEntry>;
}

/** The trust's schools (on the trust's site), in the order of their names, with their local governing boards. */
export function schoolsOfTrust(): SchoolOfTrust[] {
  const check = trustCheck();
  return schoolsFromChecks((check.schools ?? {}) as never, (p) => isPublished(p as never, today)).map((school) => {
    const { settings: s, entries } = check.schools![school.slug]!;
    return { ...school, settings: s!, board: governorsRegister(live(entries.governors) as unknown as GovernorEntry[], today) };
  });
}

/** Every policy of the trust and its schools, with its review status (on the trust's site). */
export function trustDashboardRows(): TrustPolicyRow[] {
  const check = trustCheck();
  const trust = { name: settings.name, url: settings.url, policies: live(check.entries.policies) as never };
  return trustPolicyRows(trust, schoolsOfTrust(), today, settings.review_due_soon_days, (id) => entryPath('policies', id));
}
