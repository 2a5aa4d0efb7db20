/**
 * Which sites of a multi-academy trust to rebuild after a push. A trust keeps its schools in one
 * repository, and each school is its own site on its own domain; rebuilding all twenty for a
 * newsletter at one of them would take twenty times the build minutes and hold up the one that
 * matters. So a change to one school's folder rebuilds that school, a change to the trust's own
 * content (its policies and events appear on every school's site) rebuilds every site, and a
 * change to anything that shapes every build (the code, the packages, the workflow) rebuilds
 * every site too. When the plan cannot know what changed, it builds everything: a needless build
 * costs minutes, a missed one leaves a school's site out of date.
 *
 * It runs on the CI machine before `npm ci`, so it uses Node's own modules only.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The name of the trust's own site in a plan (no school may take it). */
export const TRUST_SITE = 'trust';

/** A school's folder name: lowercase letters, digits and single hyphens, as in its web address. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why a folder name cannot be a school's (undefined when it can). The name becomes a site's name in
 * CI (a matrix entry, an artifact, a line written to `$GITHUB_OUTPUT`, an environment variable), so
 * anything beyond letters, digits and hyphens (`..`, a slash, a space, a newline) is refused.
 */
export function schoolSlugProblem(name: string): string | undefined {
  if (!SLUG.test(name))
    return `${JSON.stringify(name)} cannot be a school's folder name: use lowercase letters, digits and single hyphens, such as "ashgrove" or "st-annes".`;
  if (name === TRUST_SITE) return `"${TRUST_SITE}" cannot be a school's folder name: it is the name of the trust's own site.`;
  // The trust's dashboard uses it for every school (/governors/dashboard/all/…); the content check refuses it too.
  if (name === 'all') return `"all" cannot be a school's folder name: the trust's dashboard uses it for every school.`;
  return undefined;
}

/** The trust's folders and schools, as found on disk. */
export interface TrustLayout {
  /** The trust root: the folder holding `trust/` and `schools/`. */
  root: string;
  /** The schools' folder names (each has `settings/school.yaml`), in alphabetical order. */
  schools: string[];
  /** Folders under `schools/` that cannot be schools, with the reason. */
  refused: string[];
}

/**
 * The trust root: `SITE_TRUST_DIR` when set, otherwise `content` when `content/trust/` is a folder;
 * undefined for a single school's repository (the default layout). Only what the build plan
 * needs: the content model's own reading of the layout lives with the content code.
 */
export function trustRoot(env: Record<string, string | undefined>, isFolder: (path: string) => boolean): string | undefined {
  if (env.SITE_TRUST_DIR) return env.SITE_TRUST_DIR;
  return isFolder(join('content', 'trust')) ? 'content' : undefined;
}

/** Whether a path is a folder (links are not followed: a linked folder is not part of the repository's content). */
export function isFolder(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}

/** The schools under `<root>/schools/`: each folder with a `settings/school.yaml`, and the folder names refused. */
export function findSchools(root: string): { schools: string[]; refused: string[] } {
  const folder = join(root, 'schools');
  const schools: string[] = [];
  const refused: string[] = [];
  const entries = isFolder(folder) ? readdirSync(folder, { withFileTypes: true }) : [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!existsSync(join(folder, entry.name, 'settings', 'school.yaml'))) continue;
    const problem = schoolSlugProblem(entry.name);
    if (problem) refused.push(`${join(folder, entry.name)}: ${problem}`);
    else schools.push(entry.name);
  }
  return { schools, refused };
}

/** The trust layout of the repository in the current folder, or undefined when it holds one school. */
export function trustLayout(env: Record<string, string | undefined> = process.env): TrustLayout | undefined {
  const root = trustRoot(env, isFolder);
  if (root === undefined) return undefined;
  return { root, ...findSchools(root) };
}

/** What one changed file means for the build. */
export type Effect =
  | { kind: 'school'; slug: string }
  | { kind: 'every-site'; why: string }
  | { kind: 'nothing'; why: string }
  | { kind: 'gone'; slug: string }
  | { kind: 'refused'; problem: string };

/**
 * Files that never change what a site shows: the guides, the tests, the top-level notes (README,
 * SECURITY), the other CI and review settings, and the tools that only check code. Anything not
 * listed here and not in the trust's folders counts as changing every site.
 */
