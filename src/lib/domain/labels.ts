/** Words for the values stored in content (category keys and the like), on the site and in the CMS's choices. */

export const POLICY_CATEGORY_LABELS: Readonly<Record<string, string>> = {
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

export const EVENT_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  consultation: 'Parent consultations',
  assembly: 'Assembly',
  workshop: 'Workshop',
  induction: 'New families',
  trip: 'Trip',
  performance: 'Performance',
  'term-dates': 'Term dates',
  holiday: 'Holiday',
  governors: 'Governors',
  club: 'Club',
  community: 'Community',
  other: 'Event',
};

export const SERVICE_CATEGORY_LABELS: Readonly<Record<string, string>> = {
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

/** "send" → "Special educational needs and disabilities (SEND)". */
export function categoryLabel(category: string): string {
  return POLICY_CATEGORY_LABELS[category] ?? category;
}

/** "term-dates" → "Term dates". */
export function eventCategoryLabel(category: string): string {
  return EVENT_CATEGORY_LABELS[category] ?? category;
}

/** "money-and-housing" → "Money, food and housing". */
export function serviceCategoryLabel(category: string): string {
  return SERVICE_CATEGORY_LABELS[category] ?? category;
}

export const SUBJECT_LABELS: Readonly<Record<string, string>> = {
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

export const HOME_LEARNING_KIND_LABELS: Readonly<Record<string, string>> = {
  activity: 'Activity',
  'reading-list': 'Reading list',
  'holiday-pack': 'Holiday pack',
  'spelling-list': 'Spelling list',
  'maths-practice': 'Maths practice',
  video: 'Video',
  website: 'Website',
};

/** "design-and-technology" → "Design and technology". */
export function subjectLabel(subject: string): string {
  return SUBJECT_LABELS[subject] ?? subject;
}

/** "holiday-pack" → "Holiday pack". */
export function homeLearningKindLabel(kind: string): string {
  return HOME_LEARNING_KIND_LABELS[kind] ?? kind;
}
