/**
 * Turning the demo into a new school's site: the settings file from a few answers, and which
 * demo entries to keep (as drafts) as examples of each kind of content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { settingsSchema } from '../../src/schemas/settings';
import { cmsBackend } from '../../admin/config/git-host';
import { checkContent, type CheckedEntry } from '../../src/lib/content/check';
import { plainFilesUnder } from '../../src/lib/content/files';
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

/** The starter content in a content folder: one example of each kind and the photos they show. */
export interface StarterContent {
  /** The example of each kind of content (undefined where the folder has none). */
  examples: Record<CollectionName, CheckedEntry | undefined>;
  /** Every entry in the folder, by its absolute path, and whether it is an example. */
  entries: { file: string; example: boolean }[];
  /** The uploaded files (absolute paths), and whether an example shows it. */
  uploads: { file: string; shown: boolean }[];
}

/**
 * What a new school starts with, taken from a content folder (the demo school): one example of
 * each kind, and only the photos those examples show. The single school's setup keeps these and
 * removes the rest; a new school of a trust gets a copy of them.
 */
export function starterContent(contentDir: string): StarterContent {
  const { entries } = checkContent(contentDir);
  const examples = pickExamples(entries);
  const kept = new Set(
    Object.values(examples)
      .filter((e) => e)
      .map((e) => resolve(e!.file)),
  );
  const keptText = [...kept].map((f) => readFileSync(f, 'utf8')).join('\n');
  return {
    examples,
    entries: Object.values(entries).flatMap((list) => list.map((entry) => ({ file: resolve(entry.file), example: kept.has(resolve(entry.file)) }))),
    // Links are never followed, so nothing outside the content folder is counted through a linked folder.
    uploads: plainFilesUnder(resolve(contentDir, 'uploads')).map((file) => ({
      file,
      shown: keptText.includes(`/${relative(resolve(contentDir), file).split('\\').join('/')}`),
    })),
  };
}

/** Sets `draft: true` and removes links to entries that are gone, keeping the rest of the file as written. */
export function keepAsDraft(path: string): void {
  const source = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return;
  const doc = parseDocument(match[1]!);
  doc.set('draft', true);
  doc.delete('related');
  writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${source.slice(match[0].length)}`);
}

/** A path in the form CODEOWNERS files on GitHub and GitLab match: from the repository's top, a folder ending in `/`. */
const ownedFolder = (root: string, slug: string) => `/${root.replace(/^\.\/|\/+$/g, '').replace(/^\.$/, '')}/schools/${slug}/`.replace(/^\/\//, '/');

/**
 * What to do after adding a school to a trust: the site to create on the host (with the school
 * to build), its domain, the line for the CI's list of sites, and the code owners' lines that
 * keep the school's staff to their own folder (docs/hosting.md, "A trust's sites").
 */
export function trustSchoolNextSteps(root: string, slug: string, url: string): string {
  const folder = ownedFolder(root, slug);
  const host = url.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  // Gitea and Forgejo read each pattern as a regular expression, with a backslash doubled.
  const giteaPattern = `${folder.slice(1).replace(/[.+*?()|[\]{}^$\\]/g, (c) => `\\\\${c}`)}.*`;
  return [
    'Next:',
    `  1. Check the opening hours in its settings, then see it: SCHOOL=${slug} npm run build && npm run preview.`,
    `  2. Create its site on your host, building with SCHOOL=${slug} (see docs/hosting.md, "A trust's sites"):`,
    `     a Netlify site or a Cloudflare Pages project of its own. On GitLab, add ${slug} to SITE in`,
    '     .gitlab/trust.gitlab-ci.yml; GitHub Actions finds it by itself.',
    `  3. Point its domain, ${host}, at that site.`,
    '  4. Give its staff their own folder: add a line to the code owners file, with their team or names:',
    `       GitHub (.github/CODEOWNERS) and GitLab (.gitlab/CODEOWNERS):  ${folder} @your-trust/${slug}-staff`,
    `       Gitea and Forgejo (.gitea/CODEOWNERS):  ${giteaPattern} @your-trust/${slug}-staff`,
  ].join('\n');
}
