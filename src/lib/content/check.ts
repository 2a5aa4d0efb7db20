/**
 * Checks a whole content folder before the site is built: every file against its schema, then
 * the links between entries (classes, related policies, uploads, survey hosts, duplicate names).
 * It reports every problem at once, so an editor can fix them all in one go.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { SLUG_PATTERN as SLUG, uploadPath } from '../../schemas/common';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../schemas/index';
import { ACADEMY_ONLY_CATEGORIES, GOVERNOR_CATEGORIES, type GovernorCategory } from '../../schemas/governor';
import type { Settings } from '../../schemas/settings';
import { TRANSLATABLE, isTranslatable, translationSchema, type TranslatableCollection } from '../../schemas/translation';
import { entryPath, inLanguage, reservedPageNames } from '../../schemas/routes';
import { kindOf, linkProblemMessage, linksUnder, plainFilesUnder, readText } from './files';
import { DOCUMENT_TYPES } from './documents';
import { parseMarkdownFile } from './frontmatter';
import type { ParsedText } from './parsed-once';
import { closestName, fieldName, fieldsOf, formatIssues, unknownFieldProblems, type Problem } from './problems';
import { availability, linksIn, pageLinkProblem, siteAddresses } from './addresses';
import { SETTINGS_FILE, readSettings } from './settings';
import { statutoryItems } from './statutory';
import { localDateOf, siteNow, type LocalDate } from '../core/time';

/** An entry as read from disk and checked against its schema. */
export interface CheckedEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension (`<class>/<name>` for class updates). */
  id: string;
  /** Path of the file, relative to the folder the check ran from. */
  file: string;
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The line of the file the body starts on, so a link's line is the one an editor sees. */
  bodyLine: number;
  /** Set on a trust's policy or event in a school's check: the school shows it, the trust's folder holds it. */
  trust?: true;
}

/** A translation as read from disk and checked (its original exists). */
export interface CheckedTranslation extends Omit<CheckedEntry, 'collection'> {
  collection: TranslatableCollection;
  lang: string;
}

/** A file's checked fields and its text. */
type ReadEntry = Pick<CheckedEntry, 'data' | 'body' | 'bodyLine'>;

const ENTRY_EXTENSIONS = ['.md', '.mdx'];
/** Folders in the content folder that hold something other than entries. */
const OTHER_FOLDERS = ['settings', 'uploads'];


/** The names in a folder, leaving out hidden ones and links (every link is reported on its own, by `linkProblems`). */
function listDir(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.') && !d.name.startsWith('_') && !d.isSymbolicLink())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

/** A real folder: a link to one is not entered. */
const isDir = (path: string) => kindOf(path) === 'folder';

function entryName(fileName: string): { name: string; ext: string } | undefined {
  const ext = ENTRY_EXTENSIONS.find((e) => fileName.endsWith(e));
  return ext ? { name: fileName.slice(0, -ext.length), ext } : undefined;
}

/** A web-address-safe version of a name, to suggest: "Uniform Policy" → "uniform-policy". */
function suggestedSlug(name: string, fallback: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
}

/** The problem with a file that is not a Markdown entry, with the fix when the ending is only in capitals (`.MD`). */
function notMarkdown(path: string, fileName: string, advice: string): Problem {
  const ending = /\.[^.]+$/.exec(fileName)?.[0] ?? '';
  if (ENTRY_EXTENSIONS.includes(ending.toLowerCase())) {
    return { file: path, message: `ends in ${ending} in capital letters. Rename it to ${fileName.slice(0, -ending.length)}${ending.toLowerCase()}.` };
  }
  return { file: path, message: `is not a Markdown (.md) entry. ${advice}` };
}

/**
 * Reads a Markdown file and checks its fields against `schema`, adding any problems. Returns the
 * checked fields, or undefined when the file cannot be used.
 */
/** What the current check parsed, by file, for the content loader (see parsed-once.ts); set while checkContent runs. */
let parsedFiles: Map<string, ParsedText> | undefined;

function readChecked(file: string, schema: z.ZodType, problems: Problem[], unknown: (data: Record<string, unknown>) => Problem[]): ReadEntry | undefined {
  const { text, problem } = readText(readFileSync(file));
  if (problem !== undefined) {
    problems.push({ file, message: problem });
    return undefined;
  }
  const parsed = parseMarkdownFile(text);
  if (parsed.error) {
    problems.push({ file, message: parsed.error });
    return undefined;
  }
  problems.push(...unknown(parsed.data));
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...formatIssues(file, result.error.issues));
    return undefined;
  }
  const bodyLine = text.slice(0, text.length - parsed.body.length).split('\n').length;
  parsedFiles?.set(file, { text, data: parsed.data });
  return { data: result.data as Record<string, unknown>, body: parsed.body, bodyLine };
}

