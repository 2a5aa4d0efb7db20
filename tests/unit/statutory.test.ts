/**
 * The statutory list in src/data/statutory.yaml and which of it applies to which school: must or
 * should, by type (maintained, academy), stages taught, special school and number of employees.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicability, schoolDescription, type SchoolProfile } from '../../src/lib/domain/statutory';
import { statutoryList } from '../../src/lib/content/statutory';
import { settingsSchema } from '../../src/schemas/settings';

const { items, guidance } = statutoryList();
const byKey = new Map(items.map((i) => [i.key, i]));

/** The keys that apply to a school, split into must and should. */
function asked(school: SchoolProfile) {
  const applying = items.map((i) => ({ key: i.key, a: applicability(i, school) })).filter((x) => x.a.applies);
  return {
    must: applying.filter((x) => x.a.requirement === 'must').map((x) => x.key),
    should: applying.filter((x) => x.a.requirement === 'should').map((x) => x.key),
  };
}

const maintainedPrimary: SchoolProfile = { school_type: 'maintained', phases: ['primary'], special_school: false };
const academySecondary: SchoolProfile = { school_type: 'academy', phases: ['secondary', 'sixth-form'], special_school: false, employees: 140 };
const specialSchool: SchoolProfile = { school_type: 'maintained', phases: ['primary', 'secondary'], special_school: true };

describe('the list', () => {
  it('keeps every key schools already use in their content', () => {
    for (const key of [
      'contact-details',
      'opening-hours',
      'admissions',
      'ofsted-results',
      'curriculum',
      'behaviour-policy',
      'pupil-premium',
      'pe-sport-premium',
      'equality-objectives',
      'sen-report',
      'accessibility-plan',
      'complaints',
      'charging-remissions',
      'values-ethos',
      'governance',
      'high-earners',
      'safeguarding',
      'relationships-education',
      'trust-governance',
      'annual-accounts',
      'funding-agreement',
    ]) {
      expect(byKey.has(key), key).toBe(true);
    }
  });
  it('has the items added to the guidance since it was first written', () => {
    for (const key of ['music-development-plan', 'pay-gap', 'uniform', 'ks2-results', 'ks4-results', 'results-16-19', 'careers', 'bursary-16-19'])
      expect(byKey.has(key), key).toBe(true);
    expect(byKey.get('pay-gap')!.min_employees).toBe(250);
  });
  it('gives every item a source on gov.uk, a section and the day it was checked', () => {
    for (const item of items) {
      for (const type of ['maintained', 'academy'] as const) {
        const entry = guidance[item.source.guidance]!;
        const doc = 'url' in entry ? entry : entry[type];
        expect(doc.url, item.key).toMatch(/^https:\/\/www\.gov\.uk\//);
      }
      expect(item.checked, item.key).toBe('2026-12-06');
    }
  });
  it('refuses a list with a mistake in it, saying where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statutory-'));
    const file = join(dir, 'statutory.yaml');
    writeFileSync(
      file,
      `guidance: {}\nitems:\n  - { key: a, title: A, requirement: maybe, source: { guidance: nowhere, section: S }, checked: 2026-12-06, description: D }\n`,
    );
    expect(() => statutoryList(file)).toThrow(/items\.0\.requirement/);
    writeFileSync(
      file,
      `guidance: {}\nitems:\n  - { key: a, title: A, requirement: must, source: { guidance: nowhere, section: S }, checked: 2026-12-06, description: D }\n`,
    );
    expect(() => statutoryList(file)).toThrow(/items\.0\.source\.guidance: "nowhere" is not listed under guidance/);
  });
});

