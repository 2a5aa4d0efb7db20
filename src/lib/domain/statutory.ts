/**
 * Which items of the statutory list apply to a given school (must or should, and why an item does
 * not apply), and how the list and the school are described in words.
 */
import { SCHOOL_TYPES, type Phase, type SchoolType, type Settings } from '../../schemas/settings';
import type { Guidance, Requirement, StatutoryItem } from '../../schemas/statutory';

/**
 * The settings that decide what a school is asked to publish. When `employees` is left out, no
 * size threshold is taken to be reached.
 */
export type SchoolProfile = Pick<Settings, 'school_type' | 'phases' | 'special_school' | 'employees'>;

export type Applicability = { applies: true; requirement: Requirement } | { applies: false; requirement: Requirement; reason: string };

const PHASE_WORDS: Record<Phase, string> = { primary: 'primary pupils', secondary: 'secondary pupils', 'sixth-form': 'a sixth form' };

/** Whether an item is a must or a should for this kind of school. */
export function requirementFor(item: StatutoryItem, type: SchoolType): Requirement {
  return typeof item.requirement === 'string' ? item.requirement : item.requirement[type];
}

/**
 * Whether the item applies to this school and, when it does not, why in words a governor reads
 * ("applies to schools with secondary pupils"). Pure: the checklist, the build and the doctor use it.
 */
export function applicability(item: StatutoryItem, school: SchoolProfile): Applicability {
  const level = requirementFor(item, school.school_type);
  const no = (reason: string): Applicability => ({ applies: false, requirement: level, reason });
  if (item.school_types && !item.school_types.includes(school.school_type)) {
    return no(item.school_types.includes('academy') ? 'applies to academies only' : 'applies to maintained schools only');
  }
  if (item.phases && !item.phases.some((p) => school.phases.includes(p))) {
    return no(`applies to schools with ${item.phases.map((p) => PHASE_WORDS[p]).join(' or ')}`);
  }
  if (item.mainstream_only && school.special_school) return no('does not apply to special schools');
  if (item.min_employees !== undefined && (school.employees ?? 0) < item.min_employees) {
    const unknown = school.employees === undefined ? ' (the number of employees is not given in the school settings)' : '';
    return no(`applies to schools with ${item.min_employees} or more employees${unknown}`);
  }
  return { applies: true, requirement: level };
}

/** The document an item comes from, for this kind of school: its title and address. */
export function sourceOf(item: StatutoryItem, guidance: Guidance, type: SchoolType): { title: string; url: string; section: string } {
  const entry = guidance[item.source.guidance]!;
  const doc = 'url' in entry ? entry : entry[type];
  return { title: doc.title, url: doc.url, section: item.source.section };
}

/** Which schools an item is for, in a few words ("academies; schools with primary pupils"), for the reference docs. */
export function scopeWords(item: StatutoryItem): string {
  const parts = [
    item.school_types ? item.school_types.map((t) => (t === 'academy' ? 'academies' : 'maintained schools')).join(' and ') : '',
    item.phases ? `schools with ${item.phases.map((p) => PHASE_WORDS[p]).join(' or ')}` : '',
    item.mainstream_only ? 'not special schools' : '',
    item.min_employees !== undefined ? `${item.min_employees} or more employees` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'all schools';
}

/** "must", "should", or how the two kinds of school differ ("maintained: must; academy: should"). */
export function requirementWords(item: StatutoryItem): string {
  const level = item.requirement;
  return typeof level === 'string' ? level : SCHOOL_TYPES.map((t) => `${t}: ${level[t]}`).join('; ');
}

/**
 * The kind of school in words, for the checklist's opening line: "a maintained primary school",
 * "a secondary academy with a sixth form", "an all-through special academy".
 */
export function schoolDescription(school: SchoolProfile): string {
  const has = (p: Phase) => school.phases.includes(p);
  const stage =
    has('primary') && (has('secondary') || has('sixth-form')) ? 'all-through' : has('primary') ? 'primary' : has('secondary') ? 'secondary' : '16 to 19';
  const special = school.special_school ? 'special ' : '';
  const kind = school.school_type === 'academy' ? `${special}${stage} academy` : `maintained ${special}${stage} school`;
  const words = `${kind}${has('sixth-form') && stage !== '16 to 19' ? ' with a sixth form' : ''}`;
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}
