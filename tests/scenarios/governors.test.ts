/**
 * The governors' pages, review calendar, statutory checklist and report command, on the basic
 * fixture (a maintained primary: behaviour policy overdue, uniform in date; contact details from
 * settings, opening hours missing because the fixture has no weekly hours; the calm dashboard),
 * and on a second school: a secondary academy with the detailed dashboard that publishes
 * everything it must, and stops its build when something it must publish is missing.
 */
import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite, sharedBuild } from '../helpers/build';
import { BASIC_CONTENT, contentWith, fixtureFile } from '../helpers/content';
import { parse } from 'yaml';
import { applicability } from '../../src/lib/domain/statutory';
import { statutoryItems } from '../../src/lib/content/statutory';
import { settingsSchema } from '../../src/schemas/settings';

const ACADEMY_SETTINGS = `${fixtureFile('settings/school.yaml')}weekly_hours: 32.5\nschool_type: academy\nphases: [secondary]\nstatutory_missing: fail\ngovernors_dashboard: detailed\n`;

/**
 * A secondary academy (no sixth form) whose "key information" page provides every item it must
 * publish, except `leaveOut`. Opening hours come from the settings, behaviour from the fixture's policy.
 */
function academyContent(leaveOut?: string): string {
  const settings = settingsSchema.parse(parse(ACADEMY_SETTINGS));
  const musts = statutoryItems()
    .filter((item) => {
      const a = applicability(item, settings);
      return a.applies && a.requirement === 'must';
    })
    .map((item) => item.key)
    .filter((key) => !['opening-hours', 'behaviour-policy', leaveOut].includes(key));
  return contentWith({
    'settings/school.yaml': ACADEMY_SETTINGS,
    'pages/key-information.md': `---\ntitle: Key information\nsummary: Everything we publish.\nstatutory: [${musts.join(', ')}]\n---\nAll of it.\n`,
  });
}

let site: BuiltSite;
let academy: BuiltSite;
beforeAll(() => {
  site = sharedBuild(BASIC_CONTENT, '2026-11-23');
  if (!site.ok) throw new Error(site.output);
  academy = buildSite(academyContent(), '2026-11-23', {}, false);
  if (!academy.ok) throw new Error(academy.output);
});

/** Visible text as a reader sees it: no space left before punctuation where a tag closed. */
function words(html: string): string {
  return textOf(html).replace(/\s+([,.:;])/g, '$1');
}

