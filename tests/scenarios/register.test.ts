/**
 * The governors' register on the basic fixture (a maintained primary) with a small board, built
 * on 23 November 2026: the board by category and committee, someone who stepped down 11 months
 * ago still listed and someone who stepped down 13 months ago gone, attendance for 2025-26 with
 * its totals, email addresses only where given, hostile text shown as text, the governance item
 * of the checklist provided by the register, and `npm run doctor`'s warnings.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { contentWith } from '../helpers/content';
import { dangerousMarkup, visibleText } from '../helpers/markup';

/** A governor's file: the fields every one needs, then `extra` lines of YAML, then a few words about them. */
const governor = (title: string, extra: string, about = '') =>
  `---\ntitle: ${JSON.stringify(title)}\nappointed_by: The governing board\n${extra.trim()}\n---\n${about}`;

/** Two governors write a few words under the same heading. */
const ABOUT = '## Why I joined\n\nTo give something back to the school my children loved.\n';

const HOSTILE = '<img src=x onerror=alert(1)> & </script><script>alert(2)</script>';

const BOARD: Record<string, string> = {
  'governors/wendy-chair.md': governor(
    'Ms Wendy Chair',
    `
category: co-opted
position: chair
appointed: 2024-09-01
term_ends: 2028-08-31
committees: [Resources, Pupil welfare]
interests_declared: 2026-09-17
interests: [${JSON.stringify(`Director of Chair Builders Ltd ${HOSTILE}`)}]
attendance:
  - { year: 2025-26, meetings: 12, attended: 11 }`,
    ABOUT,
  ),
  'governors/pat-parent.md': governor(
    'Mr Pat Parent',
    `
category: parent
appointed: 2023-10-17
term_ends: 2027-10-16
committees: [Pupil welfare]
interests_declared: 2026-09-17
email: pat.parent@fixture.example.org
staff_relationships: [Brother of a teaching assistant]
attendance:
  - { year: 2025-26, meetings: 9, attended: 7 }`,
    ABOUT,
  ),
  'governors/hana-head.md': governor(
    'Mrs Hana Head',
    `
category: headteacher
appointed: 2019-09-01
committees: [Resources, Pupil welfare]
attendance:
  - { year: 2025-26, meetings: 15, attended: 15 }`,
  ),
  // Stepped down 11 months before the build: still on the register.
  'governors/eleven-months.md': governor(
    'Mrs Ella Eleven',
    `
category: parent
appointed: 2021-12-23
term_ends: 2025-12-22
stepped_down: 2025-12-23
committees: [Resources]
interests_declared: 2025-09-17
attendance:
  - { year: 2025-26, meetings: 4, attended: 3 }`,
  ),
  // Stepped down 13 months before the build: off the register on its own.
  'governors/thirteen-months.md': governor(
    'Mr Tom Thirteen',
    `
category: co-opted
appointed: 2021-10-23
term_ends: 2025-10-22
stepped_down: 2025-10-23
committees: [Finance]
interests_declared: 2025-09-17
email: tom.thirteen@fixture.example.org
attendance:
  - { year: 2025-26, meetings: 2, attended: 2 }`,
  ),
  'governors/drafted.md': governor('Mr Not Yet', `category: parent\nappointed: 2026-10-01\ndraft: true`),
};

let site: BuiltSite;
let dir: string;
beforeAll(() => {
  dir = contentWith(BOARD);
  site = buildSite(dir, '2026-11-23');
  if (!site.ok) throw new Error(site.output);
});

const register = () => site.file('/governors/register/');
/** The visible text of the section whose heading has this id. */
const section = (id: string) =>
  textOf(
    new RegExp(`<section aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>\\s*(?:<section aria-labelledby="(?!category-)|<p class="muted")`).exec(
      mainOf(register()),
    )![1]!,
  )
    // No space before punctuation where a tag closed, as a reader sees it.
    .replace(/\s+([,.:;])/g, '$1');

