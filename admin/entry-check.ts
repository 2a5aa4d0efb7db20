/**
 * Checks an entry in the CMS before it is saved, so what an editor saves is what the build
 * accepts: empty optional fields are left out (the CMS would otherwise write `location: ""`,
 * which the schemas reject), and the entry is checked against the same schema as the build, with
 * problems named by the labels the editor sees. This runs in the browser (admin/browser/checks.ts).
 */
import { COLLECTIONS, type CollectionName } from '../src/schemas/index';
import { settingsSchema } from '../src/schemas/settings';
import { translationSchema } from '../src/schemas/translation';
import type { CmsField } from './config/widgets';

/** A path into an entry's data: field names and list positions. */
export type KeyPath = (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Collects paths to remove under `value`; returns true when nothing worth keeping is left in it. */
function collectEmpty(value: Record<string, unknown>, fields: CmsField[], base: KeyPath, out: KeyPath[]): boolean {
  let kept = Object.keys(value).filter((key) => !fields.some((f) => f.name === key)).length;
  for (const field of fields) {
    if (!(field.name in value)) continue;
    const v = value[field.name];
    const path = [...base, field.name];
    const inner = field.fields as CmsField[] | undefined;
    if (field.widget === 'object' && inner && isObject(v)) {
      const before = out.length;
      if (collectEmpty(v, inner, path, out) && field.required === false) {
        out.splice(before);
        out.push(path);
      } else kept++;
    } else if (Array.isArray(v)) {
      if (inner) v.forEach((item, i) => isObject(item) && collectEmpty(item, inner, [...path, i], out));
      else v.forEach((item, i) => isBlank(item) && out.push([...path, i]));
      if (v.some((item) => !isBlank(item))) kept++;
    } else if (isBlank(v) && field.required === false) {
      out.push(path);
    } else if (v === false && field.widget === 'boolean' && field.required === false) {
      // A switch left off says nothing by itself: an optional group holding only switches left off
      // (an event's "Repeats weekly" with "In term time only" off) is a group the editor never filled.
    } else kept++;
  }
  return kept === 0;
}

function comparePaths(a: KeyPath, b: KeyPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y) < String(x) ? -1 : 1;
  }
  return b.length - a.length;
}

/**
 * Paths of optional fields the editor left empty (and empty lines in lists), in an order that is
 * safe to delete one after another: later list items before earlier ones.
 */
export function emptyOptionalPaths(data: Record<string, unknown>, fields: CmsField[]): KeyPath[] {
  const out: KeyPath[] = [];
  collectEmpty(data, fields, [], out);
  return out.sort(comparePaths);
}

/** The data with those paths removed (a plain-object version of what the CMS does with its own maps). */
export function withoutEmptyOptional(data: Record<string, unknown>, fields: CmsField[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of emptyOptionalPaths(copy, fields)) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], copy);
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[last];
  }
  return copy;
}

/** A field path written with the labels the editor sees: `Photos 2 → Description (alt text)`. */
export function labelledPath(path: readonly PropertyKey[], fields: CmsField[]): string {
  const parts: string[] = [];
  let current: CmsField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? 'Item'} ${key + 1}`;
      continue;
    }
    const field: CmsField | undefined = current?.find((f) => f.name === key);
    parts.push(field?.label ?? String(key));
    current = field?.fields as CmsField[] | undefined;
  }
  return parts.join(' → ');
}

/** One thing the build would reject in an entry: where (a path into its data) and what, in the office's words. */
export interface EntryIssue {
  path: KeyPath;
  message: string;
}

/**
 * What the build would reject in this entry, each with where it is. `collection` is a name from
 * the schema registry, a translation collection (`policies__pl`), or `settings`. Empty when all is well.
 */
export function entryIssues(collection: string, data: Record<string, unknown>): EntryIssue[] {
  // Translations are `<collection>__<language>` (see translationCollectionName in cms-config.ts).
  const schema = collection === 'settings' ? settingsSchema : collection.includes('__') ? translationSchema : COLLECTIONS[collection as CollectionName]?.schema;
  if (!schema) return [];
  const { body: _body, ...frontmatter } = data;
  const result = schema.safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    message: /received undefined/.test(issue.message) ? 'is missing. Please fill it in.' : issue.message,
  }));
}

/**
 * What the build would reject in this entry, one sentence per problem, named by the form's
 * labels: what the check before saving lists when a problem has no field of its own to show at.
 */
export function entryProblems(collection: string, data: Record<string, unknown>, fields: CmsField[]): string[] {
  return entryIssues(collection, data).map(({ path, message }) => `${path.length ? labelledPath(path, fields) : 'This entry'}: ${message}`);
}

/**
 * The problems to show at one field of the form. A field's editor knows its name and its value,
 * not where it sits (a date in a list of dates, an end inside a repeat), so an issue is its when
 * the last name in the issue's path is the field's and the value there is the field's value.
 */
export function issuesAt(issues: EntryIssue[], data: Record<string, unknown>, name: string, value: unknown): string[] {
  return issues
    .filter(({ path }) => {
      const last = [...path].reverse().find((key) => typeof key === 'string');
      if (last !== name) return false;
      const here = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
      return sameValue(here, value);
    })
    .map(({ message }) => message);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when an entry has photos but the editor has not confirmed photo consent. */
export function photoConsentMissing(data: { images?: unknown; photo_consent?: unknown }): boolean {
  return Array.isArray(data.images) && data.images.length > 0 && data.photo_consent !== true;
}

/**
 * A class update lives in its class's folder (`class-updates/<class>/…`), and the build checks
 * that `class` matches it. A new update is filed by its class; an existing one cannot move, so
 * changing its class is refused with a way forward.
 */
export function classFolderProblem(path: string | undefined, classSlug: unknown): string | undefined {
  const m = path ? /class-updates\/([^/]+)\/[^/]+$/.exec(path) : null;
  if (!m || typeof classSlug !== 'string' || m[1] === classSlug) return undefined;
  return `Class: this update is filed under ${m[1]}, so its class cannot be changed to ${classSlug}. Change it back, and write a new update for the other class instead.`;
}

/**
 * A collection's picture folder for this entry: its `public_folder` template with the entry's
 * fields filled in (`/uploads/classes/{{fields.class}}/{{fields.date}}` → `/uploads/classes/oak/2026-11-23`).
 */
export function publicFolderFor(template: string | undefined, data: Record<string, unknown>): string {
  const filled = (template ?? '/uploads').replace(/\{\{\s*fields\.([\w]+)\s*\}\}/g, (_, name: string) => {
    const value = data[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
  return filled.replace(/\/{2,}/g, '/').replace(/\/$/, '');
}

/**
 * Where the editor finds a picture written `/uploads/…`. The site does not publish originals, so:
 * a picture in this entry's own folder (just uploaded, or saved with it) comes through the CMS
 * itself (`{ file }`, its name in that folder); any other comes from the small copies the build
 * makes for the editor under `/admin/uploads/` (`{ url }`).
 */
export function editorPicture(value: string, entryFolder: string): { file: string } | { url: string } | undefined {
  if (!value.startsWith('/uploads/')) return undefined;
  const slash = value.lastIndexOf('/');
  if (value.slice(0, slash) === entryFolder) return { file: value.slice(slash + 1) };
  return { url: `/admin${value}.webp` };
}
