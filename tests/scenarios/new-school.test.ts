/**
 * `npm run new-school` on a copy of the demo: it writes the settings from flags, leaves one
 * example of each kind as a draft, and the result builds as the new school's site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../helpers/build';
import { expectStarterContent } from '../helpers/starter';
import { checkContent } from '../../src/lib/content/check';

const FLAGS = {
  name: "St Anne's Primary School",
  url: 'https://www.stannes.sch.uk',
  address: '1 Church Lane, Old Town, Brackenford, BF4 2QT',
  phone: '01632 960 100',
  email: 'office@stannes.sch.uk',
  head: 'Mr A Shah',
  'senco-name': 'Ms B Ford',
  'senco-email': 'senco@stannes.sch.uk',
  languages: 'en,pl,ur',
  'git-host': 'gitlab',
  repo: 'st-annes/website',
  'app-id': 'abc123',
};

function copyOfDemo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-school-'));
  cpSync('content', dir, { recursive: true });
  return dir;
}

function newSchool(dir: string, flags: Record<string, string>) {
  const args = Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v]);
  return spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/new-school.ts', '--content', dir, '--yes', ...args], { encoding: 'utf8' });
}

describe('npm run new-school', () => {
  it('writes the settings, keeps one draft example of each kind, and the site builds', () => {
    const dir = copyOfDemo();
    const run = newSchool(dir, FLAGS);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/CMS_BACKEND=gitlab\n {2}CMS_REPO=st-annes\/website\n {2}CMS_APP_ID=abc123/);

    const settings = parse(readFileSync(join(dir, 'settings/school.yaml'), 'utf8'));
    expect(settings).toMatchObject({
      name: "St Anne's Primary School",
      url: 'https://www.stannes.sch.uk',
      address: { line1: '1 Church Lane', line2: 'Old Town', town: 'Brackenford', postcode: 'BF4 2QT' },
      senco: { name: 'Ms B Ford', email: 'senco@stannes.sch.uk' },
      languages: [{ code: 'en' }, { code: 'pl', name: 'Polski' }, { code: 'ur', name: 'اردو', dir: 'rtl' }],
      school_type: 'maintained',
      phases: ['primary'],
    });
    // The demonstration school's date goes with it: a real school's site always uses today's date.
    expect(settings).not.toHaveProperty('demo_date');

    expectStarterContent(dir);

    const site = buildSite(dir);
    expect(site.ok, site.output).toBe(true);
    expect(site.file('/')).toContain("St Anne's Primary School");
    expect(site.file('/')).not.toContain('Hazelbrook');
    expect(site.file('/')).not.toContain('demo-note');
    expect(site.has('/classes/acorn/')).toBe(false);
  });

  it('changes nothing when an answer is wrong, and says which', () => {
    const dir = copyOfDemo();
    const before = readFileSync(join(dir, 'settings/school.yaml'), 'utf8');
    const run = newSchool(dir, { ...FLAGS, url: 'http://www.stannes.sch.uk', languages: 'pl,en', 'app-id': '', phases: 'primary,infant' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/git host: CMS_BACKEND is gitlab, so CMS_APP_ID must be/);
    expect(run.stderr).toMatch(/url: /);
    expect(run.stderr).toMatch(/languages: start with en/);
    expect(run.stderr).toMatch(/phases\.1: "infant" is not one of the choices\. Choose one of: primary, secondary, sixth-form/);
    expect(readFileSync(join(dir, 'settings/school.yaml'), 'utf8')).toBe(before);
    expect(checkContent(dir).entries.policies.length).toBeGreaterThan(10);
  });

  it('lists the missing answers when run without a terminal', () => {
    const run = newSchool(copyOfDemo(), { name: 'X School' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Missing: --url .*--senco-email/);
  });
});
