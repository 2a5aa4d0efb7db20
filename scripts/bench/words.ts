/**
 * Word lists and sentence patterns for the synthetic archive: plausible primary-school text,
 * written for this benchmark (none of it is copied from a real school). Only the benchmark's
 * archive generator uses them.
 */

/** A seeded pseudo-random source (mulberry32): the same seed always gives the same archive. */
export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** `n` different items from the list, in random order. */
  some<T>(list: readonly T[], n: number): T[] {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Ella',
  'Finn',
  'Grace',
  'Hamza',
  'Isla',
  'Jakub',
  'Kofi',
  'Lily',
  'Maya',
  'Noah',
  'Olivia',
  'Priya',
  'Rory',
  'Sofia',
  'Theo',
  'Zara',
  'Aisha',
  'Leo',
  'Nia',
  'Oscar',
];
export const SURNAMES = [
  'Okafor',
  'Moreno',
  'Patel',
  'Hughes',
  'Kowalski',
  'Fraser',
  'Lewis',
  'Begum',
  'Nowak',
  'Ashworth',
  'Doyle',
  'Mensah',
  'Reid',
  'Walsh',
  'Iqbal',
  'Price',
];
export const TITLES = ['Mrs', 'Mr', 'Miss', 'Ms'];

export const TOPICS = [
  'the Stone Age',
  'the Romans',
  'the Vikings',
  'Ancient Egypt',
  'the Great Fire of London',
  'toys from the past',
  'our local area',
  'rivers and the water cycle',
  'rocks and soils',
  'plants and how they grow',
  'light and shadows',
  'forces and magnets',
  'electricity',
  'habitats',
  'the solar system',
  'healthy eating',
  'the seasons',
  'minibeasts',
  'materials and their properties',
  'sound',
  'animals including humans',
  'the rainforest',
  'mountains and volcanoes',
  'maps and compasses',
  'castles',
  'famous explorers',
];
const MATHS = [
  'column addition',
  'place value to a thousand',
  'fractions of shapes',
  'telling the time',
  'times tables',
  'measuring in centimetres',
  'bar charts',
  'money and change',
];
const WRITING = [
  'persuasive letters',
  'poems about autumn',
  'instructions for making a sandwich',
  'a diary entry',
  'descriptions of a setting',
  'a newspaper report',
  'a story with a twist',
];
const ACTIVITIES = ['investigating', 'exploring', 'learning about', 'finding out about', 'researching', 'writing about', 'making models of', 'drawing'];
const PAST_VERBS = ['measured', 'sorted', 'designed', 'built', 'tested', 'compared', 'painted', 'labelled', 'planned', 'presented', 'recorded', 'discussed'];
const OBJECTS = [
  'leaves from the school field',
  'shadows at different times of day',
  'paper bridges',
  'bottle rockets',
  'clay pots',
  'shields and helmets',
  'maps of the playground',
  'seeds in different soils',
  'simple circuits',
  'their own board games',
  'weather charts',
  'posters for the hall',
  'fact files',
  'timelines',
  'puppets',
  'bird feeders',
  'boats from recycled materials',
  'rain gauges',
];
const QUALITIES = ['careful', 'thoughtful', 'enthusiastic', 'kind', 'patient', 'curious', 'creative', 'hard-working', 'sensible'];
const PLACES = ['in the hall', 'on the field', 'in the wildlife garden', 'in the library', 'in the classroom', 'in Hazel Wood', 'on the playground'];
const FEELINGS = ['brilliant', 'really tricky at first', 'the best day ever', 'much harder than it looked', 'so much fun', 'amazing'];
const NEXT = [
  'start our new topic',
  'write up our investigation',
  'visit the local library',
  'share our work in assembly',
  'practise for the class assembly',
  'look at the results together',
  'finish our models',
  'begin our new class book',
];
const HELPERS = [
  'came in to help with reading',
  'sent in boxes and bottles for our models',
  'joined us on the walk',
  'helped on the trip',
  'came to our class assembly',
];

