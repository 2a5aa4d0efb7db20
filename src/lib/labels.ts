/** Words for the values stored in content (category keys and the like). */

const POLICY_CATEGORY_LABELS: Record<string, string> = {
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

const EVENT_CATEGORY_LABELS: Record<string, string> = {
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

const SERVICE_CATEGORY_LABELS: Record<string, string> = {
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
