/**
 * `npm run new-school -- --trust`: adds a school's folder to a trust, with the settings from the
 * answers and the same draft examples a single school starts with, copied from the demo; refuses a
 * name that is taken or cannot be a folder name, and then changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectStarterContent } from '../helpers/starter';

const ANSWERS = {
  name: 'Ashgrove Primary School',
  url: 'https://www.ashgrove.sch.uk',
  address: '1 Elm Road, Oakfield, OK1 2AB',
  phone: '01632 960 200',
  email: 'office@ashgrove.sch.uk',
  head: 'Ms C Reed',
  'senco-name': 'Mr D Hale',
  'senco-email': 'senco@ashgrove.sch.uk',
  'school-type': 'academy',
};

function emptyTrust(): string {
  const root = mkdtempSync(join(tmpdir(), 'trust-new-school-'));
  mkdirSync(join(root, 'trust', 'settings'), { recursive: true });
  writeFileSync(join(root, 'trust', 'settings', 'school.yaml'), 'name: Oakfield Learning Trust\n');
  return root;
}

function newSchool(root: string | undefined, flags: Record<string, string>, extra: string[] = ['--trust']) {
  const args = Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v]);
  const env = { ...process.env, SITE_TRUST_DIR: root ?? '' };
  return spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/new-school.ts', ...extra, ...args], { encoding: 'utf8', env });
}

const demoPolicies = () => readdirSync('content/policies').length;

describe('npm run new-school -- --trust', () => {
  it('creates the school’s folder with its settings and one draft example of each kind, leaving the demo as it was', () => {
    const root = emptyTrust();
    const before = demoPolicies();
    const run = newSchool(root, { slug: 'ashgrove', ...ANSWERS });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const folder = join(root, 'schools', 'ashgrove');
    expect(parse(readFileSync(join(folder, 'settings/school.yaml'), 'utf8'))).toMatchObject({
      name: 'Ashgrove Primary School',
      url: 'https://www.ashgrove.sch.uk',
      school_type: 'academy',
      senco: { name: 'Mr D Hale' },
    });
    expectStarterContent(folder);
    expect(existsSync(join(folder, 'uploads'))).toBe(true);
    // The demo school it copied from is untouched, and nothing else in the trust changed.
    expect(demoPolicies()).toBe(before);
    expect(readdirSync(root).sort()).toEqual(['schools', 'trust']);
    expect(readdirSync(join(root, 'schools'))).toEqual(['ashgrove']);
    // The next steps: the site on the host, the domain, the code owners' lines.
    expect(run.stdout).toContain('SCHOOL=ashgrove');
    expect(run.stdout).toContain('Point its domain, www.ashgrove.sch.uk, at that site.');
    expect(run.stdout).toMatch(/\.github\/CODEOWNERS.*\/schools\/ashgrove\/ @your-trust\/ashgrove-staff/);
  });

  it('refuses a school that already exists, and changes nothing', () => {
    const root = emptyTrust();
    mkdirSync(join(root, 'schools', 'ashgrove', 'policies'), { recursive: true });
    writeFileSync(join(root, 'schools', 'ashgrove', 'policies', 'ours.md'), 'keep me');
    const run = newSchool(root, { slug: 'ashgrove', ...ANSWERS });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Nothing was changed\. .*schools\/ashgrove already exists/);
    expect(readdirSync(join(root, 'schools', 'ashgrove'))).toEqual(['policies']);
    expect(readFileSync(join(root, 'schools', 'ashgrove', 'policies', 'ours.md'), 'utf8')).toBe('keep me');
  });

  it.each([
    ['..', /"\.\." cannot be a school's folder name/],
    ['../../escape', /cannot be a school's folder name/],
    ['Ash Grove', /"Ash Grove" cannot be/],
    ['ash\ngrove', /"ash\\ngrove" cannot be/],
    ['trust', /it is the name of the trust's own site/],
  ])('refuses the folder name %j before asking anything, and creates nothing', (slug, message) => {
    const root = emptyTrust();
    const run = newSchool(root, { slug, ...ANSWERS });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(root, 'schools'))).toBe(false);
    expect(readdirSync(join(root, '..')).filter((name) => name === 'escape')).toEqual([]);
  });

  it('refuses in a repository that is not a trust, and without --slug', () => {
    const notTrust = newSchool(undefined, { slug: 'ashgrove', ...ANSWERS });
    expect(notTrust.status).toBe(2);
    expect(notTrust.stderr).toMatch(/not set up as a trust/);
    expect(existsSync('content/schools')).toBe(false);
    const noSlug = newSchool(emptyTrust(), ANSWERS);
    expect(noSlug.status).toBe(2);
    expect(noSlug.stderr).toMatch(/--slug ashgrove/);
  });

  it('refuses wrong answers as the single-school path does, and creates nothing', () => {
    const root = emptyTrust();
    const run = newSchool(root, { slug: 'ashgrove', ...ANSWERS, url: 'http://www.ashgrove.sch.uk' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/url: /);
    expect(existsSync(join(root, 'schools'))).toBe(false);
  });
});