/** Reads an entry of a collection, checking it against the collection's schema. */
function entryReader(spec: CollectionSpec, problems: Problem[]): (file: string) => ReadEntry | undefined {
  return (file) => readChecked(file, spec.schema, problems, (data) => unknownFieldProblems(file, spec.schema, data));
}

/** Adds a problem when an entry's name cannot be part of a web address. */
function checkName(file: string, name: string, ext: string, problems: Problem[]): boolean {
  if (SLUG.test(name)) return true;
  problems.push({
    file,
    message: `has a file name that cannot be a web address. Use lower-case letters, numbers and hyphens only, for example ${suggestedSlug(name, 'my-entry')}${ext}`,
  });
  return false;
}

/** Every entry of one collection that passed its checks, and the name of every entry file found. */
interface CollectionRead {
  entries: CheckedEntry[];
  /**
   * Every entry with a usable file name, whether or not its fields are right. A link to an entry
   * that has a problem of its own is not reported again as a link to nothing.
   */
  names: Set<string>;
  translations: CheckedTranslation[];
}


/** Reads the files of one folder of entries, skipping duplicates (an entry written as both .md and .mdx). */
function readEntries(
  folder: string,
  files: string[],
  idOf: (name: string) => string,
  read: (file: string, name: string) => ReadEntry | undefined,
  problems: Problem[],
): ({ id: string; file: string } & ReadEntry)[] {
  const seen = new Map<string, string>();
  return files.flatMap((fileName) => {
    const file = join(folder, fileName);
    const entry = entryName(fileName);
    if (!entry || !checkName(file, entry.name, entry.ext, problems)) return [];
    const checked = read(file, entry.name);
    if (!checked) return [];
    const id = idOf(entry.name);
    const previous = seen.get(id);
    if (previous) {
      problems.push({ file, message: `has the same name as ${previous}, so both would have the same web address. Rename or remove one of them.` });
      return [];
    }
    seen.set(id, file);
    return [{ id, file, ...checked }];
  });
}

/** Splits a folder's contents into entry files, reporting anything else. */
function entryFiles(folder: string, problems: Problem[], advice: string, allowFolder: (name: string) => boolean = () => false): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  for (const item of listDir(folder)) {
    const path = join(folder, item);
    if (isDir(path)) {
      if (allowFolder(item)) folders.push(item);
      else problems.push({ file: path, message: `is not a Markdown (.md) entry. ${advice}` });
    } else if (entryName(item)) files.push(item);
    else problems.push(notMarkdown(path, item, advice));
  }
  return { files, folders };
}

/** Names every entry file, so a link to an entry with a problem is not also reported. */
function namesIn(folder: string, idOf: (name: string) => string = (name) => name): string[] {
  return listDir(folder).flatMap((item) => {
    const entry = entryName(item);
    return entry && SLUG.test(entry.name) ? [idOf(entry.name)] : [];
  });
}

