/**
 * A multi-academy trust (examples/oakfield-trust): the trust's site and its two schools' sites,
 * each built on its own as CI builds them. The trust's safeguarding policy (with its PDF) on every
 * site, marked as the trust's; Millbrook's own complaints procedure replacing the trust's there
 * only; the trust's INSET day in both schools' calendars, read with ical.js; the trust's
 * dashboard and its filters; each school's statutory checklist crediting what the trust publishes.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { expandedDates } from '../helpers/ical';
import { pageRules, validate, wordsRunTogether } from '../helpers/html-rules';

const TRUST = 'examples/oakfield-trust';
const TRUST_URL = 'https://www.oakfield-trust.example.org';

/** One site of the demo trust: `school` undefined for the trust's own. */
function buildTrustSite(school?: string): BuiltSite {
  // Each site its own cache, as CI keeps one per site.
  const cache = mkdtempSync(join(tmpdir(), 'school-cache-'));
  return buildSite(TRUST, '2026-11-23', { SITE_TRUST_DIR: TRUST, SITE_CACHE_DIR: cache, ...(school ? { SCHOOL: school } : {}) });
}

let trust: BuiltSite;
let ashgrove: BuiltSite;
let millbrook: BuiltSite;

beforeAll(() => {
  trust = buildTrustSite();
  ashgrove = buildTrustSite('ashgrove');
  millbrook = buildTrustSite('millbrook');
  for (const site of [trust, ashgrove, millbrook]) expect(site.ok, site.output).toBe(true);
}, 600_000);

const text = (site: BuiltSite, path: string) => textOf(mainOf(site.file(path)));

describe('a trust policy', () => {
  it('is on both schools’ sites and the trust’s, marked as the trust’s on the schools’', () => {
    for (const site of [ashgrove, millbrook]) {
      const html = site.file('/policies/safeguarding/');
      expect(html).toContain('data-trust-note="trust"');
      expect(text(site, '/policies/safeguarding/')).toContain('A policy of Oakfield Learning Trust, approved by the trust’s board, for all its schools.');
      expect(html).toContain(`href="${TRUST_URL}/policies/safeguarding/"`);
    }
    expect(text(trust, '/policies/safeguarding/')).toContain('Child protection and safeguarding policy');
    // The trust's own site does not call its policy "the trust's" as if it came from elsewhere.
    expect(trust.file('/policies/safeguarding/')).not.toContain('data-trust-note');
  });

  it('publishes the trust’s document on every school’s site, from the trust’s uploads', () => {
    for (const site of [ashgrove, millbrook, trust]) {
      expect(site.file('/policies/safeguarding/')).toContain('href="/uploads/policies/safeguarding-flowchart.pdf"');
      expect(site.file('/uploads/policies/safeguarding-flowchart.pdf').startsWith('%PDF-')).toBe(true);
    }
  });

  it('is replaced by a school’s local version on that school’s site only', () => {
    const local = millbrook.file('/policies/complaints/');
    expect(local).toContain('data-trust-note="local-version"');
    expect(textOf(mainOf(local))).toMatch(/Millbrook follows the trust.s stages/);
    expect(local).not.toContain('data-trust-note="trust"');
    const shared = ashgrove.file('/policies/complaints/');
    expect(shared).toContain('data-trust-note="trust"');
    expect(textOf(mainOf(shared))).not.toContain('Millbrook');
  });

  it('lists the trust’s and the school’s own policies in each school’s library', () => {
    const library = text(ashgrove, '/policies/');
    for (const title of ['Child protection and safeguarding policy', 'Complaints procedure', 'Behaviour policy', 'Whistleblowing policy']) {
      expect(library).toContain(title);
    }
    expect(library).toContain('Oakfield Learning Trust policy, for all its schools · Approved by: Trust board');
    // The school's governors see which of the policies they review are the trust's.
    const reviews = text(millbrook, '/governors/');
    expect(reviews).toContain('Child protection and safeguarding policy (the trust’s, approved by its board)');
    expect(reviews).not.toContain('Complaints procedure (the trust’s');
    // A school's own policy is never on another school's site.
    expect(millbrook.has('/policies/behaviour/')).toBe(true);
    expect(trust.has('/policies/behaviour/')).toBe(false);
  });
});

