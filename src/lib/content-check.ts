/**
 * Checks a whole content folder before the site is built: every file against its schema, then
 * the links between entries (classes, related policies, uploads, survey hosts, duplicate names).
 * It reports every problem at once, so an editor can fix them all in one go.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../schemas/index';
import type { Settings } from '../schemas/settings';
import { parseMarkdownFile } from './frontmatter';
import { formatIssues, type Problem } from './problems';
import { readSettings } from './settings';
import { statutoryItems } from './statutory';

/** An entry as read from disk and checked against its schema. */
export interface CheckedEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension (`<class>/<name>` for class updates). */
  id: string;
  /** Path of the file, relative to the folder the check ran from. */
  file: string;
  data: Record<string, unknown>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTRY_EXTENSIONS = ['.md', '.mdx'];

/** Web addresses the site itself uses: a page with one of these names would clash with them. */
export const RESERVED_PAGE_SLUGS = [
  'admin',
  'classes',
  'curriculum-letters',
  'events',
  'governors',
  'newsletters',
  'policies',
  'search',
  'support',
  'surveys',
  'uploads',
  'pagefind',
  '404',
  'rss',
  'sitemap',
];

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith('.') && !name.startsWith('_')).sort();
  } catch {
    return [];
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function entryName(fileName: string): { name: string; ext: string } | undefined {
  const ext = ENTRY_EXTENSIONS.find((e) => fileName.endsWith(e));
  return ext ? { name: fileName.slice(0, -ext.length), ext } : undefined;
}

/** The schema inside optional, default and nullable wrappers. */
function unwrap(schema: z.ZodType): any {
  let s: any = schema;
  while (s?.def && ['optional', 'default', 'nullable', 'prefault'].includes(s.def.type)) s = s.def.innerType;
  return s;
}

/** Every key an object schema accepts. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const s = unwrap(schema);
  return s?.def?.type === 'object' ? (s.shape as Record<string, z.ZodType>) : undefined;
}

/** The item schema of a list schema. */
function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const s = unwrap(schema);
  return s?.def?.type === 'array' ? (s.def.element as z.ZodType) : undefined;
}

/**
 * Fields an editor wrote that the schema does not know. A misspelt `drafts: true` would otherwise
 * be ignored and publish something meant to stay hidden, so unknown fields are errors.
 */
export function unknownFields(schema: z.ZodType, data: unknown, path: (string | number)[] = []): { path: (string | number)[]; allowed: string[] }[] {
  const shape = objectShape(schema);
  if (shape && data && typeof data === 'object' && !Array.isArray(data)) {
    return Object.entries(data).flatMap(([key, value]) =>
      key in shape ? unknownFields(shape[key]!, value, [...path, key]) : [{ path: [...path, key], allowed: Object.keys(shape) }],
    );
  }
  const element = elementOf(schema);
  if (element && Array.isArray(data)) return data.flatMap((item, i) => unknownFields(element, item, [...path, i]));
  return [];
}