/** Reads the class updates: one folder per class, named after it. */
function readClassUpdates(root: string, spec: CollectionSpec, problems: Problem[]): CollectionRead {
  const base = join(root, spec.dir);
  const advice = 'Only .md files belong here.';
  const entries: CheckedEntry[] = [];
  const names = new Set<string>();
  for (const item of listDir(base)) {
    const path = join(base, item);
    if (!isDir(path)) {
      if (entryName(item)) problems.push({ file: path, message: `must be inside a folder named after its class, for example ${spec.dir}/oak/${item}.` });
      else problems.push(notMarkdown(path, item, `${advice} Uploads go in content/uploads/.`));
      continue;
    }
    if (!SLUG.test(item)) {
      problems.push({
        file: path,
        message: `is a folder whose name cannot be a web address. Name it after its class: the class's file name in content/classes/ without .md (for example oak for oak.md).`,
      });
      continue;
    }
    const idOf = (name: string) => `${item}/${name}`;
    namesIn(path, idOf).forEach((id) => names.add(id));
    const { files } = entryFiles(path, problems, advice);
    for (const e of readEntries(path, files, idOf, entryReader(spec, problems), problems)) entries.push({ collection: 'classUpdates', ...e });
  }
  return { entries, names, translations: [] };
}

/**
 * The problems with a translation's unknown fields. Fields copied from the original (category,
 * approved, ...) are one mistake, so they are reported together.
 */
function translationFieldProblems(file: string, original: z.ZodType, data: Record<string, unknown>): Problem[] {
  const originalFields = fieldsOf(original);
  const copied = Object.keys(data).filter((key) => !(key in translationSchema.shape) && originalFields.includes(key));
  const others = unknownFieldProblems(file, translationSchema, data, 'a translation').filter((p) => !copied.includes(p.field ?? ''));
  if (copied.length === 0) return others;
  return [
    { file, message: `has fields that only the original has (${copied.join(', ')}). A translation takes them from the original: remove them here. A translation's fields are: ${fieldsOf(translationSchema).join(', ')}.` },
    ...others,
  ];
}

/** Checks the translations in `<collection>/<lang>/`: their fields, and that each has an original. */
function readTranslations(root: string, collection: TranslatableCollection, lang: string, originals: Set<string>, problems: Problem[]): CheckedTranslation[] {
  const spec: CollectionSpec = COLLECTIONS[collection];
  const folder = join(root, spec.dir, lang);
  const { files } = entryFiles(folder, problems, 'Only .md files belong here.');
  const read = (file: string, name: string) => {
    const checked = readChecked(file, translationSchema, problems, (fields) => translationFieldProblems(file, spec.schema, fields));
    if (!checked) return undefined;
    const { data } = checked;
    if (!originals.has(name)) {
      const guess = closestName(name, originals);
      problems.push({
        file,
        message: `has no original to translate: there is no ${spec.dir}/${name}.md.${guess ? ` Did you mean ${guess}.md?` : ''} A translation must have the same file name as the original.`,
      });
      return undefined;
    }
    if (data.original !== undefined && data.original !== name) {
      problems.push({ file, field: 'original', message: `is "${String(data.original)}" but the file is named ${name}. They must match: rename the file, or correct original.` });
    }
    return checked;
  };
  return readEntries(folder, files, (name) => name, read, problems).map((t) => ({ collection, lang, ...t }));
}

/** The problem with a folder inside a collection's folder, or undefined for a translation folder to read. */
function languageFolderProblem(path: string, item: string, collection: CollectionName, languages: string[]): Problem | undefined {
  if (!languages.includes(item)) {
    return {
      file: path,
      message: `is a folder, but "${item}" is not a language the site is translated into (${languages.length ? `translations offered: ${languages.join(', ')}` : 'no translations are offered yet'}). Translations go in a folder named after a language code listed under languages in content/settings/school.yaml.`,
    };
  }
  if (!isTranslatable(collection)) {
    return { file: path, message: `is a translation folder, but only ${TRANSLATABLE.join(', ')} can be translated. Remove the folder.` };
  }
  return undefined;
}

/**
 * Reads and schema-checks every entry of one collection, and its translations. `languages` are
 * the translation languages offered; undefined when that setting is wrong, so folders are not checked.
 */