describe('a trust consultation', () => {
  it('runs on the trust’s site, and each school’s copy of the draft sends parents there to comment', () => {
    const own = trust.file('/policies/attendance/');
    expect(own).toContain('https://forms.office.com/r/Oakfield4Attend');
    for (const site of [ashgrove, millbrook]) {
      const draft = site.file('/policies/attendance/');
      expect(draft).toContain('data-trust-consultation');
      expect(textOf(mainOf(draft))).toContain('A draft policy of Oakfield Learning Trust, for all its schools: the trust’s board decides on it.');
      expect(draft).toContain(`href="${TRUST_URL}/policies/attendance/"`);
      // No form a school's page could not show (its own survey hosts, its own surveys).
      expect(draft).not.toContain('forms.office.com');
      expect(site.has('/surveys/attendance-consultation/')).toBe(false);
    }
  });
});

describe('a trust event', () => {
  it('is in both schools’ calendars, read as a phone would', () => {
    for (const site of [ashgrove, millbrook]) {
      const dates = expandedDates(site.file('/events.ics'));
      const uid = [...dates.keys()].find((id) => id.includes('trust-inset-day-2027-02-22'));
      expect(uid, `${site.outDir}: ${[...dates.keys()].join(', ')}`).toBeDefined();
      expect(dates.get(uid!)).toEqual(['2027-02-22']);
      expect(site.file('/events/trust-inset-day-2027-02-22/')).toContain('data-trust-note="trust"');
    }
    // A school's own event stays on its own calendar.
    expect(ashgrove.file('/events.ics')).toContain('Winter concert');
    expect(millbrook.file('/events.ics')).not.toContain('Winter concert');
  });
});

describe('the trust’s dashboard', () => {
  const rowsOf = (html: string) =>
    [...html.matchAll(/<tr data-state="([a-z-]+)" data-origin="([a-z-]+)" data-site="([a-z0-9-]+)"/g)].map((m) => `${m[3]}:${m[2]}:${m[1]}`);

  it('shows every policy of every school with its review status, and counts them', () => {
    const html = trust.file('/governors/dashboard/');
    expect(rowsOf(html).sort()).toEqual(
      [
        'trust:trust:overdue', // charging and remissions
        'trust:trust:in-date', // safeguarding
        'trust:trust:in-date', // complaints
        'trust:trust:in-date', // whistleblowing
        'millbrook:school:overdue', // behaviour
        'ashgrove:school:due-soon', // behaviour
        'millbrook:local-version:in-date', // complaints
      ].sort(),
    );
    const words = textOf(mainOf(html));
    expect(words).toContain('2 overdue 1 due soon 4 in date');
    expect(words).toContain('4 trust-wide, 1 local version of a trust policy, 2 school policies of their own.');
    expect(words).toContain('(local version at Millbrook Primary Academy)');
  });

  it('narrows to one school, the trust-wide policies, or a committee, with links and no JavaScript', () => {
    expect(rowsOf(trust.file('/governors/dashboard/millbrook/')).sort()).toEqual(
      ['millbrook:local-version:in-date', 'millbrook:school:overdue', 'trust:trust:in-date', 'trust:trust:in-date', 'trust:trust:overdue'].sort(),
    );
    expect(rowsOf(trust.file('/governors/dashboard/trust/'))).toHaveLength(4);
    expect(rowsOf(trust.file('/governors/dashboard/all/local-governing-board/')).sort()).toEqual([
      'ashgrove:school:due-soon',
      'millbrook:local-version:in-date',
      'millbrook:school:overdue',
    ]);
    expect(rowsOf(trust.file('/governors/dashboard/ashgrove/trust-board/'))).toHaveLength(3);
    const page = trust.file('/governors/dashboard/millbrook/');
    expect(mainOf(page)).not.toContain('<script');
    expect(page).toContain('href="/governors/dashboard/millbrook/local-governing-board/"');
    expect(page).toMatch(/href="\/governors\/dashboard\/millbrook\/" aria-current="page"/);
  });

  it('is only on the trust’s site', () => {
    expect(ashgrove.has('/governors/dashboard/')).toBe(false);
    expect(ashgrove.has('/schools/')).toBe(false);
    expect(ashgrove.has('/governors/local-boards/')).toBe(false);
  });
});

