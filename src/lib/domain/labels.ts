/**
 * Words for the values stored in content (category keys and the like), on the site and in the CMS's
 * choices. Each table is keyed by its schema's list of values, so a value added to a schema does not
 * compile until it has its words here.
 */
import type { Weekday } from '../../schemas/club';
import type { EventCategory } from '../../schemas/event';
import type { GovernorCategory } from '../../schemas/governor';
import type { HomeLearningKind, Subject } from '../../schemas/home-learning';
import type { NoticeSeverity } from '../../schemas/notice';
import type { Allergen } from '../../schemas/menu';
import type { PolicyCategory } from '../../schemas/policy';
import type { ServiceCategory } from '../../schemas/service';
import type { Vacancy } from '../../schemas/vacancy';

export const POLICY_CATEGORY_LABELS: Readonly<Record<PolicyCategory, string>> = {
  curriculum: 'Curriculum and learning',
  safeguarding: 'Safeguarding',
  send: 'Special educational needs and disabilities (SEND)',
  behaviour: 'Behaviour',
  attendance: 'Attendance',
  admissions: 'Admissions',
  'health-and-safety': 'Health and safety',
  governance: 'Governance',
  finance: 'Finance',
  staffing: 'Staffing',
  'parents-and-community': 'Parents and community',
  other: 'Other policies',
};

export const EVENT_CATEGORY_LABELS: Readonly<Record<EventCategory, string>> = {
  consultation: 'Parent consultations',
  assembly: 'Assembly',
  workshop: 'Workshop',
  induction: 'New families',
  trip: 'Trip',
  performance: 'Performance',
  'term-dates': 'Term dates',
  holiday: 'Holiday',
  inset: 'INSET day (school closed to pupils)',
  governors: 'Governors',
  club: 'Club',
  community: 'Community',
  'open-day': 'Open day for new families',
  other: 'Event',
};

export const SERVICE_CATEGORY_LABELS: Readonly<Record<ServiceCategory, string>> = {
  health: 'Health',
  'mental-health': 'Mental health and wellbeing',
  send: 'Special educational needs and disabilities',
  'family-support': 'Family support',
  'money-and-housing': 'Money, food and housing',
  safety: 'Staying safe',
  language: 'Language and interpreting',
  'early-years': 'Early years',
  other: 'Other help',
};