function readCollection(root: string, name: CollectionName, languages: string[] | undefined, problems: Problem[]): CollectionRead {
  const spec: CollectionSpec = COLLECTIONS[name];
  if (spec.nested) return readClassUpdates(root, spec, problems);
  const base = join(root, spec.dir);
  // A folder that is not a language is reported only when the languages setting can be read.
  const { files, folders } = entryFiles(base, problems, 'Only .md files belong here; uploads go in content/uploads/.', () => true);
  const entries = readEntries(base, files, (id) => id, entryReader(spec, problems), problems).map((e) => ({ collection: name, ...e }));
  const names = new Set(namesIn(base));
  const translations: CheckedTranslation[] = [];
  for (const lang of languages ? folders : []) {
    const problem = languageFolderProblem(join(base, lang), lang, name, languages!);
    if (problem) problems.push(problem);
    else translations.push(...readTranslations(root, name as TranslatableCollection, lang, names, problems));
  }
  return { entries, names, translations };
}

/** The content folder, with each folder's listing read once: uploads are looked up part by part, thousands of times in a long archive. */
interface ContentFolder {
  root: string;
  /** Where an upload is looked for when the folder has no such file: a school's trust's folder. */
  next?: ContentFolder;
  /** A folder's entries, not following links; none when it cannot be read. */
  entries(dir: string): Dirent[];
}

function contentFolder(root: string, next?: ContentFolder): ContentFolder {
  const listings = new Map<string, Dirent[]>();
  return {
    root,
    next,
    entries(dir) {
      let found = listings.get(dir);
      if (!found) {
        try {
          found = readdirSync(dir, { withFileTypes: true });
        } catch {
          found = [];
        }
        listings.set(dir, found);
      }
      return found;
    },
  };
}

/**
 * What an `/uploads/...` path points at, matching capital letters exactly even where the disk
 * does not. A link is never followed: it is reported on its own (see `linkProblems`).
 */
function findUpload(content: ContentFolder, path: string): 'file' | 'folder' | 'link' | 'missing' {
  const parts = path.split('/').filter(Boolean);
  let dir = content.root;
  let kind: 'file' | 'folder' = 'folder';
  for (const part of parts) {
    const entry: Dirent | undefined = kind === 'folder' ? content.entries(dir).find((d) => d.name === part) : undefined;
    if (!entry) return 'missing';
    if (entry.isSymbolicLink()) return 'link';
    kind = entry.isDirectory() ? 'folder' : 'file';
    dir = join(dir, part);
  }
  return kind;
}

/** The problem with an `/uploads/...` path, if the file is not there. */
function uploadProblem(content: ContentFolder, path: string): string | undefined {
  let decoded: string | undefined;
  try {
    decoded = decodeURI(path);
  } catch {
    decoded = undefined;
  }
  // A school in a trust also publishes the trust's uploads (the documents of its policies).
  let found = findUpload(content, decoded ?? path);
  let root = content.root;
  for (let next = content.next; found === 'missing' && next; next = next.next) {
    found = findUpload(next, decoded ?? path);
    root = next.root;
  }
  // The link itself is the problem, reported once, on the link.
  if (found === 'link') return undefined;
  if (found === 'missing') return `"${path}" was not found. Upload the file again, or check its name (capital letters matter).`;
  if (found === 'folder') {
    const example = listDir(join(root, decoded ?? path)).find((name) => !isDir(join(root, decoded ?? path, name)));
    return `"${path}" is a folder, not a file. Add the file's name to the end${example ? `, such as ${path.replace(/\/$/, '')}/${example}` : ''}.`;
  }
  // A lone % cannot be read as part of a web address, so the site could not show the file.
  if (decoded === undefined) return `"${path}" has a % sign in its name. Rename the file without it and upload it again.`;
  return undefined;
}

/** The problem with a survey form's address, if it cannot be shown on the site. */
function surveyHostProblem(formUrl: string, allowed: string[] | undefined): string | undefined {
  const url = new URL(formUrl);
  if (url.port) {
    return `"${formUrl}" has a port number (:${url.port}) after the host. Surveys can only be shown from the provider's ordinary address: copy the form's link again from ${url.hostname}.`;
  }
  if (allowed && !allowed.includes(url.hostname)) {
    return `is hosted at ${url.hostname}, which is not in the list of allowed survey providers (survey_hosts in content/settings/school.yaml: ${allowed.join(', ') || 'none'}). Ask whoever manages the website to add it if the school uses this provider.`;
  }
  return undefined;
}