const NOTHING: [RegExp, string][] = [
  [/^docs\//, 'a guide'],
  [/^tests\//, 'a test'],
  [/^[^/]+\.md$/, 'a note at the top of the repository'],
  [/^LICEN[CS]E/, 'the licence'],
  [/^\.github\/(?!workflows\/trust\.ya?ml$)/, 'GitHub settings or another workflow'],
  [/^\.gitlab\/(?!trust\.gitlab-ci\.ya?ml$)/, 'GitLab settings'],
  [/^\.(gitea|forgejo)\//, 'Gitea or Forgejo settings'],
  [/^CODEOWNERS$/, 'the code owners'],
  [
    /^(\.prettierrc\.json|\.prettierignore|eslint\.config\.js|\.dependency-cruiser\.cjs|vitest\.config\.ts|renovate\.json|\.git-blame-ignore-revs|\.gitignore)$/,
    'a tool setting',
  ],
];

/** Under a folder, with `/` as the separator: "" for the repository's top. */
const under = (folder: string) => (folder ? `${folder}/` : '');

/**
 * What one changed file (a repository-relative path, as `git diff --name-only` prints it) means for
 * the build of a trust whose root is `root` (repository-relative) and whose schools are `schools`.
 */
export function effectOf(path: string, root: string, schools: ReadonlySet<string>): Effect {
  const top = under(root);
  if (path.startsWith(`${top}schools/`)) {
    const rest = path.slice(`${top}schools/`.length);
    const slash = rest.indexOf('/');
    // A file beside the schools' folders belongs to no school.
    if (slash === -1) return { kind: 'nothing', why: 'beside the schools’ folders, in none of them' };
    const slug = rest.slice(0, slash);
    const problem = schoolSlugProblem(slug);
    if (problem) return { kind: 'refused', problem: `${JSON.stringify(path)}: ${problem}` };
    return schools.has(slug) ? { kind: 'school', slug } : { kind: 'gone', slug };
  }
  if (path.startsWith(`${top}trust/`)) return { kind: 'every-site', why: 'the trust’s content, shown on every school’s site' };
  if (root && path.startsWith(top)) return { kind: 'every-site', why: 'in the trust’s folder but in no school’s' };
  for (const [pattern, why] of NOTHING) if (pattern.test(path)) return { kind: 'nothing', why };
  // The single-school demo and the other examples are not part of this trust's sites (the
  // trust's own folder, wherever it is, was matched above).
  if (/^(content|examples)\//.test(path)) return { kind: 'nothing', why: 'content outside the trust’s folder' };
  return { kind: 'every-site', why: 'code, packages or build settings that every site is built with' };
}

/** The build plan: which sites to build, why, and what was refused. */
export interface TrustPlan {
  /** The sites to build: the trust's own site first when it is one, then schools in alphabetical order. */
  sites: string[];
  /** Why, one line each, for the build log. */
  reasons: string[];
  /** Files or folders that cannot be a school's, and so were not built. */
  refused: string[];
}

/**
 * Which sites to build. `changed` is the list of changed files since the last build (both sides of
 * a rename count: pass `git diff --no-renames` output), or undefined when that is unknown (a first
 * push, a force push, a base commit not in the clone), which builds every site.
 */
export function planTrustBuild(changed: readonly string[] | undefined, root: string, schools: readonly string[]): TrustPlan {
  const cleanRoot = root
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '');
  const known = new Set(schools.filter((slug) => !schoolSlugProblem(slug)));
  const everySite = [TRUST_SITE, ...[...known].sort()];
  if (changed === undefined)
    return {
      sites: everySite,
      reasons: [
        'What changed since the last build is not known (a first push, a force push, a rebuild of the same commit, or history not fetched): every site is built.',
      ],
      refused: [],
    };

  const build = new Set<string>();
  const reasons: string[] = [];
  const refused: string[] = [];
  const firstFor = new Map<string, { path: string; count: number }>();
  const note = (key: string, path: string) => {
    const seen = firstFor.get(key);
    if (seen) seen.count++;
    else firstFor.set(key, { path, count: 1 });
  };
  for (const path of changed) {
    const effect = effectOf(path, cleanRoot, known);
    if (effect.kind === 'school') {
      build.add(effect.slug);
      note(`school ${effect.slug}`, path);
    } else if (effect.kind === 'every-site') {
      for (const site of everySite) build.add(site);
      note(`every site: ${effect.why}`, path);
    } else if (effect.kind === 'gone') note(`gone ${effect.slug}`, path);
    else if (effect.kind === 'refused') refused.push(effect.problem);
    else note(`nothing: ${effect.why}`, path);
  }
  for (const [key, { path, count }] of firstFor) {
    const files = `${JSON.stringify(path)}${count > 1 ? ` and ${count - 1} more` : ''}`;
    if (key.startsWith('school ')) reasons.push(`${key.slice('school '.length)}: its content changed (${files}).`);
    else if (key.startsWith('gone '))
      reasons.push(`${key.slice('gone '.length)}: no longer a school of the trust (no settings/school.yaml), so nothing is built for it (${files}).`);
    else if (key.startsWith('every site: ')) reasons.push(`Every site: ${key.slice('every site: '.length)} changed (${files}).`);
    else reasons.push(`No site: ${key.slice('nothing: '.length)} changed (${files}).`);
  }
  if (changed.length === 0) reasons.push('No file changed: no site is built.');
  return { sites: everySite.filter((site) => build.has(site)), reasons, refused };
}

/** The GitHub Actions matrix for a plan: one entry per site, with the school to build (empty for the trust's own site). */
export function actionsMatrix(sites: readonly string[]): { include: { site: string; school: string }[] } {
  return { include: sites.map((site) => ({ site, school: site === TRUST_SITE ? '' : site })) };
}
