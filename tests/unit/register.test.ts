/**
 * The governors' register, counted from "today": who is on the board, who stepped down in the
 * last 12 months (and drops off after a year), attendance totals for the last school year, what
 * the doctor warns about, and the governance item of the statutory checklist it provides.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureFile } from '../helpers/content';
import { governorSchema, type Governor } from '../../src/schemas/governor';
import { settingsSchema } from '../../src/schemas/settings';
import { statutoryChecklist } from '../../src/lib/domain/governors';
import {
  attendancePercent,
  governorsRegister,
  interestsStatement,
  isCurrentGovernor,
  lastSchoolYear,
  registerWarnings,
  steppedDownRecently,
  termOfOffice,
} from '../../src/lib/domain/register';
import type { StatutoryItem } from '../../src/schemas/statutory';

const TODAY = '2026-11-23';

/** A governor entry as the content check hands it on: parsed by the schema, so defaults are filled in. */
function governor(id: string, fields: Record<string, unknown> = {}): { id: string; data: Governor } {
  const data = governorSchema.parse({
    title: `Mx ${id[0]!.toUpperCase()}${id.slice(1)}`,
    category: 'parent',
    appointed_by: 'Elected by parents',
    appointed: '2024-09-01',
    term_ends: '2028-08-31',
    interests_declared: '2026-09-17',
    attendance: [{ year: '2025-26', meetings: 6, attended: 5 }],
    ...fields,
  });
  return { id, data };
}

describe('who is on the register', () => {
  it('keeps someone who stepped down 11 months ago, and drops someone who stepped down 13 months ago', () => {
    const eleven = governor('eleven', { stepped_down: '2025-12-23' });
    const thirteen = governor('thirteen', { stepped_down: '2025-10-23' });
    expect(steppedDownRecently(eleven, TODAY)).toBe(true);
    expect(steppedDownRecently(thirteen, TODAY)).toBe(false);
    const register = governorsRegister([eleven, thirteen, governor('current')], TODAY);
    expect(register.steppedDown.map((g) => g.id)).toEqual(['eleven']);
    expect(register.current.map((g) => g.id)).toEqual(['current']);
  });

  it('drops them on the day a year has passed, with no edit: the next daily build does it', () => {
    const left = governor('left', { stepped_down: '2025-11-24' });
    expect(steppedDownRecently(left, '2026-11-23')).toBe(true);
    expect(steppedDownRecently(left, '2026-11-24')).toBe(false);
  });

  it('counts someone on the board until the day they step down, and not before they are appointed or as a draft', () => {
    expect(isCurrentGovernor(governor('a', { stepped_down: '2026-11-24' }), TODAY)).toBe(true);
    expect(isCurrentGovernor(governor('b', { stepped_down: TODAY }), TODAY)).toBe(false);
    expect(isCurrentGovernor(governor('c', { appointed: '2026-12-01', attendance: [] }), TODAY)).toBe(false);
    expect(isCurrentGovernor(governor('d', { draft: true }), TODAY)).toBe(false);
  });

  it('orders the board chair first, then vice-chair, then by surname, and groups it by category and committee', () => {
    const register = governorsRegister(
      [
        governor('zed', { title: 'Mr Adam Zed', committees: ['Resources'] }),
        governor('vice', { title: 'Dr Yara Vice', position: 'vice-chair', committees: ['Resources', 'Pupil welfare'] }),
        governor('brown', { title: 'Mrs Ann Brown', category: 'co-opted' }),
        governor('chair', { title: 'Ms Wendy Chair', category: 'co-opted', position: 'chair' }),
        governor('gone', { title: 'Mr Gone', committees: ['Finance'], stepped_down: '2026-10-01' }),
      ],
      TODAY,
    );
    expect(register.current.map((g) => g.id)).toEqual(['chair', 'vice', 'brown', 'zed']);
    expect(register.chair?.id).toBe('chair');
    expect(register.viceChair?.id).toBe('vice');
    expect(register.byCategory.map((g) => [g.category, g.governors.map((x) => x.id)])).toEqual([
      ['parent', ['vice', 'zed']],
      ['co-opted', ['chair', 'brown']],
    ]);
    // Someone who stepped down sits on no committee now.
    expect(register.committees.map((c) => [c.name, c.members.map((m) => m.id)])).toEqual([
      ['Pupil welfare', ['vice']],
      ['Resources', ['vice', 'zed']],
    ]);
  });
});

