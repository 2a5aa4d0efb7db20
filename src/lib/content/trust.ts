/**
 * A multi-academy trust's repository: the trust's own content and one content folder per school.
 *
 *   <trust root>/trust/            the trust's content: its settings, trust-wide policies and events,
 *                                  its pages, members and trustees, vacancies, uploads
 *   <trust root>/schools/<slug>/   one school's content, exactly a single school's `content/`
 *
 * The trust root is `SITE_TRUST_DIR` when set, otherwise `content/` when `content/trust/` is a
 * folder. Without either, the repository is a single school's (`content/`, or `SITE_CONTENT_DIR`)
 * and nothing here applies. `SCHOOL=<slug>` chooses the school a build is for; without it, a
 * trust's build is the trust's own site.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_PATTERN } from '../../schemas/common';
import { DASHBOARD_SITES } from '../../schemas/routes';
import { kindOf } from './files';
import { ContentError } from './problems';

type Env = Record<string, string | undefined>;

/** The trust's own folder and the schools' folder, under the trust root. */
export const TRUST_FOLDER = 'trust';
export const SCHOOLS_FOLDER = 'schools';

/** The collections a trust shares with every school: its policies and its events. */
export const SHARED_COLLECTIONS = ['policies', 'events'] as const;
export type SharedCollection = (typeof SHARED_COLLECTIONS)[number];

/** Whether a school in a trust takes this collection's entries from the trust too. */
export const isShared = (name: string): name is SharedCollection => (SHARED_COLLECTIONS as readonly string[]).includes(name);

export interface TrustLayout {
  /** The folder holding `trust/` and `schools/`, as given (relative to the project normally). */
  root: string;
  /** The trust's own content folder. */
  trustDir: string;
  /** Each school's short name (its folder's name), sorted. */
  schools: string[];
}

/** Which site a build makes. */
export type SiteTarget =
  | { kind: 'school'; dir: string }
  | { kind: 'trust-school'; dir: string; school: string; layout: TrustLayout }
  | { kind: 'trust'; dir: string; layout: TrustLayout };

const trim = (dir: string) => dir.replace(/^\.\//, '').replace(/\/+$/, '') || '.';

/** The schools' short names: folders under `schools/` (links and hidden folders are never schools). */
function schoolsIn(root: string): string[] {
  try {
    return readdirSync(join(root, SCHOOLS_FOLDER), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

/** The trust layout, when the repository is a trust's; undefined for a single school. */
export function trustLayout(env: Env = process.env): TrustLayout | undefined {
  const given = env.SITE_TRUST_DIR;
  if (!given && env.SITE_CONTENT_DIR) return undefined;
  const root = trim(given || 'content');
  if (kindOf(join(root, TRUST_FOLDER)) !== 'folder') {
    if (given) throw new ContentError([{ file: join(root, TRUST_FOLDER), message: `is not a folder. SITE_TRUST_DIR is "${given}": a trust's folder holds trust/ (the trust's own content) and schools/ (a folder per school).` }]);
    return undefined;
  }
  return { root, trustDir: join(root, TRUST_FOLDER), schools: schoolsIn(root) };
}

/** The entries' names in a folder: its Markdown files without the ending (none when there is no folder). */
export function entryNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /^[^_.].*\.mdx?$/.test(name))
      .map((name) => name.replace(/\.mdx?$/, ''));
  } catch {
    return [];
  }
}

/** A school's entries of a shared collection (its folder, such as `policies`) that replace the trust's of the same name. */
export function localVersionsIn(target: SiteTarget, dir: SharedCollection): string[] {
  if (target.kind !== 'trust-school') return [];
  const trust = new Set(entryNames(join(target.layout.trustDir, dir)));
  return entryNames(join(target.dir, dir)).filter((id) => trust.has(id));
}

/** Whether a name is one the trust's dashboard uses in its addresses (`trust`, `all`), so no school may have it. */
export const isDashboardWord = (name: string) => (Object.values(DASHBOARD_SITES) as string[]).includes(name);

/** A school's content folder in a trust. */
export const schoolDir = (layout: TrustLayout, school: string) => join(layout.root, SCHOOLS_FOLDER, school);

/**
 * The site this build makes, from `SCHOOL` and the layout. A school the trust does not have, or
 * `SCHOOL` in a single school's repository, stops the build saying what is possible.
 */
export function siteTarget(env: Env = process.env): SiteTarget {
  const layout = trustLayout(env);
  const school = env.SCHOOL?.trim();
  if (!layout) {
    if (school) throw new ContentError([{ file: 'SCHOOL', message: `is "${school}", but this repository is one school's (content/ has no trust/ folder), so there is no school to choose. Build without SCHOOL.` }]);
    return { kind: 'school', dir: env.SITE_CONTENT_DIR || 'content' };
  }
  if (!school) return { kind: 'trust', dir: layout.trustDir, layout };
  if (!SLUG_PATTERN.test(school) || !layout.schools.includes(school) || isDashboardWord(school)) {
    throw new ContentError([
      { file: 'SCHOOL', message: `is "${school}", which is not one of the trust's schools. The schools are the folders in ${join(layout.root, SCHOOLS_FOLDER)}: ${layout.schools.join(', ') || 'none yet'}.` },
    ]);
  }
  return { kind: 'trust-school', dir: schoolDir(layout, school), school, layout };
}
