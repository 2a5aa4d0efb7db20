/**
 * The content check for the site a build makes. A single school's is its content folder's check.
 * In a trust's repository the trust's folder is always checked too: a school's site publishes the
 * trust's policies and events (its own version of one replacing the trust's), and the trust's site
 * shows every school's policies, so building any one site checks what it publishes, and the trust
 * site's build checks the whole repository in one run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_PATTERN } from '../../schemas/common';
import { checkContent, type CheckedEntry, type ContentCheck } from './check';
import { kindOf, linkProblemMessage } from './files';
import { TRUST_ROUTES } from '../../schemas/routes';
import type { Problem } from './problems';
import { SCHOOLS_FOLDER, SHARED_COLLECTIONS, TRUST_FOLDER, isDashboardWord, schoolDir, siteTarget, type SiteTarget, type TrustLayout } from './trust';

type Env = Record<string, string | undefined>;

export interface SiteCheck extends ContentCheck {
  target: SiteTarget;
  /** In a trust: the trust's own folder's check (for a school's build, what the school takes from it). */
  trust?: ContentCheck;
  /** For the trust's site: each school's check, with the trust's policies and events merged in. */
  schools?: Record<string, ContentCheck>;
}

/** The trust's entries every school publishes (its policies and events). */
export function sharedEntries(trust: ContentCheck): CheckedEntry[] {
  return SHARED_COLLECTIONS.flatMap((name) => trust.entries[name]);
}

/** One school of a trust, checked with what it takes from the trust. */
export function checkSchool(layout: TrustLayout, school: string, trust: ContentCheck, env: Env = process.env): ContentCheck {
  return checkContent(schoolDir(layout, school), env, { inherited: { dir: layout.trustDir, entries: sharedEntries(trust) } });
}

/**
 * What is wrong with the trust's layout itself: anything beside trust/ and schools/ (it would not
 * be published), anything in schools/ that is not a real folder (a link could be any folder on the
 * computer), and schools' folders whose name cannot be a web address or is one the trust uses.
 */
function layoutProblems(layout: TrustLayout): Problem[] {
  const problems: Problem[] = [];
  const schools = join(layout.root, SCHOOLS_FOLDER);
  const listing = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true }).filter((d) => !d.name.startsWith('.'));
    } catch {
      return [];
    }
  };
  for (const item of listing(layout.root)) {
    if (item.name === TRUST_FOLDER || item.name === SCHOOLS_FOLDER || (item.isFile() && /\.(md|txt)$/i.test(item.name))) continue;
    problems.push({
      file: join(layout.root, item.name),
      message: `is not read: a trust’s folder holds only ${TRUST_FOLDER}/ (the trust’s own content) and ${SCHOOLS_FOLDER}/ (a folder for each school). Move it into the trust’s or a school’s folder.`,
    });
  }
  if (kindOf(schools) === 'link') problems.push({ file: schools, message: linkProblemMessage(schools) });
  for (const item of kindOf(schools) === 'folder' ? listing(schools) : []) {
    const dir = join(schools, item.name);
    if (item.isSymbolicLink()) problems.push({ file: dir, message: linkProblemMessage(dir) });
    else if (!item.isDirectory()) problems.push({ file: dir, message: `is not a folder. ${SCHOOLS_FOLDER}/ holds one folder for each school, named after it (such as ashgrove).` });
    else if (isDashboardWord(item.name)) {
      problems.push({ file: dir, message: `cannot be called "${item.name}": the trust’s dashboard uses that name. Rename the school’s folder.` });
    } else if (!SLUG_PATTERN.test(item.name)) {
      problems.push({ file: dir, message: 'is a school’s folder whose name cannot be part of a web address or a SCHOOL name. Use lowercase letters, digits and hyphens, such as ashgrove-primary.' });
    }
  }
  return problems;
}

/** Merges checks' parsed files, for the content loader, which reads the trust's files and the school's. */
function mergeParsed(checks: readonly ContentCheck[]): ContentCheck['parsed'] {
  return new Map(checks.flatMap((c) => [...c.parsed]));
}

/**
 * For a school's build in a trust: the trust's name, address and pages, which the school's
 * statutory checklist credits (the trust publishes its accounts and funding agreement for all its schools).
 */
export function trustPublishingOf(check: SiteCheck): { name: string; url: string; pages: CheckedEntry[] } | undefined {
  if (check.target.kind !== 'trust-school' || !check.trust?.settings) return undefined;
  return { name: check.trust.settings.name, url: check.trust.settings.url, pages: check.trust.entries.pages };
}

/** Checks everything the site chosen by `SITE_TRUST_DIR`, `SITE_CONTENT_DIR` and `SCHOOL` publishes. */
export function checkSite(env: Env = process.env): SiteCheck {
  const target = siteTarget(env);
  if (target.kind === 'school') return { ...checkContent(target.dir, env), target };
  // The trust's own site has pages a school's has not (its schools, its dashboard).
  const trust = checkContent(target.layout.trustDir, env, { routes: Object.values(TRUST_ROUTES) });
  if (target.kind === 'trust-school') {
    const school = checkSchool(target.layout, target.school, trust, env);
    return { ...school, problems: dedupe([...trust.problems, ...school.problems]), parsed: mergeParsed([trust, school]), target, trust };
  }
  const schools = Object.fromEntries(target.layout.schools.filter((s) => SLUG_PATTERN.test(s) && !isDashboardWord(s)).map((s) => [s, checkSchool(target.layout, s, trust, env)]));
  const problems = [...layoutProblems(target.layout), ...trust.problems, ...Object.values(schools).flatMap((s) => s.problems)];
  return { ...trust, problems: dedupe(problems), target, trust, schools };
}

/** The same problem found through several schools (a trust policy's link) is listed once. */
function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.field ?? ''}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