/** The problem with a related policy, if any; `names` includes policies that have problems of their own. */
function relatedPolicyProblem(entry: CheckedEntry, slug: string, policies: Map<string, CheckedEntry>, names: Set<string>): string | undefined {
  if (slug === entry.id) return 'a policy cannot be related to itself.';
  const target = policies.get(slug);
  if (target) {
    return target.data.draft && !entry.data.draft ? `"${slug}" is a draft policy, so parents could not open it. Publish it first, or remove it from related.` : undefined;
  }
  if (names.has(slug)) return undefined;
  const choices = [...policies.values()].filter((p) => p.id !== entry.id && (entry.data.draft || !p.data.draft)).map((p) => p.id);
  const guess = closestName(slug, choices);
  return `"${slug}" is not a policy.${guess ? ` Did you mean ${guess}?` : ''} Use the short name of a policy file in content/policies/${guess || !choices.length ? '' : `, such as ${choices.slice(0, 3).join(', ')}`}.`;
}

/** Checks the links between entries and to uploaded files; a setting that could not be read skips the checks that need it. */
function checkReferences(
  content: ContentFolder,
  settings: Partial<Settings>,
  read: Record<CollectionName, CollectionRead>,
  problems: Problem[],
  inherited: readonly CheckedEntry[] = [],
): void {
  const byCollection = (name: CollectionName) => read[name].entries;
  const classes = new Map(byCollection('classes').map((e) => [e.id, e]));
  // A school's policy may name one of its trust's as related.
  const policies = new Map([...inherited, ...byCollection('policies')].filter((e) => e.collection === 'policies').map((e) => [e.id, e]));
  const statutoryKeys = new Set(statutoryItems().map((i) => i.key));

  const checkClass = (entry: CheckedEntry, field: string, slug: unknown) => {
    if (typeof slug !== 'string') return;
    const target = classes.get(slug);
    if (!target) {
      if (read.classes.names.has(slug)) return;
      // A published entry can only link to a published class, so only those are suggested.
      const choices = [...classes.values()].filter((c) => entry.data.draft || !c.data.draft).map((c) => c.id);
      problems.push({ file: entry.file, field, message: `"${slug}" is not a class. The classes are: ${choices.join(', ') || 'none yet'}.` });
    } else if (target.data.draft && !entry.data.draft) {
      problems.push({ file: entry.file, field, message: `"${slug}" is a draft class, so this would link to a page that does not exist. Publish the class first, or make this a draft too.` });
    }
  };

  const checkUpload = (entry: Pick<CheckedEntry, 'file'>, field: string, path: unknown) => {
    if (typeof path !== 'string' || !path.startsWith('/uploads/')) return;
    const message = uploadProblem(content, path);
    if (message) problems.push({ file: entry.file, field, message });
  };

  const checkStatutory = (entry: CheckedEntry) => {
    (entry.data.statutory as string[]).forEach((key, i) => {
      if (!statutoryKeys.has(key)) {
        problems.push({ file: entry.file, field: fieldName(['statutory', i]), message: `"${key}" is not an item on the statutory list. Use one of: ${[...statutoryKeys].join(', ')}.` });
      }
    });
  };

  for (const entry of byCollection('classUpdates')) {
    const folder = entry.id.split('/')[0];
    if (entry.data.class !== folder) {
      problems.push({ file: entry.file, field: 'class', message: `is "${String(entry.data.class)}" but the update is in the "${folder}" folder. They must match.` });
    }
    checkClass(entry, 'class', entry.data.class);
    (entry.data.images as { src: string }[]).forEach((img, i) => checkUpload(entry, fieldName(['images', i, 'src']), img.src));
  }

  for (const entry of byCollection('newsletters')) {
    const img = entry.data.image as { src: string } | undefined;
    if (img) checkUpload(entry, 'image → src', img.src);
  }

  for (const entry of byCollection('curriculumLetters')) {
    if (entry.data.class) {
      checkClass(entry, 'class', entry.data.class);
      const cls = classes.get(entry.data.class as string);
      if (cls && entry.data.year_group && cls.data.year_group !== entry.data.year_group) {
        problems.push({ file: entry.file, field: 'year_group', message: `is "${String(entry.data.year_group)}" but ${String(cls.data.title)} is ${String(cls.data.year_group)}. Correct one of them, or leave year_group empty.` });
      }
    }
  }

  for (const entry of [...byCollection('events'), ...byCollection('homeLearning')]) {
    (entry.data.classes as string[]).forEach((slug, i) => checkClass(entry, fieldName(['classes', i]), slug));
  }

  for (const entry of [...byCollection('policies'), ...byCollection('curriculumLetters'), ...byCollection('homeLearning'), ...byCollection('vacancies')]) {
    (entry.data.documents as { file: string }[]).forEach((doc, i) => checkUpload(entry, fieldName(['documents', i, 'file']), doc.file));
  }

  const surveys = new Map(byCollection('surveys').map((e) => [e.id, e]));
  for (const entry of byCollection('policies')) {
    checkStatutory(entry);
    const consultation = entry.data.consultation as { survey: string } | undefined;
    if (consultation) {
      const survey = surveys.get(consultation.survey);
      const choices = [...surveys.values()].filter((s) => !s.data.draft).map((s) => s.id).join(', ') || 'none yet';
      // A survey file with its own problem still exists: only that problem is reported.
      if (!survey && !read.surveys.names.has(consultation.survey)) {
        problems.push({ file: entry.file, field: 'consultation → survey', message: `"${consultation.survey}" is not a survey. Add the feedback form to content/surveys/ first; the surveys are: ${choices}.` });
      } else if (survey?.data.draft) {
        problems.push({ file: entry.file, field: 'consultation → survey', message: `"${consultation.survey}" is a draft survey, so parents could not open its form. Publish the survey first.` });
      }
    }
    (entry.data.related as string[]).forEach((slug, i) => {
      const message = relatedPolicyProblem(entry, slug, policies, read.policies.names);
      if (message) problems.push({ file: entry.file, field: fieldName(['related', i]), message });
    });
  }

  for (const entry of byCollection('pages')) {
    checkStatutory(entry);
    if (reservedPageNames().includes(entry.id) || settings.languages?.some((l) => l.code === entry.id)) {
      problems.push({ file: entry.file, message: `cannot be called "${entry.id}": the site already uses /${entry.id}/ for something else. Rename the file.` });
    }
  }

  // Members, trustees and local governors belong to an academy trust; a maintained school's board has none.
  if (settings.school_type === 'maintained') {
    for (const entry of byCollection('governors')) {
      const category = entry.data.category as GovernorCategory;
      if (ACADEMY_ONLY_CATEGORIES.includes(category)) {
        const maintained = GOVERNOR_CATEGORIES.filter((c) => !ACADEMY_ONLY_CATEGORIES.includes(c));
        problems.push({
          file: entry.file,
          field: 'category',
          message: `is "${category}", which only an academy trust has, but the school is a maintained school (school_type in content/settings/school.yaml). Choose one of: ${maintained.join(', ')}; or, if the school is an academy, set school_type: academy.`,
        });
      }
    }
  }

  for (const entry of byCollection('surveys')) {
    const message = surveyHostProblem(entry.data.form_url as string, settings.survey_hosts);
    if (message) problems.push({ file: entry.file, field: 'form_url', message });
  }

  // Two menus starting the same Monday: which one the kitchen serves would be a guess.
  const menuStarts = new Map<string, CheckedEntry>();
  for (const entry of [...byCollection('menus')].filter((m) => !m.data.draft).sort((a, b) => a.file.localeCompare(b.file))) {
    const other = menuStarts.get(entry.data.starts as string);
    if (other) {
      problems.push({
        file: entry.file,
        field: 'starts',
        message: `is the same Monday as ${other.file}, so the site cannot tell which menu is served that week. Give one of them a different starts date, or make the older one a draft.`,
      });
    } else menuStarts.set(entry.data.starts as string, entry);
  }

  // Pictures and documents the settings show: the headteacher's photo, the prospectus.
  const settingsFile = { file: join(content.root, SETTINGS_FILE) };
  if (settings.welcome?.photo) checkUpload(settingsFile, 'welcome → photo → src', settings.welcome.photo.src);
  if (settings.admissions?.prospectus) checkUpload(settingsFile, 'admissions → prospectus → file', settings.admissions.prospectus.file);
}

