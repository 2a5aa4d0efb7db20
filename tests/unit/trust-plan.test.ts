/**
 * The trust's build plan: which sites a push rebuilds. Each rule, and the names an attacker (or an
 * accident) could give a folder to break out of a matrix entry or the CI's output file.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionsMatrix, findSchools, planTrustBuild, schoolSlugProblem, trustRoot } from '../../scripts/lib/trust-plan';

const ROOT = 'examples/oakfield-trust';
const SCHOOLS = ['ashgrove', 'birchwood', 'cedar-vale'];
const plan = (changed: string[] | undefined, root = ROOT, schools = SCHOOLS) => planTrustBuild(changed, root, schools);
const EVERY = ['trust', ...SCHOOLS];

describe('which sites a change rebuilds', () => {
  it('a file in one school’s folder rebuilds that school only', () => {
    expect(plan([`${ROOT}/schools/birchwood/events/sports-day.md`]).sites).toEqual(['birchwood']);
    expect(plan([`${ROOT}/schools/ashgrove/uploads/a.jpg`, `${ROOT}/schools/cedar-vale/settings/school.yaml`]).sites).toEqual(['ashgrove', 'cedar-vale']);
  });

  it('a file in the trust’s folder rebuilds every school and the trust’s site', () => {
    const result = plan([`${ROOT}/trust/policies/safeguarding.md`]);
    expect(result.sites).toEqual(EVERY);
    expect(result.reasons.join('\n')).toMatch(/Every site: the trust’s content/);
  });

  it.each([
    'src/pages/index.astro',
    'src/lib/content/trust.ts',
    'admin/config/fields.ts',
    'public/favicon.svg',
    'package.json',
    'package-lock.json',
    'astro.config.mjs',
    'tsconfig.json',
    'scripts/ts-hooks.mjs',
    'scripts/lib/trust-plan.ts',
    '.github/workflows/trust.yml',
    '.gitlab/trust.gitlab-ci.yml',
    '.gitlab-ci.yml',
    'netlify.toml',
    'a-file-nobody-expected.txt',
    `${ROOT}/stray.md`,
  ])('%s rebuilds every site', (path) => {
    expect(plan([path]).sites).toEqual(EVERY);
  });

  it.each([
    'docs/hosting.md',
    'README.md',
    'SECURITY.md',
    'tests/unit/trust-plan.test.ts',
    '.github/workflows/deploy.yml',
    '.github/CODEOWNERS',
    '.gitlab/CODEOWNERS',
    '.gitea/CODEOWNERS',
    'renovate.json',
    'content/policies/behaviour.md',
    'examples/another/x.md',
    `${ROOT}/schools/README.md`,
  ])('%s rebuilds nothing', (path) => {
    const result = plan([path]);
    expect(result.sites).toEqual([]);
    expect(result.reasons.join('\n')).toMatch(/^No site: /);
  });

  it('a removed school is not built, and the log says why', () => {
    const result = plan([`${ROOT}/schools/elmfield/settings/school.yaml`, `${ROOT}/schools/elmfield/policies/a.md`]);
    expect(result.sites).toEqual([]);
    expect(result.reasons).toEqual([
      `elmfield: no longer a school of the trust (no settings/school.yaml), so nothing is built for it ("${ROOT}/schools/elmfield/settings/school.yaml" and 1 more).`,
    ]);
  });

  it('a school moved to another name: both sides of the rename count, and the old one is gone', () => {
    // git diff --no-renames lists a rename as the old path and the new.
    const result = plan([`${ROOT}/schools/elmfield/pages/about.md`, `${ROOT}/schools/birchwood/pages/about.md`]);
    expect(result.sites).toEqual(['birchwood']);
    expect(result.reasons.join('\n')).toMatch(/elmfield: no longer a school/);
    // A file moved from one school to another rebuilds both.
    expect(plan([`${ROOT}/schools/ashgrove/pages/a.md`, `${ROOT}/schools/cedar-vale/pages/a.md`]).sites).toEqual(['ashgrove', 'cedar-vale']);
  });

  it('a path with spaces or non-English letters is read as it is', () => {
    expect(plan([`${ROOT}/schools/ashgrove/uploads/Sports day 2026 (final).jpg`]).sites).toEqual(['ashgrove']);
    expect(plan([`${ROOT}/schools/ashgrove/pages/croeso-ŵyl.md`]).sites).toEqual(['ashgrove']);
  });

  it('when what changed is unknown, every site is built', () => {
    const result = plan(undefined);
    expect(result.sites).toEqual(EVERY);
    expect(result.reasons[0]).toMatch(/not known.*every site is built/);
  });

  it('no change, no build', () => {
    expect(plan([]).sites).toEqual([]);
  });

  it('a trust whose root is content/ (the default) or given with ./ and a trailing slash', () => {
    expect(plan(['content/schools/ashgrove/a.md'], 'content').sites).toEqual(['ashgrove']);
    expect(plan(['content/trust/events/inset.md'], 'content').sites).toEqual(EVERY);
    // With the trust in content/, a file elsewhere in content/ is in the trust's folder.
    expect(plan(['content/settings/school.yaml'], 'content').sites).toEqual(EVERY);
    expect(plan([`${ROOT}/schools/ashgrove/a.md`], `./${ROOT}/`).sites).toEqual(['ashgrove']);
    expect(plan(['schools/ashgrove/a.md', 'docs/x.md'], '.').sites).toEqual(['ashgrove']);
  });

  it('the trust’s own site comes first, then schools in alphabetical order, each once', () => {
    const result = plan([`${ROOT}/schools/cedar-vale/a.md`, `${ROOT}/schools/ashgrove/a.md`, `${ROOT}/trust/x.md`, `${ROOT}/schools/ashgrove/b.md`]);
    expect(result.sites).toEqual(EVERY);
  });
});

describe('hostile folder names', () => {
  it.each([
    ['..', `${ROOT}/schools/../trust/policies/x.md`],
    ['.', `${ROOT}/schools/./x.md`],
    ['a newline', `${ROOT}/schools/ash\ngrove/x.md`],
    ['a newline that writes an output line', `${ROOT}/schools/x\nmatrix={"include":[{"site":"evil"}]}/a.md`],
    ['a space', `${ROOT}/schools/ash grove/x.md`],
    ['capitals', `${ROOT}/schools/Ashgrove/x.md`],
    ['an expression', `${ROOT}/schools/\${{ secrets.TOKEN }}/x.md`],
    ['a shell substitution', `${ROOT}/schools/$(curl evil)/x.md`],
    ['an empty name', `${ROOT}/schools//x.md`],
    ['the trust site’s name', `${ROOT}/schools/trust/x.md`],
  ])('a school folder named with %s is refused and builds nothing', (_, path) => {
    const result = plan([path]);
    expect(result.sites).toEqual([]);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]).toContain(JSON.stringify(path));
  });

  it('a school list with a bad name never reaches the matrix', () => {
    const result = planTrustBuild(undefined, ROOT, ['ashgrove', '..', 'x\ny', 'trust']);
    expect(result.sites).toEqual(['trust', 'ashgrove']);
  });

  it.each(['ashgrove', 'st-annes', 'school-2', 'a1'])('%s is a school’s name', (slug) => {
    expect(schoolSlugProblem(slug)).toBeUndefined();
  });

  it.each(['', '-a', 'a-', 'a--b', 'a_b', 'a.b', 'a/b', 'ÄSH', 'trust', 'all'])('%j is not', (slug) => {
    expect(schoolSlugProblem(slug)).toMatch(/cannot be a school's folder name/);
  });

  it('the matrix names each school once per site, and the trust site with no school', () => {
    expect(actionsMatrix(['trust', 'ashgrove'])).toEqual({
      include: [
        { site: 'trust', school: '' },
        { site: 'ashgrove', school: 'ashgrove' },
      ],
    });
    expect(JSON.stringify(actionsMatrix([]))).toBe('{"include":[]}');
  });
});

describe('finding the trust on disk', () => {
  it('the root is SITE_TRUST_DIR, else content/ when content/trust/ is a folder, else none', () => {
    const folders = new Set(['content/trust']);
    const isFolder = (path: string) => folders.has(path);
    expect(trustRoot({ SITE_TRUST_DIR: 'examples/oakfield-trust' }, isFolder)).toBe('examples/oakfield-trust');
    expect(trustRoot({}, isFolder)).toBe('content');
    expect(trustRoot({ SITE_TRUST_DIR: '' }, isFolder)).toBe('content');
    folders.clear();
    expect(trustRoot({}, isFolder)).toBeUndefined();
  });

  it('the schools are the folders with settings/school.yaml; bad names are refused; links are not followed', () => {
    const root = mkdtempSync(join(tmpdir(), 'trust-plan-'));
    const school = (name: string, settings = true) => {
      mkdirSync(join(root, 'schools', name, 'settings'), { recursive: true });
      if (settings) writeFileSync(join(root, 'schools', name, 'settings', 'school.yaml'), 'name: x\n');
    };
    school('birchwood');
    school('ashgrove');
    school('no-settings-yet', false);
    school('Bad Name');
    school('new\nline');
    symlinkSync(join(root, 'schools', 'ashgrove'), join(root, 'schools', 'linked'));
    writeFileSync(join(root, 'schools', 'notes.txt'), 'x');
    const found = findSchools(root);
    expect(found.schools).toEqual(['ashgrove', 'birchwood']);
    expect(found.refused).toHaveLength(2);
    expect(found.refused.join('\n')).toMatch(/"Bad Name" cannot be/);
    expect(found.refused.join('\n')).toMatch(/"new\\nline" cannot be/);
    expect(findSchools(join(root, 'missing'))).toEqual({ schools: [], refused: [] });
  });
});
