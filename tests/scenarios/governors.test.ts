/**
 * The governors' pages, review calendar, statutory checklist and report command, on the basic
 * fixture (behaviour policy overdue, uniform in date; contact details from settings, opening
 * hours missing because the fixture has no weekly hours).
 */
import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { BASIC_CONTENT, contentWith, fixtureFile } from '../helpers/content';

let site: BuiltSite;
beforeAll(() => {
  site = buildSite(BASIC_CONTENT, '2026-11-23');
  if (!site.ok) throw new Error(site.output);
});

function report(args: string[], contentDir = BASIC_CONTENT) {
  const result = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/policies-report.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: contentDir, SITE_NOW: '2026-11-23' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the policy review dashboard', () => {
  it('counts and lists every published policy, most urgent first, with status in words', () => {
    const text = textOf(mainOf(site.file('/governors/')));
    expect(text).toContain('1 overdue 0 due soon 1 in date');
    expect(text).toMatch(/Behaviour policy Full governing board Headteacher 10 September 2024 10 September 2025 Overdue \(439 days overdue\).*Uniform Resources committee/);
    expect(text).not.toContain('Secret draft plan');
  });
  it('has a page per committee that needs no JavaScript', () => {
    const text = textOf(mainOf(site.file('/governors/committees/resources-committee/')));
    expect(text).toContain('Uniform');
    expect(text).not.toContain('Behaviour policy');
    expect(site.file('/governors/')).toContain('href="/governors/committees/full-governing-board/"');
  });
  it('shows related policies on both policies’ pages', () => {
    expect(textOf(mainOf(site.file('/policies/uniform/')))).toMatch(/Related policies Behaviour policy/);
  });
});

describe('the review calendar', () => {
  it('has one all-day event per review, on the due date', () => {
    const component = new ICAL.Component(ICAL.parse(site.file('/governors/reviews.ics')));
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['Policy review due: Behaviour policy', '2025-09-10', '2025-09-11'],
      ['Policy review due: Uniform', '2028-06-01', '2028-06-02'],
    ]);
  });
});

describe('the statutory checklist', () => {
  it('shows what provides each item, and what is missing', () => {
    const html = site.file('/governors/statutory/');
    const row = (key: string) => textOf(new RegExp(`<tr[^>]*id="${key}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)![1]!);
    expect(row('behaviour-policy')).toMatch(/Behaviour policy \(review overdue\) Published, review overdue/);
    expect(row('contact-details')).toMatch(/School settings: contact details and SENCO .* Published/);
    expect(row('values-ethos')).toMatch(/About us Published/);
    expect(row('opening-hours')).toMatch(/Missing$/);
    expect(html).not.toContain('id="funding-agreement"'); // academies only
  });
  it('warns in the build about missing items', () => {
    const built = buildSite(BASIC_CONTENT, '2026-11-23', {}, false);
    expect(built.output).toMatch(/item\(s\) the law asks the school to publish are missing:\n\s+• Opening hours \(opening-hours\)/);
  });
  it('fails the build when the settings ask for that', () => {
    const dir = contentWith({ 'settings/school.yaml': `${fixtureFile('settings/school.yaml')}statutory_missing: fail\n` });
    const built = buildSite(dir);
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/settings\/school\.yaml — statutory_missing: is "fail" and nothing publishes "Opening hours" \(opening-hours\)/);
  });
  it('is satisfied by settings once the weekly hours are given', () => {
    const dir = contentWith({ 'settings/school.yaml': `${fixtureFile('settings/school.yaml')}weekly_hours: 32.5\nstatutory_missing: fail\n` });
    const built = buildSite(dir);
    expect(built.output).not.toContain('opening-hours');
  });
});

describe('npm run policies:report', () => {
  it('prints a table and exits 0 by default', () => {
    const { code, stdout } = report([]);
    expect(code).toBe(0);
    expect(stdout).toContain('Policy reviews for Fixture Primary School on 2026-11-23');
    expect(stdout).toMatch(/Behaviour policy\s+Full governing board\s+2025-09-10\s+OVERDUE\s+-439/);
    expect(stdout).toContain('1 overdue, 0 due soon, 1 in date.');
  });
  it('prints JSON with --json', () => {
    const parsed = JSON.parse(report(['--json']).stdout);
    expect(parsed.counts).toEqual({ overdue: 1, 'due-soon': 0, 'in-date': 1 });
    expect(parsed.policies.map((p: { id: string }) => p.id)).toEqual(['behaviour', 'uniform']);
  });
  it('exits 1 with --fail-on-overdue when a review is overdue, and 0 when none is', () => {
    expect(report(['--fail-on-overdue']).code).toBe(1);
    const inDate = contentWith({ 'policies/behaviour.md': fixtureFile('policies/behaviour.md').replace('approved: 2024-09-10', 'approved: 2026-09-10') });
    expect(report(['--fail-on-overdue'], inDate).code).toBe(0);
  });
});