describe('the statutory checklist', () => {
  const rowOf = (html: string, key: string) => html.slice(html.indexOf(`id="${key}"`), html.indexOf('</tr>', html.indexOf(`id="${key}"`)));

  it('credits a school with what its trust publishes, linked on the trust’s site', () => {
    for (const site of [ashgrove, millbrook]) {
      const html = site.file('/governors/statutory/');
      const accounts = rowOf(html, 'annual-accounts');
      expect(accounts).toContain(`href="${TRUST_URL}/annual-report-and-accounts/"`);
      expect(accounts).toContain('status--met');
      expect(rowOf(html, 'funding-agreement')).toContain(`href="${TRUST_URL}/funding-agreement/"`);
      expect(rowOf(html, 'trust-governance')).toContain('status--met');
      // The trust's safeguarding policy, published on the school's own site.
      expect(rowOf(html, 'safeguarding')).toContain('href="/policies/safeguarding/"');
    }
  });

  it('asks the trust’s own site only for what a trust publishes', () => {
    const html = trust.file('/governors/statutory/');
    expect(html).toContain('id="annual-accounts"');
    expect(html).not.toContain('id="admissions"');
    expect(html).not.toContain('id="ks2-results"');
  });
});

describe('the trust’s own site', () => {
  it('lists its schools with links to their sites, on its home page and its schools page', () => {
    for (const path of ['/', '/schools/']) {
      const html = trust.file(path);
      expect(html).toContain('href="https://www.ashgrove.example.org"');
      expect(html).toContain('href="https://www.millbrook.example.org"');
    }
  });

  it('shows its members and trustees, and each school’s local governing board', () => {
    const register = text(trust, '/governors/register/');
    expect(register).toContain('Mrs Margaret Osei');
    expect(register).toContain('Mr Daniel Frost');
    const boards = text(trust, '/governors/local-boards/');
    expect(boards).toContain('Mr Tobias Wren');
    expect(boards).toContain('Mrs Grace Ampofo');
    expect(trust.file('/governors/local-boards/')).toContain('href="https://www.millbrook.example.org/governors/register/"');
  });
});

describe('choosing the site to build', () => {
  it('stops with the schools listed when SCHOOL names a school the trust does not have', () => {
    const wrong = buildSite(TRUST, '2026-11-23', { SITE_TRUST_DIR: TRUST, SCHOOL: 'oakdene' });
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toMatch(/is "oakdene", which is not one of the trust.s schools/);
    expect(wrong.output).toContain('ashgrove, millbrook');
  });
});

describe('the editor', () => {
  it('edits each site’s own folder: a school’s editor its school’s, the trust’s editor the trust’s', () => {
    const school = millbrook.file('/admin/config.yml');
    expect(school).toContain(`folder: ${TRUST}/schools/millbrook/policies`);
    expect(school).toContain(`media_folder: ${TRUST}/schools/millbrook/uploads`);
    expect(school).not.toContain('schools/ashgrove');
    expect(school).not.toContain(`${TRUST}/trust/`);
    const own = trust.file('/admin/config.yml');
    expect(own).toContain(`folder: ${TRUST}/trust/policies`);
    expect(own).not.toContain(`${TRUST}/schools/`);
  });
});

describe('the pages only a trust has', () => {
  it('are valid HTML with no words run together', async () => {
    const pages = [
      '/',
      '/schools/',
      '/governors/',
      '/governors/local-boards/',
      ...readdirSync(join(trust.outDir, 'governors/dashboard'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.html'))
        .map((f) => `/governors/dashboard/${f.replace(/index\.html$/, '')}`),
    ];
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(trust.outDir, page, 'index.html'), 'utf8');
      problems.push(...(await validate(pageRules, html, page)), ...wordsRunTogether(html).map((w) => `${page}: ${w}`));
    }
    for (const [site, page] of [
      [millbrook, '/policies/complaints/'],
      [ashgrove, '/policies/safeguarding/'],
      [ashgrove, '/events/trust-inset-day-2027-02-22/'],
    ] as const) {
      const html = site.file(page);
      problems.push(...(await validate(pageRules, html, page)), ...wordsRunTogether(html).map((w) => `${page}: ${w}`));
    }
    expect(problems).toEqual([]);
  });
});