/** A value's words, or the value itself when a table has none (for a value from outside the schema). */
function labelOr(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

/** "send" → "Special educational needs and disabilities (SEND)". */
export function categoryLabel(category: string): string {
  return labelOr(POLICY_CATEGORY_LABELS, category);
}

/** "term-dates" → "Term dates". */
export function eventCategoryLabel(category: string): string {
  return labelOr(EVENT_CATEGORY_LABELS, category);
}

/** "money-and-housing" → "Money, food and housing". */
export function serviceCategoryLabel(category: string): string {
  return labelOr(SERVICE_CATEGORY_LABELS, category);
}

export const SUBJECT_LABELS: Readonly<Record<Subject, string>> = {
  reading: 'Reading',
  writing: 'Writing',
  phonics: 'Phonics',
  spelling: 'Spelling',
  maths: 'Maths',
  science: 'Science',
  history: 'History',
  geography: 'Geography',
  art: 'Art',
  'design-and-technology': 'Design and technology',
  music: 'Music',
  pe: 'PE and being active',
  computing: 'Computing',
  re: 'Religious education',
  pshe: 'Personal, social and health education',
  languages: 'Languages',
  'all-subjects': 'All subjects',
};

export const HOME_LEARNING_KIND_LABELS: Readonly<Record<HomeLearningKind, string>> = {
  activity: 'Activity',
  'reading-list': 'Reading list',
  'holiday-pack': 'Holiday pack',
  'spelling-list': 'Spelling list',
  'maths-practice': 'Maths practice',
  video: 'Video',
  website: 'Website',
};

/**
 * The 14 allergens in the words parents read on a menu (short, for each dish) and in the key
 * (what each one covers), as the Food Standards Agency names them.
 */
export const ALLERGEN_LABELS: Readonly<Record<Allergen, { short: string; key: string }>> = {
  celery: { short: 'celery', key: 'Celery, including celeriac' },
  gluten: { short: 'gluten', key: 'Cereals containing gluten: wheat, rye, barley and oats' },
  crustaceans: { short: 'crustaceans', key: 'Crustaceans, such as prawns, crab and lobster' },
  eggs: { short: 'eggs', key: 'Eggs' },
  fish: { short: 'fish', key: 'Fish' },
  lupin: { short: 'lupin', key: 'Lupin, including lupin flour and seeds' },
  milk: { short: 'milk', key: 'Milk, including butter, cheese, cream and yoghurt' },
  molluscs: { short: 'molluscs', key: 'Molluscs, such as mussels and squid' },
  mustard: { short: 'mustard', key: 'Mustard' },
  'tree-nuts': { short: 'tree nuts', key: 'Tree nuts, such as almonds, hazelnuts, walnuts and cashews' },
  peanuts: { short: 'peanuts', key: 'Peanuts' },
  sesame: { short: 'sesame', key: 'Sesame seeds' },
  soya: { short: 'soya', key: 'Soya' },
  sulphites: { short: 'sulphites', key: 'Sulphur dioxide and sulphites (above 10 parts per million)' },
};

/** "tree-nuts" → "tree nuts", as a dish's allergens are listed. */
export function allergenLabel(allergen: string): string {
  return ALLERGEN_LABELS[allergen as Allergen]?.short ?? allergen;
}

/** "design-and-technology" → "Design and technology". */
export function subjectLabel(subject: string): string {
  return labelOr(SUBJECT_LABELS, subject);
}

/** "holiday-pack" → "Holiday pack". */
export function homeLearningKindLabel(kind: string): string {
  return labelOr(HOME_LEARNING_KIND_LABELS, kind);
}

/** A kind of governor, as one person is described ("Parent governor"). */
export const GOVERNOR_CATEGORY_LABELS: Readonly<Record<GovernorCategory, string>> = {
  parent: 'Parent governor',
  staff: 'Staff governor',
  'local-authority': 'Local authority governor',
  'co-opted': 'Co-opted governor',
  foundation: 'Foundation governor',
  partnership: 'Partnership governor',
  headteacher: 'Headteacher',
  'associate-member': 'Associate member',
  member: 'Member of the trust',
  trustee: 'Trustee',
  'local-governor': 'Local governor',
};

/** The same kinds, as the heading of a group of people on the register ("Parent governors"). */
export const GOVERNOR_GROUP_LABELS: Readonly<Record<GovernorCategory, string>> = {
  parent: 'Parent governors',
  staff: 'Staff governors',
  'local-authority': 'Local authority governors',
  'co-opted': 'Co-opted governors',
  foundation: 'Foundation governors',
  partnership: 'Partnership governors',
  headteacher: 'Headteacher',
  'associate-member': 'Associate members',
  member: 'Members of the trust',
  trustee: 'Trustees',
  'local-governor': 'Local governors',
};

/** "co-opted" → "Co-opted governor". */
export function governorCategoryLabel(category: string): string {
  return labelOr(GOVERNOR_CATEGORY_LABELS, category);
}

export const WORKING_PATTERN_LABELS: Readonly<Record<Vacancy['working'], string>> = { 'full-time': 'Full-time', 'part-time': 'Part-time' };
export const CONTRACT_LABELS: Readonly<Record<Vacancy['contract'], string>> = { permanent: 'Permanent', 'fixed-term': 'Fixed-term' };
/** A notice's severity as the editor chooses it (the words on the site are in src/i18n, for every language). */
export const NOTICE_SEVERITY_LABELS: Readonly<Record<NoticeSeverity, string>> = {
  closure: 'Closure: the school (or part of it) is closed',
  warning: 'Warning: something parents must know or do today',
  info: 'Information',
};

export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** "tuesday" → "Tuesday". */
export function weekdayLabel(day: string): string {
  return labelOr(WEEKDAY_LABELS, day);
}