describe('what applies to which school', () => {
  it('a maintained primary must publish its key stage 2 results and PE premium, not careers or secondary results', () => {
    const { must, should } = asked(maintainedPrimary);
    expect(must).toEqual(
      expect.arrayContaining(['contact-details', 'admissions', 'ks2-results', 'pe-sport-premium', 'opening-hours', 'high-earners', 'governance', 'uniform']),
    );
    for (const key of ['careers', 'ks4-results', 'results-16-19', 'bursary-16-19', 'trust-governance', 'pay-gap'])
      expect([...must, ...should]).not.toContain(key);
    expect(should).toEqual(expect.arrayContaining(['music-development-plan', 'values-ethos', 'remote-education']));
    expect(applicability(byKey.get('ks4-results')!, maintainedPrimary)).toEqual({
      applies: false,
      requirement: 'must',
      reason: 'applies to schools with secondary pupils',
    });
  });
  it('an academy secondary with a sixth form gets careers, results, bursary and trust documents, and contact details as a should', () => {
    const { must, should } = asked(academySecondary);
    expect(must).toEqual(expect.arrayContaining(['careers', 'ks4-results', 'results-16-19', 'trust-governance', 'annual-accounts', 'funding-agreement']));
    expect(should).toEqual(expect.arrayContaining(['bursary-16-19', 'contact-details']));
    for (const key of ['ks2-results', 'pe-sport-premium', 'pay-gap']) expect([...must, ...should]).not.toContain(key);
    expect(applicability(byKey.get('pe-sport-premium')!, academySecondary)).toMatchObject({ applies: false, reason: 'applies to schools with primary pupils' });
  });
  it('a special school is not asked for admission arrangements, but is for both stages it teaches', () => {
    const { must } = asked(specialSchool);
    expect(applicability(byKey.get('admissions')!, specialSchool)).toMatchObject({ applies: false, reason: 'does not apply to special schools' });
    expect(must).toEqual(expect.arrayContaining(['ks2-results', 'ks4-results', 'careers', 'pe-sport-premium', 'sen-report']));
    expect(must).not.toContain('results-16-19');
  });
  it('the gender pay gap applies from 250 employees, and not when the number is not given', () => {
    const payGap = byKey.get('pay-gap')!;
    expect(applicability(payGap, { ...maintainedPrimary, employees: 249 })).toMatchObject({
      applies: false,
      reason: 'applies to schools with 250 or more employees',
    });
    expect(applicability(payGap, { ...maintainedPrimary, employees: 250 })).toEqual({ applies: true, requirement: 'must' });
    expect(applicability(payGap, maintainedPrimary)).toMatchObject({
      applies: false,
      reason: expect.stringContaining('the number of employees is not given in the school settings'),
    });
  });
  it('describes the school in words', () => {
    expect(schoolDescription(maintainedPrimary)).toBe('a maintained primary school');
    expect(schoolDescription(academySecondary)).toBe('a secondary academy with a sixth form');
    expect(schoolDescription(specialSchool)).toBe('a maintained special all-through school');
    expect(schoolDescription({ school_type: 'academy', phases: ['primary', 'secondary'], special_school: false })).toBe('an all-through academy');
  });
});

describe('the school’s settings', () => {
  const base = {
    name: 'S',
    url: 'https://s.example.org',
    address: { line1: 'a', town: 'b', postcode: 'c' },
    phone: '1',
    email: 'o@s.example.org',
    head_teacher: 'H',
    senco: { name: 'N', email: 'n@s.example.org' },
    opening_hours: [{ label: 'Day', hours: '9 to 3' }],
  };
  it('take a primary, mainstream school of unknown size with the calm dashboard when nothing is said', () => {
    expect(settingsSchema.parse(base)).toMatchObject({ school_type: 'maintained', phases: ['primary'], special_school: false, governors_dashboard: 'calm' });
    expect(settingsSchema.parse(base).employees).toBeUndefined();
  });
  it('refuse a stage, a size or a view that is not one of the choices, saying what is allowed', () => {
    const messages = (extra: Record<string, unknown>) =>
      settingsSchema.safeParse({ ...base, ...extra }).error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ phases: ['infant'] })).toEqual(['phases.0: "infant" is not one of the choices. Choose one of: primary, secondary, sixth-form.']);
    expect(messages({ phases: [] })).toEqual(['phases: needs at least one stage: primary, secondary or sixth-form.']);
    expect(messages({ employees: 12.5 })[0]).toMatch(/^employees: must be a whole number of employees/);
    expect(messages({ governors_dashboard: 'red' })).toEqual(['governors_dashboard: "red" is not one of the choices. Choose one of: calm, detailed.']);
  });
});