export const EVENT_KINDS = [
  { title: 'Parent consultations', category: 'consultation', timed: true, place: 'Classrooms' },
  { title: 'Celebration assembly', category: 'assembly', timed: true, place: 'School hall' },
  { title: 'Phonics workshop for parents', category: 'workshop', timed: true, place: 'Library' },
  { title: 'Maths workshop for parents', category: 'workshop', timed: true, place: 'Library' },
  { title: 'Online safety evening', category: 'workshop', timed: true, place: 'School hall' },
  { title: 'New families evening', category: 'induction', timed: true, place: 'School hall' },
  { title: 'Class trip', category: 'trip', timed: false, place: 'Leaving from the school gates' },
  { title: 'Christmas show', category: 'performance', timed: true, place: 'School hall' },
  { title: 'Summer concert', category: 'performance', timed: true, place: 'School hall' },
  { title: 'INSET day: school closed to pupils', category: 'term-dates', timed: false, place: undefined },
  { title: 'Half term', category: 'holiday', timed: false, place: undefined },
  { title: 'Governors’ meeting', category: 'governors', timed: true, place: 'Staff room' },
  { title: 'After-school football club', category: 'club', timed: true, place: 'Field' },
  { title: 'Summer fair', category: 'community', timed: true, place: 'Playground and field' },
  { title: 'Cake sale', category: 'community', timed: true, place: 'Outside the office' },
  { title: 'Flu vaccinations', category: 'other', timed: false, place: 'Medical room' },
] as const;

export const POLICY_TITLES = [
  'Behaviour',
  'Anti-bullying',
  'Attendance',
  'Admissions',
  'Charging and remissions',
  'Complaints',
  'Curriculum',
  'Equality objectives',
  'Home–school agreement',
  'Mobile phones',
  'Online safety',
  'Safeguarding and child protection',
  'SEN information report',
  'Supporting pupils with medical conditions',
  'Relationships and health education',
  'Accessibility plan',
  'Uniform',
  'Homework',
  'Marking and feedback',
  'Educational visits',
  'First aid',
  'Intimate care',
  'Lettings',
  'Data protection',
  'Freedom of information',
  'Staff code of conduct',
  'Whistleblowing',
  'Health and safety',
  'Fire safety',
  'Positive handling',
  'Remote education',
  'Early years',
  'Teaching and learning',
  'Reading and phonics',
  'Mathematics',
  'Physical education',
  'Music',
  'Collective worship',
  'Governors’ allowances',
  'Pay',
  'Capability',
  'Grievance',
  'Recruitment and selection',
  'Lost property',
  'Healthy eating',
  'Sun safety',
  'Administering medicines',
];
export const POLICY_SECTIONS = [
  'Aims',
  'Who this policy is for',
  'Roles and responsibilities',
  'What we do',
  'How we work with families',
  'Keeping records',
  'Training',
  'Monitoring and review',
];
export const COMMITTEES = ['Full governing board', 'Pupil welfare committee', 'Resources committee', 'Curriculum and standards committee'];
export const PAGE_TITLES = [
  'About us',
  'Contact',
  'Term dates',
  'Accessibility statement',
  'Privacy notice',
  'Volunteering',
  'Parent governors',
  'Separated families',
  'Ofsted and performance',
  'Parents’ association',
  'School meals',
  'Breakfast and after-school club',
  'Music lessons',
  'Our governors',
  'Working at our school',
  'School uniform shop',
  'Transition to secondary school',
  'Starting in Reception',
  'Attendance and absence',
  'Lunchtimes',
  'Our values',
  'Wraparound care',
  'Free school meals',
  'Medical needs',
  'Special educational needs',
  'Clubs after school',
  'Homework help',
  'Parking and travel',
  'Trips and visits',
  'Open mornings',
];

/** `count` different sentences about a class's week. */
function classSentences(r: Random, className: string, topic: string, count: number): string {
  const name = r.pick(FIRST_NAMES);
  const patterns: (() => string)[] = [
    () => `This week ${className} have been ${r.pick(ACTIVITIES)} ${topic}.`,
    () => `The children ${r.pick(PAST_VERBS)} ${r.pick(OBJECTS)} ${r.pick(PLACES)} and talked about what they had found.`,
    () => `In maths we have been working on ${r.pick(MATHS)}, and many children are now much more confident.`,
    () => `In English we wrote ${r.pick(WRITING)}, using what we have learned about ${topic}.`,
    () => `${name} said it was "${r.pick(FEELINGS)}", and we think that sums it up well.`,
    () => `We were very proud of how ${r.pick(QUALITIES)} and ${r.pick(QUALITIES)} everyone was.`,
    () => `Thank you to the parents and carers who ${r.pick(HELPERS)}.`,
    () => `Next week we will ${r.pick(NEXT)}, so please ask your child what they are looking forward to.`,
    () => `Working in small groups, the children took turns to explain their ideas and listened carefully to each other.`,
    () => `Some children asked brilliant questions, such as why ${topic} matters to us today.`,
  ];
  return r
    .some(patterns, count)
    .map((sentence) => sentence())
    .join(' ');
}