/** Why a link in an entry's text to an uploaded file would lead nowhere, if it would. */
function uploadLinkProblem(content: ContentFolder, link: string): string | undefined {
  let decoded = link;
  try {
    decoded = decodeURI(link);
  } catch {
    // A lone % sign: uploadProblem says so.
  }
  // The same rule as an upload in a field: no ../ out of the uploads folder, even written as %2e%2e.
  const shape = uploadPath.safeParse(decoded);
  if (!shape.success) return shape.error.issues[0]!.message.replace(`"${decoded}"`, `"${link}"`);
  const missing = uploadProblem(content, link);
  if (missing) return missing;
  if (!(extname(decoded).toLowerCase() in DOCUMENT_TYPES)) {
    return `"${link}" is not a document (PDF, Word, Excel, PowerPoint, OpenDocument, RTF, text or CSV), and the site only publishes uploaded documents as they are: pictures only resized, as an entry's photos. Remove the link, or upload the file as a document.`;
  }
  return undefined;
}

/** Fields that hold a link which may be a page of the site (`/term-dates/`), checked like links in the text. */
const LINK_FIELDS: Partial<Record<CollectionName, string[]>> = { notices: ['link'], clubs: ['booking_url'] };

/**
 * Checks every site-internal link in the text of what parents can read, published or scheduled:
 * a link to an upload that is not there (or outside the uploads folder, or not published), or to a
 * page that does not exist, is a draft, or only appears after the text does. `npm run doctor`
 * reports these too, from this check.
 */
