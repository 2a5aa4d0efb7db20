/**
 * Turning the demo into a new school's site: the settings file from a few answers, and which
 * demo entries to keep (as drafts) as examples of each kind of content.
 */
import { stringify } from 'yaml';
import { settingsSchema } from '../../src/schemas/settings';
import { cmsBackend } from '../../admin/config/git-host';
import type { CheckedEntry } from '../../src/lib/content/check';
import type { CollectionName } from '../../src/schemas';

export interface SchoolAnswers {
  name: string;
  url: string;
  /** One line, parts separated by commas; the last two are the town and the postcode. */
  address: string;
  phone: string;
  email: string;
  head: string;
  sencoName: string;
  sencoEmail: string;
  /** Language codes, English first: "en,pl,ur". */
  languages: string;
  schoolType: string;
  /** The stages taught, separated by commas: "primary", or "secondary,sixth-form". */
  phases: string;
  /** Where the repository lives, for the CMS: github, gitlab, gitea, forgejo, or none. */
  gitHost: string;
  /** The repository as owner/name. */
  repo: string;
  /** GitLab, Gitea, Forgejo: the OAuth application's ID. */
  appId: string;
  /** GitHub: the OAuth provider's address; Gitea, Forgejo, self-hosted GitLab: the server's address. */
  baseUrl: string;
}