/** The visible text of one part of the checklist page. */
function sectionText(html: string, id: string): string {
  return words(new RegExp(`<section aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)![1]!);
}

function report(args: string[], contentDir = BASIC_CONTENT) {
  const result = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/policies-report.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: contentDir, SITE_NOW: '2026-11-23' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the policy review dashboard', () => {
  it('counts and lists every published policy, most urgent first, in calm words by default', () => {
    const text = textOf(mainOf(site.file('/governors/')));
    expect(text).toContain('1 being reviewed 0 due for review soon 1 in date');
    expect(text).toMatch(
      /Behaviour policy Full governing board Headteacher 10 September 2024 10 September 2025 Being reviewed \(stays in force until the governors approve the new version\).*Uniform Resources committee/,
    );
    expect(text).not.toMatch(/\boverdue\b|\bin \d+ days\b/i);
    expect(site.file('/governors/')).not.toContain('status--detailed-overdue');
    expect(site.file('/governors/')).toMatch(/Being reviewed<\/span> <span class="muted"/); // a reader sees a space, not "reviewed(stays
    expect(text).not.toContain('Secret draft plan');
  });
  it('has a page per committee that needs no JavaScript, in the same calm words', () => {
    const text = textOf(mainOf(site.file('/governors/committees/full-governing-board/')));
    expect(text).toContain('Behaviour policy');
    expect(text).toContain('Being reviewed (stays in force until the governors approve the new version)');
    expect(text).not.toMatch(/days overdue/);
    expect(textOf(mainOf(site.file('/governors/committees/resources-committee/')))).not.toContain('Behaviour policy');
    expect(site.file('/governors/')).toContain('href="/governors/committees/full-governing-board/"');
  });
  it('shows the days and the overdue badge when the school chooses the detailed view', () => {
    const text = textOf(mainOf(academy.file('/governors/')));
    expect(text).toContain('1 overdue 0 due soon 1 in date');
    expect(text).toMatch(/Behaviour policy Full governing board Headteacher 10 September 2024 10 September 2025 Overdue \(439 days overdue\)/);
    expect(textOf(mainOf(academy.file('/governors/committees/full-governing-board/')))).toContain('Overdue (439 days overdue)');
    expect(academy.file('/governors/')).toContain('status--detailed-overdue');
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
  const row = (html: string, key: string) => words(new RegExp(`<tr[^>]*id="${key}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)![1]!);

  it('separates what the school must publish from what it should, and lists what does not apply with the reason', () => {
    const html = site.file('/governors/statutory/');
    expect(textOf(mainOf(html))).toContain('ask a maintained primary school in England to publish online');
    const must = sectionText(html, 'must-publish');
    const should = sectionText(html, 'should-publish');
    expect(must).toMatch(/^What we must publish/);
    for (const title of ['Behaviour policy', 'Key stage 2 results', 'Opening hours and the school week', 'PE and sport premium', 'School uniform'])
      expect(must).toContain(title);
    for (const title of ['Music development plan summary', 'Values and ethos']) {
      expect(should).toContain(title);
      expect(must).not.toContain(title);
    }
    expect(html.match(/<section aria-labelledby="must-publish"[\s\S]*?<\/section>/)![0]).not.toContain('data-requirement="should"');
    const notApplicable = sectionText(html, 'not-asked');
    expect(notApplicable).toContain('Key stage 4 results and destinations: applies to schools with secondary pupils.');
    expect(notApplicable).toContain('Funding agreement: applies to academies only.');
    expect(notApplicable).toContain('Gender pay gap report: applies to schools with 250 or more employees');
    expect(html).not.toMatch(/<tr[^>]* data-status="not-applicable"/);
  });
  it('shows the source of each item, linked, with the section and the day it was checked', () => {
    const html = site.file('/governors/statutory/');
    expect(row(html, 'behaviour-policy')).toContain(
      'Source: What maintained schools must or should publish online, section “Behaviour policy” (checked 6 December 2026).',
    );
    expect(html).toContain('href="https://www.gov.uk/guidance/what-maintained-schools-must-publish-online"');
    expect(row(html, 'safeguarding')).toContain('Source: Keeping children safe in education');
    const rows = [...html.matchAll(/<tr[^>]* data-requirement="[^"]+"[^>]*>[\s\S]*?<\/tr>/g)];
    expect(rows.length).toBe(statutoryItems().length - 8); // eight items do not apply to a maintained primary with no size given
    for (const [r] of rows) expect(r).toMatch(/Source: <a href="https:\/\/www\.gov\.uk\//);
  });
  it('shows what provides each item, and what is missing', () => {
    const html = site.file('/governors/statutory/');
    expect(row(html, 'behaviour-policy')).toMatch(/Behaviour policy \(review overdue\) Published, review overdue/);
    expect(row(html, 'contact-details')).toMatch(/School settings: contact details and SENCO .* Published/);
    expect(row(html, 'values-ethos')).toMatch(/About us Published/);
    expect(row(html, 'opening-hours')).toMatch(/Missing$/);
  });
  it('for a secondary academy: its own items, from the academies’ guidance', () => {
    const html = academy.file('/governors/statutory/');
    expect(textOf(mainOf(html))).toContain('ask a secondary academy in England to publish online');
    expect(sectionText(html, 'must-publish')).toMatch(/Key stage 4 results and destinations .*Key information Published/);
    expect(sectionText(html, 'must-publish')).toContain('Funding agreement');
    expect(sectionText(html, 'should-publish')).toContain('Contact details');
    expect(sectionText(html, 'not-asked')).toContain('Key stage 2 results: applies to schools with primary pupils.');
    expect(row(html, 'careers')).toContain(
      'Source: What academies and further education colleges must or should publish online, section “Careers programme information”',
    );
  });
  it('warns in the build about missing items, musts and shoulds apart', () => {
    const built = sharedBuild(BASIC_CONTENT, '2026-11-23');
    expect(built.output).toMatch(/item\(s\) the school must publish are missing:\n(\s+• .*\n)*\s+• Opening hours and the school week \(opening-hours\)/);
    expect(built.output).toMatch(
      /item\(s\) the guidance says the school should publish are missing:\n(\s+• .*\n)*\s+• Music development plan summary \(music-development-plan\)/,
    );
  });
  it('fails the build when the settings ask for that and something the school must publish is missing', () => {
    const dir = contentWith({ 'settings/school.yaml': `${fixtureFile('settings/school.yaml')}statutory_missing: fail\n` });
    const built = buildSite(dir);
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(
      /settings\/school\.yaml — statutory_missing: is "fail" and nothing publishes "Opening hours and the school week" \(opening-hours\), which the school must publish/,
    );
    expect(built.output).not.toContain('music-development-plan');
  });
  it('still builds with statutory_missing: fail when only recommended items are missing, and warns about them', () => {
    expect(academy.ok).toBe(true);
    expect(academy.output).not.toMatch(/the school must publish are missing/);
    expect(academy.output).toMatch(
      /the guidance says the school should publish are missing:[\s\S]*• Music development plan summary \(music-development-plan\)/,
    );
  });
  it('fails that build as soon as one of its musts is taken away', () => {
    const built = buildSite(academyContent('careers'));
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/nothing publishes "Careers programme and provider access" \(careers\), which the school must publish/);
  });
});

describe('npm run policies:report', () => {
  it('prints a table with the days, even when the public pages use calm words, and exits 0 by default', () => {
    expect(fixtureFile('settings/school.yaml')).not.toContain('governors_dashboard');
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
