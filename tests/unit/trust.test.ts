/**
 * A trust's repository: which site a build makes (SCHOOL and the layout), the check of a school
 * with the trust's policies and events merged in (its own version replacing the trust's, the
 * trust's uploads found, a trust policy's link checked on the school's site too), problems with
 * the layout itself (links, stray files, names the trust uses), and the dashboard's rows.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/problems';
import { contentDir } from '../../src/lib/content/settings';
import { checkSite } from '../../src/lib/content/site-check';
import { siteTarget, trustLayout } from '../../src/lib/content/trust';
import { runDoctor } from '../../scripts/lib/doctor';
import { filterTrustRows, schoolsFromChecks, trustCounts, trustPolicyRows } from '../../src/lib/domain/trust';

const DEMO = 'examples/oakfield-trust';
const NOW = '2026-11-23';

/** A copy of the demo trust with some files changed (null removes one). */
function trustWith(changes: Record<string, string | null> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'school-trust-')), 'trust-root');
  cpSync(DEMO, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const path = join(dir, file);
    if (text === null) rmSync(path, { recursive: true, force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return dir;
}

const env = (root: string, school?: string) => ({ SITE_TRUST_DIR: root, SITE_NOW: NOW, ...(school ? { SCHOOL: school } : {}) });
const messages = (problems: { file: string; field?: string; message: string }[]) =>
  problems.map((p) => `${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`);

describe('which site a build makes', () => {
  it('is a single school’s without a trust folder, exactly as before', () => {
    expect(siteTarget({})).toEqual({ kind: 'school', dir: 'content' });
    expect(siteTarget({ SITE_CONTENT_DIR: 'tests/fixtures/basic/content' })).toEqual({ kind: 'school', dir: 'tests/fixtures/basic/content' });
    expect(contentDir({})).toBe('content');
    expect(trustLayout({})).toBeUndefined();
  });

  it('is a school’s with SCHOOL, and the trust’s own without', () => {
    expect(siteTarget(env(DEMO, 'millbrook'))).toMatchObject({ kind: 'trust-school', school: 'millbrook', dir: `${DEMO}/schools/millbrook` });
    expect(siteTarget(env(DEMO))).toMatchObject({ kind: 'trust', dir: `${DEMO}/trust` });
    expect(trustLayout(env(DEMO))?.schools).toEqual(['ashgrove', 'millbrook']);
  });

  it('refuses a SCHOOL the trust does not have, a path in SCHOOL, and SCHOOL in a single school’s repository', () => {
    for (const school of ['oakdene', '../trust', 'millbrook/../../etc', 'all', 'trust']) {
      expect(() => siteTarget(env(DEMO, school)), school).toThrow(ContentError);
    }
    expect(() => siteTarget({ SCHOOL: 'millbrook' })).toThrow(/this repository is one school’s|one school's/);
    expect(() => siteTarget({ SITE_TRUST_DIR: 'tests/fixtures/basic/content' })).toThrow(/is not a folder/);
  });
});

describe('a school’s check in a trust', () => {
  it('merges the trust’s policies and events, the school’s own version replacing the trust’s', () => {
    const check = checkSite(env(DEMO, 'millbrook'));
    expect(messages(check.problems)).toEqual([]);
    const policies = new Map(check.entries.policies.map((p) => [p.id, p]));
    expect(policies.get('safeguarding')?.trust).toBe(true);
    expect(policies.get('safeguarding')?.file).toBe(`${DEMO}/trust/policies/safeguarding.md`);
    expect(policies.get('complaints')?.trust).toBeUndefined();
    expect(policies.get('complaints')?.file).toBe(`${DEMO}/schools/millbrook/policies/complaints.md`);
    expect(check.entries.events.filter((e) => e.trust).map((e) => e.id)).toEqual(['trust-inset-day-2027-02-22']);
  });

  it('lets a school’s policy name a trust policy as related, and link to its page and its document', () => {
    const root = trustWith({
      'schools/ashgrove/policies/behaviour.md': `---
title: Behaviour policy
summary: How we help children to be kind, safe and ready to learn.
category: behaviour
committee: Local governing board
owner: Headteacher
approved: 2026-01-20
review_months: 12
related: [safeguarding]
---
See the [safeguarding policy](/policies/safeguarding/) and its [flowchart](/uploads/policies/safeguarding-flowchart.pdf).
`,
    });
    expect(messages(checkSite(env(root, 'ashgrove')).problems)).toEqual([]);
  });

  it('reports a trust policy’s link that works on the trust’s site but not on a school’s, naming the trust’s file', () => {
    const root = trustWith({
      'trust/policies/whistleblowing.md': `---
title: Whistleblowing policy
summary: How staff raise a serious concern.
category: staffing
committee: Trust board
owner: Chief executive
approved: 2026-03-18
review_months: 36
---
Read [how the trust is governed](/governance/).
`,
    });
    expect(messages(checkSite(env(root)).problems)).toEqual([
      expect.stringMatching(
        /trust\/policies\/whistleblowing\.md: has a link on line 10 that parents could not follow \(on the site of the school in .*schools\/ashgrove/,
      ),
      expect.stringMatching(/trust\/policies\/whistleblowing\.md: has a link on line 10 .*schools\/millbrook/),
    ]);
    // The trust's own site has the page: building it alone would not have found the problem, the whole check does.
    expect(messages(checkSite(env(root, 'ashgrove')).problems)).toHaveLength(1);
  });

  it('reports a problem in the trust’s content when any one school is built, once', () => {
    const root = trustWith({
      'trust/events/trust-inset-day-2027-02-22.md': '---\ntitle: Trust INSET day\nstart: 2027-02-30\ncategory: inset\nsummary: x\n---\n',
    });
    for (const school of ['ashgrove', 'millbrook', undefined]) {
      const found = messages(checkSite(env(root, school)).problems).filter((m) => m.includes('trust-inset-day'));
      expect(found, String(school)).toHaveLength(1);
      expect(found[0]).toMatch(/trust\/events\/trust-inset-day-2027-02-22\.md \(start\)/);
    }
  });
});

describe('npm run doctor in a trust', () => {
  it('checks the trust and every school in one run, and credits what the trust publishes', () => {
    const root = trustWith({ 'schools/ashgrove/pages/about-us.md': '---\ntitle: About Ashgrove\nsummary: x\nnav: one\n---\n' });
    const whole = runDoctor(join(root, 'trust'), env(root));
    expect(whole.passed.join('\n')).not.toMatch(/Settings and content/);
    expect(whole.problems.map((p) => `${p.file}: ${p.message}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/schools\/ashgrove\/pages\/about-us\.md: nav/)]),
    );
    const fine = runDoctor(`${DEMO}/trust`, env(DEMO));
    expect(fine.passed).toEqual(expect.arrayContaining([expect.stringMatching(/^Settings and content: 24 entries \(the trust’s and 2 schools’\)/)]));
    const school = runDoctor(`${DEMO}/schools/millbrook`, env(DEMO, 'millbrook'));
    expect(school.problems.map((p) => p.message).join('\n')).not.toMatch(/annual-accounts|funding-agreement/);
    expect(school.problems.map((p) => p.message).join('\n')).toMatch(/\(admissions\)/);
  });
});

describe('the layout itself', () => {
  it('reports a linked school folder, a stray file, a folder it does not read and names the trust uses', () => {
    const root = trustWith();
    const outside = mkdtempSync(join(tmpdir(), 'school-outside-'));
    symlinkSync(outside, join(root, 'schools', 'elsewhere'));
    writeFileSync(join(root, 'schools', 'notes.yaml'), 'x: 1\n');
    mkdirSync(join(root, 'policies'));
    mkdirSync(join(root, 'schools', 'all', 'settings'), { recursive: true });
    mkdirSync(join(root, 'schools', 'Oak Dene'));
    const found = messages(checkSite(env(root)).problems);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/schools\/elsewhere: .*link/),
        expect.stringMatching(/schools\/notes\.yaml: is not a folder/),
        expect.stringMatching(/trust-root\/policies: is not read/),
        expect.stringMatching(/schools\/all: cannot be called "all"/),
        expect.stringMatching(/schools\/Oak Dene: is a school’s folder whose name cannot be part of a web address/),
      ]),
    );
    // Nothing was read through the link: no problem about a file inside it (its settings are missing, for one).
    expect(found.some((m) => m.includes('schools/elsewhere/'))).toBe(false);
  });
});

describe('the trust’s dashboard rows', () => {
  const policy = (id: string, committee: string, approved: string, review_months = 12) => ({
    id,
    data: { title: id, committee, owner: 'Head', approved, review_months, statutory: [] as string[] },
  });
  const trust = {
    name: 'Trust',
    url: 'https://trust.example.org/',
    policies: [policy('safeguarding', 'Trust board', '2026-01-01'), policy('charging', 'Finance', '2024-01-01')],
  };
  const schools = schoolsFromChecks(
    {
      b: {
        settings: { name: 'B School', url: 'https://b.example.org' },
        entries: { policies: [policy('behaviour', 'LGB', '2026-06-01'), { ...policy('safeguarding', 'Trust board', '2026-01-01'), trust: true }] },
      },
      a: { settings: { name: 'A School', url: 'https://a.example.org' }, entries: { policies: [policy('safeguarding', 'LGB', '2026-09-01')] } },
      broken: { entries: { policies: [] } },
    },
    () => true,
  );
  const rows = trustPolicyRows(trust, schools, '2026-11-23', 90, (id) => `/policies/${id}/`);

  it('has the trust’s policies once, with where they are replaced, and each school’s own', () => {
    expect(schools.map((s) => s.slug)).toEqual(['a', 'b']);
    expect(rows.map((r) => `${r.site}:${r.id}:${r.origin}:${r.state}`)).toEqual([
      'trust:charging:trust:overdue',
      'trust:safeguarding:trust:due-soon',
      'b:behaviour:school:in-date',
      'a:safeguarding:local-version:in-date',
    ]);
    const shared = rows.find((r) => r.id === 'safeguarding' && r.origin === 'trust')!;
    expect(shared.replacedAt).toEqual(['a']);
    expect(shared.schools).toEqual(['b']);
    expect(shared.href).toBe('https://trust.example.org/policies/safeguarding/');
    expect(trustCounts(rows)).toEqual({ overdue: 1, 'due-soon': 1, 'in-date': 2, trust: 2, 'local-version': 1, school: 1 });
  });

  it('filters by school (what its site publishes), trust-wide and committee', () => {
    expect(filterTrustRows(rows, { site: 'a' }).map((r) => `${r.site}:${r.id}`)).toEqual(['trust:charging', 'a:safeguarding']);
    expect(filterTrustRows(rows, { site: 'b' }).map((r) => `${r.site}:${r.id}`)).toEqual(['trust:charging', 'trust:safeguarding', 'b:behaviour']);
    expect(filterTrustRows(rows, { site: 'trust' })).toHaveLength(2);
    expect(filterTrustRows(rows, { committee: 'LGB' }).map((r) => r.site)).toEqual(['b', 'a']);
    expect(filterTrustRows(rows, { site: 'b', committee: 'Trust board' }).map((r) => r.id)).toEqual(['safeguarding']);
  });
});