/** Reads and schema-checks every entry of one collection. */
function readCollection(root: string, name: CollectionName, languages: string[], problems: Problem[]): CheckedEntry[] {
  const spec: CollectionSpec = COLLECTIONS[name];
  const base = join(root, spec.dir);
  const entries: CheckedEntry[] = [];
  const seen = new Map<string, string>();

  const readEntry = (file: string, id: string) => {
    const rel = file;
    const parsed = parseMarkdownFile(readFileSync(file, 'utf8'));
    if (parsed.error) {
      problems.push({ file: rel, message: parsed.error });
      return;
    }
    for (const extra of unknownFields(spec.schema, parsed.data)) {
      problems.push({
        file: rel,
        field: extra.path.join(' → '),
        message: `is not a field this kind of entry has, so it would be ignored. Check the spelling; the fields are: ${extra.allowed.join(', ')}.`,
      });
    }
    const result = spec.schema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...formatIssues(rel, result.error.issues));
      return;
    }
    const previous = seen.get(id);
    if (previous) {
      problems.push({ file: rel, message: `has the same name as ${previous}, so both would have the same web address. Rename or remove one of them.` });
      return;
    }
    seen.set(id, rel);
    entries.push({ collection: name, id, file: rel, data: result.data as Record<string, unknown> });
  };

  const checkName = (file: string, name: string): boolean => {
    if (SLUG.test(name)) return true;
    problems.push({
      file,
      message: `has a file name that cannot be a web address. Use lower-case letters, numbers and hyphens only, for example ${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-entry'}.md`,
    });
    return false;
  };

  for (const item of listDir(base)) {
    const path = join(base, item);
    if (isDir(path)) {
      if (spec.nested) {
        for (const inner of listDir(path)) {
          const innerPath = join(path, inner);
          const entry = entryName(inner);
          if (!entry || isDir(innerPath)) {
            problems.push({ file: innerPath, message: 'is not a Markdown (.md) entry. Only .md files belong here.' });
            continue;
          }
          if (checkName(innerPath, item) && checkName(innerPath, entry.name)) readEntry(innerPath, `${item}/${entry.name}`);
        }
      } else if (!languages.includes(item)) {
        problems.push({
          file: path,
          message: `is a folder, but "${item}" is not a language the site is translated into (${languages.length ? `translations offered: ${languages.join(', ')}` : 'no translations are offered yet'}). Translations go in a folder named after a language code listed under languages in content/settings/school.yaml.`,
        });
      }
      continue;
    }
    const entry = entryName(item);
    if (!entry) {
      problems.push({ file: path, message: 'is not a Markdown (.md) entry. Only .md files belong here; uploads go in content/uploads/.' });
      continue;
    }
    if (spec.nested) {
      problems.push({ file: path, message: `must be inside a folder named after its class, for example ${spec.dir}/oak/${item}.` });
      continue;
    }
    if (checkName(path, entry.name)) readEntry(path, entry.name);
  }
  return entries;
}