/** A paragraph of `min` to `max` different sentences about a class's learning. */
export function classParagraph(r: Random, className: string, topic: string, min = 3, max = 6): string {
  return classSentences(r, className, topic, r.int(min, max));
}

const SCHOOL_SENTENCES = [
  'It has been a busy and happy week in school, and it is lovely to see the children so settled.',
  'Thank you to every family who has supported us this half term; it really does make a difference.',
  'Please remember that the school office is open from 8:15am if you need to speak to someone.',
  'Our school council met this week and has some exciting ideas for improving the playground.',
  'Reading at home for a few minutes every day is one of the best ways to help your child.',
  'We know mornings can be hectic, but arriving on time helps children start the day calmly.',
  'If you have any worries, however small, please talk to your child’s class teacher.',
  'The weather is getting colder, so please send your child with a named coat every day.',
  'Thank you to the parents’ association for organising such a successful event.',
  'Several classes have shared their learning in assembly, and the whole school enjoyed it.',
  'Please check the class pages for homework, PE days and updates from the teachers.',
  'We are very grateful to the volunteers who help with reading each week.',
  'Lost property is outside the office; anything unnamed will go to the second-hand rail at half term.',
  'Our attendance this week was above our target, so well done to everyone.',
  'Children have been learning about keeping safe online, and we have shared some tips for home.',
  'The school kitchen has a new autumn menu, which you can find on the school meals page.',
];

/** A paragraph of general school news. */
export function schoolParagraph(r: Random, min = 3, max = 5): string {
  return r.some(SCHOOL_SENTENCES, r.int(min, max)).join(' ');
}

const POLICY_SENTENCES = [
  'Every member of staff follows this policy, and new staff read it as part of their induction.',
  'We want every child to feel safe, valued and ready to learn.',
  'The headteacher makes sure the policy is followed consistently across the school.',
  'Governors check how well the policy is working through reports at their meetings.',
  'Parents and carers are told about any concerns as early as possible, usually by the class teacher.',
  'Where a child has special educational needs, we adapt our approach and agree it with the family.',
  'We keep clear, factual records, stored securely and shared only with people who need to know.',
  'Staff receive training every year, and more often when guidance changes.',
  'Children are taught, in ways that suit their age, why the rules matter and how to ask for help.',
  'If a parent is unhappy with how the policy has been applied, they should follow the complaints procedure.',
  'We review the policy regularly and take account of the views of pupils, parents and staff.',
  'Any decision is made fairly, takes account of the child’s circumstances and is explained to the family.',
  'The designated member of staff is named at the end of this policy and on the school website.',
  'We work closely with other agencies, such as the local authority and health services, when needed.',
];

/** A paragraph of policy text. */
export function policyParagraph(r: Random): string {
  return r.some(POLICY_SENTENCES, r.int(3, 6)).join(' ');
}

/** A bullet list of `n` policy points. */
export function policyList(r: Random, n: number): string {
  return r
    .some(POLICY_SENTENCES, n)
    .map((s) => `- ${s}`)
    .join('\n');
}

const REMINDERS = [
  '**Uniform:** please write your child’s name in every item of uniform.',
  '**PE kit:** children come to school in PE kit on their class’s PE days.',
  '**Water bottles:** please send a named bottle with water only.',
  '**Breakfast club** opens at 7:45am and must be booked through the office.',
  '**Medicines:** please hand any medicine to the office, never leave it in a bag.',
  '**Parking:** please do not park on the zig-zag lines outside the gates.',
  '**Reading records:** please sign your child’s reading record each week.',
  '**Dinner money:** please keep your child’s dinner account in credit.',
  '**Head lice:** please check your child’s hair regularly and treat if needed.',
];

/** A bullet list of reminders for a newsletter. */
export function reminders(r: Random): string {
  return r
    .some(REMINDERS, r.int(2, 4))
    .map((s) => `- ${s}`)
    .join('\n');
}

/** Lower-case letters, numbers and hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