describe('attendance', () => {
  it('covers the last school year, for the board and those who stepped down in the last 12 months, with totals', () => {
    expect(lastSchoolYear(TODAY)).toBe('2025-26');
    expect(lastSchoolYear('2026-08-31')).toBe('2024-25');
    expect(lastSchoolYear('2026-09-01')).toBe('2025-26');
    const register = governorsRegister(
      [
        governor('a', {
          attendance: [
            { year: '2024-25', meetings: 9, attended: 2 },
            { year: '2025-26', meetings: 12, attended: 11 },
          ],
        }),
        governor('b', { attendance: [{ year: '2025-26', meetings: 9, attended: 9 }] }),
        governor('c', { stepped_down: '2026-10-19', attendance: [{ year: '2025-26', meetings: 9, attended: 6 }] }),
        governor('long-gone', { stepped_down: '2025-10-01', appointed: '2021-09-01', attendance: [{ year: '2025-26', meetings: 2, attended: 0 }] }),
        governor('new', { appointed: '2026-10-20', attendance: [] }),
      ],
      TODAY,
    );
    const { attendance } = register;
    expect(attendance.year).toBe('2025-26');
    expect(attendance.rows.map((r) => [r.governor.id, r.meetings, r.attended, r.current])).toEqual([
      ['a', 12, 11, true],
      ['b', 9, 9, true],
      ['c', 9, 6, false],
    ]);
    expect(attendance.total).toEqual({ meetings: 30, attended: 26 });
    expect(attendancePercent(attendance.total)).toBe(87);
    expect(attendancePercent({ meetings: 0, attended: 0 })).toBeUndefined();
  });
});

describe('what the register says in words', () => {
  it('gives the term, or “while in post” for someone with no end to it', () => {
    expect(termOfOffice({ appointed: '2024-09-01', term_ends: '2028-08-31' })).toBe('1 September 2024 to 31 August 2028');
    expect(termOfOffice({ appointed: '2019-09-01' })).toBe('From 1 September 2019, while in post');
  });
  it('says “none” only when a declaration was made, and never leaves interests blank', () => {
    expect(interestsStatement({ interests: [], interests_declared: '2026-09-17' })).toEqual({ items: [], note: 'None (declared 17 September 2026).' });
    expect(interestsStatement({ interests: ['Director of a building firm'], interests_declared: '2026-09-17' })).toEqual({
      items: ['Director of a building firm'],
      note: '(declared 17 September 2026)',
    });
    expect(interestsStatement({ interests: [] }).note).toBe('No declaration recorded yet.');
  });
});

describe('what the doctor warns about', () => {
  const warnings = (list: ReturnType<typeof governor>[]) => registerWarnings(list, TODAY).map((w) => `${w.id}: ${w.message}`);

  it('nothing, for a register in order', () => {
    expect(
      warnings([
        governor('fine'),
        governor('head', { category: 'headteacher', term_ends: undefined }),
        governor('new', { appointed: '2026-10-20', attendance: [] }),
      ]),
    ).toEqual([]);
  });
  it('a term that has ended with no date they stepped down', () => {
    expect(warnings([governor('ended', { appointed: '2022-09-01', term_ends: '2026-08-31' })])).toEqual([
      expect.stringMatching(/^ended: the term of office of Mx Ended ended on 2026-08-31, but no date they stepped down is given/),
    ]);
  });
  it('no declaration of interests, or one more than a year old', () => {
    expect(warnings([governor('none', { interests_declared: undefined })])).toEqual([expect.stringMatching(/^none: Mx None has no declaration of interests/)]);
    expect(warnings([governor('old', { interests_declared: '2025-11-23' })])).toEqual([
      expect.stringMatching(/^old: Mx Old last declared their interests on 2025-11-23, more than a year ago/),
    ]);
    expect(warnings([governor('recent', { interests_declared: '2025-11-24' })])).toEqual([]);
  });
  it('no attendance for the last school year from someone who served in it, even after stepping down', () => {
    expect(warnings([governor('missing', { attendance: [] }), governor('left', { stepped_down: '2026-10-01', attendance: [] })])).toEqual([
      expect.stringMatching(/^missing: Mx Missing served in 2025-26, but their attendance that year is not given/),
      expect.stringMatching(/^left: Mx Left served in 2025-26/),
    ]);
  });
  it('two chairs at once', () => {
    expect(warnings([governor('one', { position: 'chair' }), governor('two', { position: 'chair' })])).toEqual([
      expect.stringMatching(/^two: Mx Two and Mx One are both shown as chair of the board/),
    ]);
  });
  it('nothing about someone who has left the register, however incomplete', () => {
    expect(warnings([governor('gone', { stepped_down: '2025-01-01', appointed: '2021-09-01', interests_declared: undefined, attendance: [] })])).toEqual([]);
  });
});

describe('the governance item of the statutory checklist', () => {
  const settings = settingsSchema.parse(parse(fixtureFile('settings/school.yaml')));
  const item: StatutoryItem = {
    key: 'governance',
    title: 'Governance information',
    requirement: 'must',
    source: { guidance: 'publish-online', section: 'Governance information' },
    checked: '2026-12-06',
    description: '',
  };
  const list = { guidance: { 'publish-online': { title: 'Guidance', url: 'https://www.gov.uk/x' } }, items: [item] } as never;
  const row = (governors: ReturnType<typeof governor>[]) => statutoryChecklist(list, settings, [], [], TODAY, 90, governors)[0]!;

  it('is provided by the register once someone is on the board, linking to it', () => {
    expect(row([governor('a')])).toMatchObject({
      status: 'met',
      providers: [{ kind: 'register', title: 'Governors’ register', href: '/governors/register/' }],
    });
  });
  it('is still missing with only governors who have stepped down, or none', () => {
    expect(row([governor('a', { stepped_down: '2026-10-01' })]).status).toBe('missing');
    expect(row([]).status).toBe('missing');
  });
});