function checkTextLinks(
  content: ContentFolder,
  read: Record<CollectionName, CollectionRead>,
  languages: string[],
  today: LocalDate,
  routes: readonly string[],
): ContentCheck['links'] {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(Object.entries(read).map(([name, r]) => [name, r.entries])) as Record<CollectionName, CheckedEntry[]>;
  const translations = Object.values(read).flatMap((r) => r.translations);
  // Files in public/ are published as they are (the project's, not the content's).
  const publicFiles = plainFilesUnder('public').map((file) => `/${relative('public', file).split('\\').join('/')}`);
  const addresses = siteAddresses(entries, translations, languages, [...publicFiles, ...routes]);
  const published = [
    ...Object.values(entries).flat().map((entry) => ({ entry, from: availability(entry) })),
    ...translations.map((entry) => ({ entry, from: addresses.get(inLanguage(entry.lang, entryPath(entry.collection, entry.id))) ?? 'draft' })),
  ];
  let checked = 0;
  for (const { entry, from } of published) {
    // A draft's links are checked when it is published; a scheduled entry's, for the day it appears.
    if (from === 'draft') continue;
    const when = from > today ? from : today;
    for (const field of LINK_FIELDS[entry.collection as CollectionName] ?? []) {
      const link = entry.data[field];
      if (typeof link !== 'string' || !link.startsWith('/')) continue;
      checked++;
      const path = link.replace(/[?#].*$/, '') || '/';
      const problem = path.startsWith('/uploads/') ? uploadLinkProblem(content, path) : pageLinkProblem(path, addresses, when);
      if (problem) problems.push({ file: entry.file, field, message: `is a link that parents could not follow: ${problem}` });
    }
    for (const { link, offset } of linksIn(entry.body)) {
      checked++;
      const problem = link.startsWith('/uploads/') ? uploadLinkProblem(content, link) : pageLinkProblem(link, addresses, when);
      const line = entry.bodyLine + entry.body.slice(0, offset).split('\n').length - 1;
      // A trust's policy is also published on each school's site, where the link has to work too.
      const where = entry.trust ? ` (on the site of the school in ${content.root}, which publishes this trust policy or event)` : '';
      if (problem) problems.push({ file: entry.file, message: `has a link on line ${line} that parents could not follow${where}: ${problem}` });
    }
  }
  return { checked, problems };
}

/** Every symbolic link in the content folder: the site never publishes one, whatever it points at. */
function linkProblems(root: string): Problem[] {
  return linksUnder(root).map((file) => ({ file, message: linkProblemMessage(file) }));
}

/** Folders in the content folder that the site does not read: a misspelt collection folder would be silently left out. */
function unknownFolders(root: string): Problem[] {
  const known = [...Object.values(COLLECTIONS).map((spec) => spec.dir), ...OTHER_FOLDERS].sort();
  return listDir(root)
    .filter((item) => !known.includes(item) && isDir(join(root, item)))
    .map((item) => {
      const guess = closestName(item, known);
      return {
        file: join(root, item),
        message: `is not a folder the site reads, so nothing in it would be published.${guess ? ` Did you mean ${guess}?` : ''} The folders are: ${known.join(', ')}.`,
      };
    });
}

export interface ContentCheck {
  problems: Problem[];
  /** The settings, when they have no problems. */
  settings?: Settings;
  entries: Record<CollectionName, CheckedEntry[]>;
  /** The links inside the site in the text of published entries: how many, and the problems with them (also in `problems`). */
  links: { checked: number; problems: Problem[] };
  /** Each file that passed its schema: its text and the fields parsed from it, for the content loader. */
  parsed: Map<string, ParsedText>;
}

/**
 * Checks every settings field and content entry under `dir` (normally `content/`). File paths in
 * problems are given as `dir/...` so an editor can find them. "Today", for what is published
 * yet, is SITE_NOW in `env` or the clock.
 */
export function checkContent(dir: string, env: Record<string, string | undefined> = process.env, options: CheckOptions = {}): ContentCheck {
  const parsed = new Map<string, ParsedText>();
  parsedFiles = parsed;
  try {
    return checkFolder(dir, env, parsed, options);
  } finally {
    parsedFiles = undefined;
  }
}

/**
 * What a school in a trust takes from the trust: the trust's folder (for its uploads) and its
 * checked policies and events. The school's own entry with the same name replaces the trust's.
 */
export interface Inherited {
  dir: string;
  entries: readonly CheckedEntry[];
}

/** What a folder in a trust's repository is checked with: a school takes the trust's policies and events; the trust's own site has pages of its own. */
export interface CheckOptions {
  inherited?: Inherited;
  /** Addresses the site has besides every site's and its entries' (the trust's own pages), for the links in its text. */
  routes?: readonly string[];
}

function checkFolder(dir: string, env: Record<string, string | undefined>, parsed: Map<string, ParsedText>, { inherited, routes = [] }: CheckOptions): ContentCheck {
  const root = relative(process.cwd(), dir) || '.';
  const { settings, usable, problems: settingsProblems } = readSettings(root);
  // A linked settings file is reported by both; once is enough.
  const symlinks = linkProblems(root);
  const problems: Problem[] = [...symlinks, ...settingsProblems.filter((p) => !symlinks.some((l) => l.file === p.file)), ...unknownFolders(root)];
  const languages = usable.languages?.map((l) => l.code).slice(1);
  const read = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, readCollection(root, name, languages, problems)]),
  ) as Record<CollectionName, CollectionRead>;
  const content = contentFolder(root, inherited && contentFolder(relative(process.cwd(), inherited.dir) || '.'));
  // The trust's entries the school has no entry of its own for, marked as the trust's.
  const shared = (inherited?.entries ?? []).filter((e) => !read[e.collection].names.has(e.id)).map((e) => ({ ...e, trust: true as const }));
  checkReferences(content, usable, read, problems, shared);
  for (const entry of shared) read[entry.collection].entries.push(entry);
  const timezone = usable.timezone ?? 'Europe/London';
  const links = checkTextLinks(content, read, languages ?? [], localDateOf(siteNow(timezone, env), timezone), routes);
  problems.push(...links.problems);
  const entries = Object.fromEntries(Object.entries(read).map(([name, r]) => [name, r.entries])) as Record<CollectionName, CheckedEntry[]>;
  return { problems, settings, entries, links, parsed };
}