/** Names of languages families in England often read, written in the language itself. */
export const LANGUAGE_NAMES: Record<string, { name: string; dir: 'ltr' | 'rtl' }> = {
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  bn: { name: 'বাংলা', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  fa: { name: 'فارسی', dir: 'rtl' },
  fr: { name: 'Français', dir: 'ltr' },
  gu: { name: 'ગુજરાતી', dir: 'ltr' },
  lt: { name: 'Lietuvių', dir: 'ltr' },
  pa: { name: 'ਪੰਜਾਬੀ', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
  ps: { name: 'پښتو', dir: 'rtl' },
  pt: { name: 'Português', dir: 'ltr' },
  ro: { name: 'Română', dir: 'ltr' },
  so: { name: 'Soomaali', dir: 'ltr' },
  ta: { name: 'தமிழ்', dir: 'ltr' },
  ti: { name: 'ትግርኛ', dir: 'ltr' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  uk: { name: 'Українська', dir: 'ltr' },
  ur: { name: 'اردو', dir: 'rtl' },
  cy: { name: 'Cymraeg', dir: 'ltr' },
};

/** The settings from the answers, checked against the settings schema; problems in plain words. */
export function settingsFromAnswers(a: SchoolAnswers): { settings?: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const parts = a.address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 3)
    problems.push(`address: write it on one line with commas, ending with the town and postcode, such as "1 Church Lane, Brackenford, BF4 2QT".`);
  const codes = a.languages
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  const languages = codes.map((code) => ({ code, ...(LANGUAGE_NAMES[code] ?? { name: code, dir: 'ltr' as const }) }));
  for (const code of codes)
    if (!LANGUAGE_NAMES[code])
      problems.push(
        `languages: "${code}" is not one this tool knows. Use codes such as ${Object.keys(LANGUAGE_NAMES).slice(0, 8).join(', ')}; you can add others to the settings file afterwards.`,
      );
  if (codes[0] !== 'en') problems.push('languages: start with en (English), the site’s main language, such as "en,pl,ur".');
  const [town, postcode] = parts.slice(-2);
  const lines = parts.slice(0, -2);
  const settings = {
    name: a.name.trim(),
    url: a.url.trim().replace(/\/$/, ''),
    address: { line1: lines[0], ...(lines.length > 1 ? { line2: lines.slice(1).join(', ') } : {}), town, postcode },
    phone: a.phone.trim(),
    email: a.email.trim(),
    head_teacher: a.head.trim(),
    senco: { name: a.sencoName.trim(), email: a.sencoEmail.trim() },
    opening_hours: [
      { label: 'Gates open', hours: '8:40am' },
      { label: 'School day', hours: '8:50am to 3:20pm' },
      { label: 'School office', hours: '8:15am to 4:30pm, Monday to Friday in term time' },
    ],
    weekly_hours: 32.5,
    school_type: a.schoolType.trim() || 'maintained',
    phases: a.phases
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter(Boolean),
    timezone: 'Europe/London',
    languages,
    survey_hosts: ['forms.office.com', 'docs.google.com'],
  };
  const checked = settingsSchema.safeParse(settings);
  if (!checked.success) {
    for (const issue of checked.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  return problems.length ? { problems } : { settings, problems };
}

/** The settings file, with a comment before each part saying what it is for. */
export function settingsYaml(settings: Record<string, unknown>): string {
  const section = (comment: string, keys: string[]) =>
    `${comment
      .split('\n')
      .map((line) => `# ${line}`)
      .join('\n')}\n${stringify(Object.fromEntries(keys.filter((k) => k in settings).map((k) => [k, settings[k]])), { lineWidth: 0 })}`;
  return [
    `# School settings for ${String(settings.name)}.\n#\n# Every field is explained in src/schemas/settings.ts. Check the opening hours: they are a starting point.\n`,
    section('Name, web address and contact details.', ['name', 'url', 'address', 'phone', 'email', 'head_teacher']),
    section('The law asks schools to publish the SENCO’s name and contact details.', ['senco']),
    section('The school day, one line each, in the order parents meet them.', ['opening_hours', 'weekly_hours']),
    section('maintained or academy, and the stages taught (primary, secondary, sixth-form): decide which\nitems the statutory checklist asks for.', [
      'school_type',
      'phases',
      'timezone',
    ]),
    section('The first language is the site’s main language.', ['languages']),
    section('Survey providers whose forms may be shown on the site (host names only).', ['survey_hosts']),
  ].join('\n');
}

/**
 * One entry of each kind to keep as an example, chosen so that the examples only point at each
 * other: a class, one of its updates and letters, an event for the whole school or that class.
 */
export function pickExamples(entries: Record<CollectionName, CheckedEntry[]>): Record<CollectionName, CheckedEntry | undefined> {
  const first = <T extends CheckedEntry>(list: T[], test: (e: T) => boolean = () => true) =>
    [...list].sort((a, b) => a.file.localeCompare(b.file)).find((e) => test(e)) ?? [...list].sort((a, b) => a.file.localeCompare(b.file))[0];
  const schoolClass = first(entries.classes, (c) => !c.data.draft);
  const classId = schoolClass?.id;
  const picked = {} as Record<CollectionName, CheckedEntry | undefined>;
  for (const name of Object.keys(entries) as CollectionName[]) {
    const list = entries[name];
    if (name === 'classes') picked[name] = schoolClass;
    else if (name === 'classUpdates') picked[name] = first(list, (u) => u.data.class === classId && !u.data.draft);
    else if (name === 'curriculumLetters') picked[name] = first(list, (l) => l.data.class === classId || (!l.data.class && !!l.data.year_group));
    else if (name === 'events') picked[name] = first(list, (e) => (e.data.classes as string[] | undefined)?.length === 0 && !e.data.repeat);
    else if (name === 'pages') picked[name] = first(list, (p) => p.id === 'contact');
    else picked[name] = first(list, (e) => !e.data.draft);
  }
  return picked;
}

/** The build's environment variables for the CMS's Git host (set where the site is built), and what is wrong with them. */
export function cmsVariables(a: SchoolAnswers): { variables: Record<string, string>; problems: string[] } {
  const host = a.gitHost.trim().toLowerCase();
  if (!host || host === 'none') return { variables: {}, problems: [] };
  const variables: Record<string, string> = { CMS_BACKEND: host, CMS_REPO: a.repo.trim() };
  if (a.appId.trim()) variables.CMS_APP_ID = a.appId.trim();
  if (a.baseUrl.trim()) variables.CMS_BASE_URL = a.baseUrl.trim();
  return { variables, problems: cmsBackend(variables, false).problems.map((p) => `git host: ${p}`) };
}