describe('the governors’ register', () => {
  it('shows the board by kind of governor, chair first, with each person’s term, roles and interests', () => {
    const board = section('board');
    expect(board).toMatch(
      /Parent governors \(1\) Mr Pat Parent Parent governor Appointed by The governing board Term of office 17 October 2023 to 16 October 2027/,
    );
    expect(board).toMatch(/Co-opted governors \(1\) Ms Wendy Chair Co-opted governor · Chair of the board/);
    expect(board).toMatch(/Headteacher \(1\) Mrs Hana Head Headteacher .* Term of office From 1 September 2019, while in post/);
    expect(board).toContain('Relationships with staff Brother of a teaching assistant');
    expect(board).toMatch(/Mr Pat Parent .*Business and financial interests None \(declared 17 September 2026\)/);
    expect(board).toMatch(/Mrs Hana Head .*Business and financial interests No declaration recorded yet\./);
    expect(visibleText(mainOf(register()))).toContain('The chair of governors is Ms Wendy Chair.');
    expect(register()).not.toContain('Not Yet');
  });

  it('lists each committee’s members', () => {
    expect(section('committees')).toBe('Committees Pupil welfare Ms Wendy Chair, Mrs Hana Head, Mr Pat Parent Resources Ms Wendy Chair, Mrs Hana Head');
  });

  it('keeps someone who stepped down 11 months ago, and has dropped someone who stepped down 13 months ago', () => {
    expect(section('stepped-down')).toMatch(/Mrs Ella Eleven Parent governor .* Stepped down 23 December 2025 Committees Resources/);
    expect(register()).not.toContain('Tom Thirteen');
    expect(register()).not.toContain('tom.thirteen@');
  });

  it('has an attendance table for the last school year, with totals', () => {
    const table = /<table class="data-table attendance"[^>]*>([\s\S]*?)<\/table>/.exec(register())![1]!;
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1]!));
    expect(rows).toEqual([
      'Governor Meetings Attended',
      'Ms Wendy Chair 12 11 (92%)',
      'Mrs Hana Head 15 15 (100%)',
      'Mr Pat Parent 9 7 (78%)',
      'Mrs Ella Eleven (stepped down) 4 3 (75%)',
      'All governors 40 36 (90%)',
    ]);
    expect(textOf(table)).toMatch(/^Attendance at meetings in 2025–26/);
  });

  it('publishes an email address only where one is given, and text that looks like markup as text', () => {
    const mailtos = [...mainOf(register()).matchAll(/href="mailto:([^"]+)"/g)].map((m) => m[1]);
    expect(mailtos).toEqual(['office@fixture.example.org', 'pat.parent@fixture.example.org']);
    expect(dangerousMarkup(mainOf(register()))).toEqual([]);
    expect(visibleText(mainOf(register()))).toContain(`Director of Chair Builders Ltd ${HOSTILE}`);
  });

  it('shows each governor’s few words, and no id twice when two of them use the same heading', () => {
    expect(visibleText(mainOf(register())).match(/Why I joined To give something back/g)).toHaveLength(2);
    const ids = [...register().matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('provides the governance item of the statutory checklist, and is linked from the governors’ pages and the footer', () => {
    const row = /<tr[^>]*id="governance"[^>]*>([\s\S]*?)<\/tr>/.exec(site.file('/governors/statutory/'))![1]!;
    expect(row).toMatch(/<a href="\/governors\/register\/"[^>]*>Governors’ register<\/a>/);
    expect(textOf(row)).toMatch(/Published$/);
    expect(site.file('/governors/')).toContain('href="/governors/register/"');
    expect(site.file('/')).toMatch(/<footer[\s\S]*href="\/governors\/register\/"/);
  });
});

describe('npm run doctor on the register', () => {
  const doctor = () =>
    spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/doctor.ts', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_CONTENT_DIR: dir, SITE_NOW: '2026-11-23', CMS_BACKEND: '', CMS_REPO: '' },
    });

  it('warns about a governor with no declaration of interests, naming the file, and nothing else on the register', () => {
    const json = JSON.parse(doctor().stdout) as { warnings: { topic: string; file?: string; message: string }[] };
    const register = json.warnings.filter((w) => w.topic === 'governors');
    expect(register).toEqual([
      {
        topic: 'governors',
        file: expect.stringMatching(/governors\/hana-head\.md$/),
        message: expect.stringMatching(/^Mrs Hana Head has no declaration of interests\. Add the date of their latest declaration \(interests_declared\)/),
      },
    ]);
  });
});