/** Checks the links between entries and to uploaded files. */
function checkReferences(root: string, settings: Settings, byCollection: Record<CollectionName, CheckedEntry[]>, problems: Problem[]): void {
  const published = (name: CollectionName) => new Map(byCollection[name].map((e) => [e.id, e]));
  const classes = published('classes');
  const policies = published('policies');
  const classList = [...classes.keys()].join(', ') || 'none yet';
  const statutoryKeys = new Set(statutoryItems().map((i) => i.key));

  const checkClass = (entry: CheckedEntry, field: string, slug: unknown) => {
    if (typeof slug !== 'string') return;
    const target = classes.get(slug);
    if (!target) {
      problems.push({ file: entry.file, field, message: `"${slug}" is not a class. The classes are: ${classList}.` });
    } else if (target.data.draft && !entry.data.draft) {
      problems.push({ file: entry.file, field, message: `"${slug}" is a draft class, so this would link to a page that does not exist. Publish the class first, or make this a draft too.` });
    }
  };

  const checkUpload = (entry: CheckedEntry, field: string, path: unknown) => {
    if (typeof path !== 'string' || !path.startsWith('/uploads/')) return;
    if (!existsSync(join(root, decodeURI(path)))) {
      problems.push({ file: entry.file, field, message: `"${path}" was not found. Upload the file again, or check its name (capital letters matter).` });
    }
  };

  const checkStatutory = (entry: CheckedEntry) => {
    (entry.data.statutory as string[]).forEach((key, i) => {
      if (!statutoryKeys.has(key)) {
        problems.push({ file: entry.file, field: `statutory ${i + 1}`, message: `"${key}" is not an item on the statutory list. Use one of: ${[...statutoryKeys].join(', ')}.` });
      }
    });
  };

  for (const entry of byCollection.classUpdates) {
    const folder = entry.id.split('/')[0];
    if (entry.data.class !== folder) {
      problems.push({ file: entry.file, field: 'class', message: `is "${String(entry.data.class)}" but the update is in the "${folder}" folder. They must match.` });
    }
    checkClass(entry, 'class', entry.data.class);
    (entry.data.images as { src: string }[]).forEach((img, i) => checkUpload(entry, `images ${i + 1} → src`, img.src));
  }

  for (const entry of byCollection.newsletters) {
    const img = entry.data.image as { src: string } | undefined;
    if (img) checkUpload(entry, 'image → src', img.src);
  }

  for (const entry of byCollection.curriculumLetters) {
    if (entry.data.class) {
      checkClass(entry, 'class', entry.data.class);
      const cls = classes.get(entry.data.class as string);
      if (cls && entry.data.year_group && cls.data.year_group !== entry.data.year_group) {
        problems.push({ file: entry.file, field: 'year_group', message: `is "${String(entry.data.year_group)}" but ${String(cls.data.title)} is ${String(cls.data.year_group)}. Correct one of them, or leave year_group empty.` });
      }
    }
  }

  for (const entry of byCollection.events) {
    (entry.data.classes as string[]).forEach((slug, i) => checkClass(entry, `classes ${i + 1}`, slug));
  }

  for (const entry of [...byCollection.policies, ...byCollection.curriculumLetters]) {
    (entry.data.documents as { file: string }[]).forEach((doc, i) => checkUpload(entry, `documents ${i + 1} → file`, doc.file));
  }

  for (const entry of byCollection.policies) {
    checkStatutory(entry);
    (entry.data.related as string[]).forEach((slug, i) => {
      const field = `related ${i + 1}`;
      const target = policies.get(slug);
      if (slug === entry.id) problems.push({ file: entry.file, field, message: 'a policy cannot be related to itself.' });
      else if (!target) problems.push({ file: entry.file, field, message: `"${slug}" is not a policy. Use the short name of a policy file in content/policies/, such as ${[...policies.values()].filter((p) => !p.data.draft).slice(0, 3).map((p) => p.id).join(', ')}.` });
      else if (target.data.draft && !entry.data.draft) problems.push({ file: entry.file, field, message: `"${slug}" is a draft policy, so parents could not open it. Publish it first, or remove it from related.` });
    });
  }

  for (const entry of byCollection.pages) {
    checkStatutory(entry);
    if (RESERVED_PAGE_SLUGS.includes(entry.id) || settings.languages.some((l) => l.code === entry.id)) {
      problems.push({ file: entry.file, message: `cannot be called "${entry.id}": the site already uses /${entry.id}/ for something else. Rename the file.` });
    }
  }

  for (const entry of byCollection.surveys) {
    const host = new URL(entry.data.form_url as string).hostname;
    if (!settings.survey_hosts.includes(host)) {
      problems.push({
        file: entry.file,
        field: 'form_url',
        message: `is hosted at ${host}, which is not in the list of allowed survey providers (survey_hosts in content/settings/school.yaml: ${settings.survey_hosts.join(', ') || 'none'}). Ask whoever manages the website to add it if the school uses this provider.`,
      });
    }
  }
}

export interface ContentCheck {
  problems: Problem[];
  settings?: Settings;
  entries: Record<CollectionName, CheckedEntry[]>;
}

/**
 * Checks every settings field and content entry under `dir` (normally `content/`). File paths in
 * problems are given as `dir/...` so an editor can find them.
 */
export function checkContent(dir: string): ContentCheck {
  const root = relative(process.cwd(), dir) || '.';
  const problems: Problem[] = [];
  const { settings, problems: settingsProblems } = readSettings(root);
  problems.push(...settingsProblems);
  const languages = (settings?.languages ?? [{ code: 'en' }]).map((l) => l.code).slice(1);
  const entries = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, readCollection(root, name, languages, problems)]),
  ) as Record<CollectionName, CheckedEntry[]>;
  if (settings) checkReferences(root, settings, entries, problems);
  return { problems, settings, entries };
}
