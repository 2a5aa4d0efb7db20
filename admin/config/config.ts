/**
 * The Decap CMS configuration, built from the content schemas so the editor's forms can never
 * drift from what the build accepts: every field of every collection, with its name, whether it
 * is required and its type or choices taken from `src/schemas/`, and its label, hint and editor
 * from `admin/config/fields.ts`. The Git host is chosen by environment variables at build time
 * (see `cmsBackend`), so a school sets up GitLab, Gitea, Forgejo or GitHub without editing code.
 */
import type { z } from 'astro/zod';
import { EARLIEST_DATE, dateFieldOf, latestDate, uploadPath, type DateField } from '../../src/schemas/common';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../src/schemas/index';
import { settingsSchema } from '../../src/schemas/settings';
import { previewPath } from '../../src/schemas/routes';
import { TRANSLATABLE, translationSchema, type TranslatableCollection } from '../../src/schemas/translation';
import { SETTINGS_FILE } from '../../src/lib/content/settings';
import { CMS_COLLECTIONS, CMS_SETTINGS, CMS_TRANSLATION, type FieldPresentation } from './fields';

/** A Decap field, as it goes into the configuration. */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

/** Where the schema's plain values are written `YYYY-MM-DD`: the date picker saves exactly that. */
export const DATE_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false } as const;

/**
 * A school time, `YYYY-MM-DDTHH:mm` with no offset. The picker's value is formatted in the
 * browser's own time without an offset, so what the office types is what is saved.
 */
export const DATETIME_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false } as const;

/** Checked as the office types, with the same shapes `dateOrDateTime` accepts. */
const DATE_OR_TIME_PATTERN = ['^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$', 'write a date such as 2026-10-14, or a date and school time such as 2026-10-14T18:00'] as const;

/**
 * A date field's years, checked as the office types or picks a date: Decap's date picker has no
 * minimum or maximum, but every field takes a pattern. The years are worked out when the site is
 * built; the check before saving (admin/entry-check.ts) runs the schema itself, with today's date.
 */
export function datePattern(field: DateField): [string, string] | undefined {
  if (field.yearsAhead === undefined) return undefined;
  const latest = latestDate(field.yearsAhead);
  const first = Number(EARLIEST_DATE.slice(0, 4));
  const years = Array.from({ length: Number(latest.slice(0, 4)) - first + 1 }, (_, i) => first + i).join('|');
  const time = field.kind === 'date-or-time' ? '(T\\d{2}:\\d{2})?' : '';
  const shape = field.kind === 'date-or-time' ? 'a date such as 2026-10-14, or a date and school time such as 2026-10-14T18:00,' : 'a date';
  return [`^(${years})-\\d{2}-\\d{2}${time}$`, `write ${shape} between ${EARLIEST_DATE} and ${latest} (check the year)`];
}

/** What a config is built from besides the schemas: the site's own lists, read at build time. */
export interface CmsContext {
  /** Folder of the content, relative to the repository root (normally `content`). */
  contentDir: string;
  /** The classes, for the class updates' filters ("Oak Class" shows only Oak's updates). */
  classes: { slug: string; title: string }[];
  /** The statutory list, for the "information the law asks us to publish" choices. */
  statutory: { key: string; title: string }[];
  /** The languages translations are written in (the settings' languages after the first). */
  languages?: { code: string; name: string }[];
}

// ---------------------------------------------------------------------------------------------
// Reading the schemas

type AnySchema = z.ZodType & { def: any; [key: string]: any };

const WRAPPERS = ['optional', 'default', 'prefault', 'nullable'];

/** The schema inside optional/default wrappers, whether the field may be left out, and its default. */
export function unwrapField(schema: z.ZodType): { inner: AnySchema; optional: boolean; defaultValue?: unknown } {
  let inner = schema as AnySchema;
  let optional = false;
  let defaultValue: unknown;
  while (WRAPPERS.includes(inner.def.type)) {
    optional = true;
    if (inner.def.type === 'default' && defaultValue === undefined) defaultValue = inner.def.defaultValue;
    inner = inner.def.innerType as AnySchema;
  }
  return { inner, optional, defaultValue };
}

/** The fields of an object schema, in the order they are written. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const { inner } = unwrapField(schema);
  if (inner.def.type !== 'object') throw new Error('Expected an object schema.');
  return inner.shape as Record<string, z.ZodType>;
}

// ---------------------------------------------------------------------------------------------
// Fields

function lengthPattern(schema: AnySchema): [string, string] | undefined {
  const max = schema.maxLength as number | null | undefined;
  return typeof max === 'number' ? [`^[\\s\\S]{0,${max}}$`, `keep it to ${max} characters or fewer`] : undefined;
}

function presentationWidget(p: FieldPresentation, ctx: CmsContext): Partial<CmsField> | undefined {
  switch (p.widget) {
    case 'date':
      return { ...DATE_WIDGET, ...(p.today ? { default: '{{now}}' } : {}) };
    case 'date-or-time':
      return { widget: 'string', pattern: [...DATE_OR_TIME_PATTERN] };
    case 'long-text':
      return { widget: 'text' };
    case 'photo':
      return { widget: 'image', choose_url: false };
    case 'file':
      return { widget: 'file' };
    case 'class':
    case 'classes':
      return { widget: 'relation', collection: 'classes', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], options_length: 100, ...(p.widget === 'classes' ? { multiple: true } : {}) };
    case 'original':
      return { widget: 'relation', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], options_length: 300 };
    case 'policies':
      return { widget: 'relation', collection: 'policies', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], options_length: 200, multiple: true };
    case 'survey':
      return { widget: 'relation', collection: 'surveys', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], options_length: 100 };
    case 'statutory':
      return { widget: 'select', multiple: true, options: ctx.statutory.map((s) => ({ label: s.title, value: s.key })) };
    case 'photo-consent':
      return { widget: 'photo-consent' };
    case 'author':
      return { widget: 'author' };
    default:
      return undefined;
  }
}

/** The widget a schema type suggests when the presentation does not choose one. */
function typeWidget(schema: AnySchema, p: FieldPresentation, ctx: CmsContext, where: string, insideOptional: boolean): Partial<CmsField> {
  const type = schema.def.type as string;
  if (type === 'string') {
    const date = dateFieldOf(schema)?.kind;
    if (date === 'date') return { ...DATE_WIDGET };
    if (date === 'datetime') return { ...DATETIME_WIDGET };
    if (date === 'date-or-time') return { widget: 'string', pattern: [...DATE_OR_TIME_PATTERN] };
    // Same schema object: `uploadPath.optional()` still wraps the one `uploadPath`.
    if (schema === (uploadPath as unknown)) return { widget: 'file' };
    const pattern = lengthPattern(schema);
    return { widget: 'string', ...(pattern ? { pattern } : {}) };
  }
  if (type === 'number') {
    return {
      widget: 'number',
      value_type: schema.isInt ? 'int' : 'float',
      ...(Number.isFinite(schema.minValue) ? { min: schema.minValue } : {}),
      ...(Number.isFinite(schema.maxValue) ? { max: schema.maxValue } : {}),
    };
  }
  if (type === 'boolean') return { widget: 'boolean' };
  if (type === 'enum') {
    const values = schema.options as string[];
    return { widget: 'select', options: values.map((value) => ({ label: p.choices?.[value] ?? value, value })) };
  }
  if (type === 'object') {
    return { widget: 'object', collapsed: false, fields: objectFields(schema, p.fields ?? {}, ctx, where, insideOptional) };
  }
  if (type === 'array') {
    const element = unwrapField(schema.def.element).inner;
    const min = schema.def.checks?.find((c: any) => c._zod?.def?.check === 'min_length')?._zod.def.minimum as number | undefined;
    const item = p.itemLabel ?? 'item';
    const base = { widget: 'list', label_singular: item, collapsed: false, ...(min ? { min } : {}) };
    if (element.def.type === 'object') {
      return { ...base, summary: summaryTemplate(element), fields: objectFields(element, p.fields ?? {}, ctx, where, false) };
    }
    const inner = fieldFor('item', element, { label: capitalise(item), hint: p.hint, choices: p.choices }, ctx, `${where} → item`, false);
    const { name: _n, label: _l, hint: _h, required: _r, default: _d, ...innerWidget } = inner;
    return { ...base, field: { name: item, label: capitalise(item), ...innerWidget } };
  }
  // Unions (an upload or a link) and transformed values (a URN written as text or a number).
  return { widget: 'string' };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a list item is named in its collapsed row: its first text field. */
function summaryTemplate(element: AnySchema): string {
  const names = Object.keys(element.shape);
  const first = names.find((n) => ['alt', 'title', 'label', 'name', 'text', 'said'].includes(n)) ?? names[0];
  return `{{fields.${first}}}`;
}

function fieldFor(name: string, schema: z.ZodType, p: FieldPresentation, ctx: CmsContext, where: string, insideOptional: boolean): CmsField {
  const { inner, optional, defaultValue } = unwrapField(schema);
  // Decap checks the required fields of a group even when the whole group is left empty, so inside
  // an optional group every field is optional in the form; the whole-entry check before saving
  // (admin/entry-check.ts) still catches a group that is only half filled in.
  const required = !optional && !insideOptional;
  const widget = presentationWidget(p, ctx) ?? typeWidget(inner, p, ctx, where, insideOptional || optional);
  if (widget.widget === 'object' && optional) widget.collapsed = true;
  const field: CmsField = { name, label: p.label, hint: p.hint, widget: 'string', ...widget, required };
  const date = dateFieldOf(inner);
  const years = date && datePattern(date);
  if (years) field.pattern = years;
  if (defaultValue !== undefined && field.default === undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) {
    field.default = defaultValue;
  }
  return field;
}

/** Decap fields for every key of an object schema, in order, each with its presentation. */
export function objectFields(schema: z.ZodType, presentation: Record<string, FieldPresentation>, ctx: CmsContext, where: string, insideOptional = false): CmsField[] {
  return Object.entries(objectShape(schema)).map(([name, fieldSchema]) => {
    const p = presentation[name];
    if (!p) throw new Error(`${where} → ${name} has no label or hint in admin/config/fields.ts. Add one so editors know what to write.`);
    return fieldFor(name, fieldSchema, p, ctx, `${where} → ${name}`, insideOptional);
  });
}

// ---------------------------------------------------------------------------------------------
// Collections

/**
 * Every body field's editor. The preview shows the body as HTML inside the editor, on the site's
 * own address, so whatever a body carries (typed, pasted or in a file someone committed: an
 * `<img onerror>`, a form posting elsewhere, a `javascript:` link) is cleaned before it is shown:
 * set here rather than left to Decap's default, which a future version could change.
 */
const MARKDOWN_WIDGET = {
  widget: 'markdown',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
} as const;

/** The extension of every entry file the editor writes. */
const ENTRY_EXTENSION = 'md';
/** Where uploads (pictures and documents) go: the site publishes them from `/uploads/`. */
export function cmsMediaFolder(contentDir: string): string {
  return `${contentDir}/uploads`;
}

/** The CMS's name for the school's settings, and for the one file in it. */
export const SETTINGS_COLLECTION = 'settings';
const SETTINGS_ENTRY = 'school';

/**
 * Where the editor keeps one collection's entries: a folder of `<slug>.md` files (`depth` 2 when
 * they sit one folder down, `<class>/<slug>.md`), or one file (the settings).
 */
export type CmsEntryLayout = { name: string; folder: string; extension: string; depth: 1 | 2 } | { name: string; file: string; entry: string };

/**
 * Every collection the editor has, and where its entries live. The configuration is built from
 * this, and so is what the local Git backend lets the editor read and write (admin/local/guard.ts).
 */
export function cmsEntryLayouts(ctx: Pick<CmsContext, 'contentDir' | 'languages'>): CmsEntryLayout[] {
  const folders = (Object.keys(COLLECTIONS) as CollectionName[]).map((name): CmsEntryLayout => {
    const spec: CollectionSpec = COLLECTIONS[name];
    return { name, folder: `${ctx.contentDir}/${spec.dir}`, extension: ENTRY_EXTENSION, depth: spec.nested ? 2 : 1 };
  });
  const translations = (ctx.languages ?? []).flatMap((language) =>
    TRANSLATABLE.map((name): CmsEntryLayout => ({
      name: translationCollectionName(name, language.code),
      folder: `${ctx.contentDir}/${COLLECTIONS[name].dir}/${language.code}`,
      extension: ENTRY_EXTENSION,
      depth: 1,
    })),
  );
  return [...folders, ...translations, { name: SETTINGS_COLLECTION, file: `${ctx.contentDir}/${SETTINGS_FILE}`, entry: SETTINGS_ENTRY }];
}

/** The folder layout of a collection the editor has. */
function folderLayout(name: string, ctx: CmsContext): Extract<CmsEntryLayout, { folder: string }> {
  const layout = cmsEntryLayouts(ctx).find((l) => l.name === name);
  if (!layout || !('folder' in layout)) throw new Error(`No folder for the collection ${name}.`);
  return layout;
}

/** Decap's names for the collections: the registry's keys, which are also the entries' folders' owners. */
function folderCollection(name: CollectionName, ctx: CmsContext): Record<string, unknown> {
  const spec = COLLECTIONS[name];
  const p = CMS_COLLECTIONS[name];
  const { folder, extension } = folderLayout(name, ctx);
  const fields = objectFields(spec.schema, p.fields, ctx, name);
  if (p.body) {
    fields.push({ name: 'body', label: p.body.label, hint: p.body.hint, ...MARKDOWN_WIDGET, required: false });
  }
  const names = Object.keys(objectShape(spec.schema));
  const dated = names.includes('date');
  const collection: Record<string, unknown> = {
    name,
    label: p.label,
    label_singular: p.singular,
    description: p.description,
    folder,
    extension,
    format: 'frontmatter',
    create: true,
    identifier_field: 'title',
    // File names are web addresses: lower-case, hyphens, dated where the content is dated.
    slug: dated ? '{{fields.date}}-{{slug}}' : '{{slug}}',
    summary: dated ? '{{fields.date}} · {{title}}' : '{{title}}',
    sortable_fields: dated ? [{ field: 'date', label: 'Date', default_sort: 'desc' }, 'title'] : ['title'],
    // "View on site" links: pages live at the top level, services are listed together at /support/.
    preview_path: previewPath(name),
    fields,
  };
  if (name === 'classUpdates') {
    // content/class-updates/<class>/<date>-<title>.md, and the photos beside the other photos of
    // that class and day, so two phones' IMG_0001.jpg never meet.
    collection.slug = '{{slug}}';
    // No "fields." here: Decap turns dots in a path template into hyphens.
    collection.path = '{{class}}/{{date}}-{{slug}}';
    collection.media_folder = `/${cmsMediaFolder(ctx.contentDir)}/classes/{{fields.class}}/{{fields.date}}`;
    collection.public_folder = '/uploads/classes/{{fields.class}}/{{fields.date}}';
    collection.view_filters = ctx.classes.map((c) => ({ label: c.title, field: 'class', pattern: `^${c.slug}$` }));
    collection.view_groups = [{ label: 'Class', field: 'class' }];
  }
  if (name === 'newsletters') {
    collection.media_folder = `/${cmsMediaFolder(ctx.contentDir)}/newsletters`;
    collection.public_folder = '/uploads/newsletters';
  }
  if (name === 'events') {
    collection.summary = '{{fields.start}} · {{title}}';
    collection.sortable_fields = [{ field: 'start', label: 'Date', default_sort: 'desc' }, 'title'];
  }
  return collection;
}

function settingsCollection(ctx: CmsContext): Record<string, unknown> {
  const layout = cmsEntryLayouts(ctx).find((l) => l.name === SETTINGS_COLLECTION)!;
  if (!('file' in layout)) throw new Error('The settings are one file.');
  return {
    name: SETTINGS_COLLECTION,
    label: 'School details',
    description: 'The school’s name, address, contact details and the school day, used on every page.',
    editor: { preview: false },
    files: [
      {
        name: layout.entry,
        label: 'School details',
        file: layout.file,
        fields: objectFields(settingsSchema, CMS_SETTINGS, ctx, 'settings'),
      },
    ],
  };
}

/** The CMS's name for the translations of a collection into a language: `policies__pl`. */
export function translationCollectionName(collection: TranslatableCollection, language: string): string {
  return `${collection}__${language}`;
}

/**
 * Translations of policies, newsletters and pages, one collection per language:
 * `content/<collection>/<lang>/<original>.md`, named after the English original the editor chooses.
 */
function translationCollection(name: TranslatableCollection, language: { code: string; name: string }, ctx: CmsContext): Record<string, unknown> {
  const base = CMS_COLLECTIONS[name];
  const fields = objectFields(translationSchema, CMS_TRANSLATION, ctx, `${name} (${language.code})`);
  const original = fields.find((f) => f.name === 'original')!;
  // The file is named after the original, so the CMS needs it even though a hand-written file does not.
  Object.assign(original, { collection: name, required: true, hint: `${original.hint} The translation appears at the same address with /${language.code}/ in front.` });
  fields.push({ name: 'body', label: 'Translated text', hint: 'The whole text, translated. Keep the same headings as the English.', ...MARKDOWN_WIDGET, required: false });
  const path = previewPath(name);
  const { folder, extension } = folderLayout(translationCollectionName(name, language.code), ctx);
  return {
    name: translationCollectionName(name, language.code),
    label: `${base.label} in ${language.name}`,
    label_singular: `${base.singular} in ${language.name}`,
    description: `Translations into ${language.name} (${language.code}). Each one is named after its English original, and the English page links to it.`,
    folder,
    extension,
    format: 'frontmatter',
    create: true,
    identifier_field: 'title',
    slug: '{{fields.original}}',
    summary: '{{title}}',
    sortable_fields: ['title'],
    preview_path: `${language.code}/${path}`,
    fields,
  };
}

/** Every collection, class updates first: they are what most editors come for; translations last. */
export function cmsCollections(ctx: CmsContext): Record<string, unknown>[] {
  const order: CollectionName[] = ['classUpdates', 'newsletters', 'events', 'curriculumLetters', 'classes', 'policies', 'pages', 'surveys', 'services'];
  const missing = (Object.keys(COLLECTIONS) as CollectionName[]).filter((n) => !order.includes(n));
  const translations = (ctx.languages ?? []).flatMap((language) =>
    TRANSLATABLE.map((name) => translationCollection(name, language, ctx)),
  );
  return [...[...order, ...missing].map((name) => folderCollection(name, ctx)), ...translations, settingsCollection(ctx)];
}

// ---------------------------------------------------------------------------------------------
// Backend: which Git host, chosen by environment variables

/** The environment variables that choose and set up the Git host. */
export interface CmsEnvironment {
  /** `gitlab`, `github`, `gitea` or `forgejo`. Unset: the local Git backend only (`npm start`). */
  CMS_BACKEND?: string;
  /** The repository, `owner/name` (GitLab: the project path, such as `school/website`). */
  CMS_REPO?: string;
  /** The branch the site is built from. Default `main`. */
  CMS_BRANCH?: string;
  /** GitLab, Gitea, Forgejo: the OAuth application's ID (client ID), from the host's settings. */
  CMS_APP_ID?: string;
  /** GitLab, Gitea, Forgejo: the host's address (default https://gitlab.com). GitHub: the OAuth provider's address. */
  CMS_BASE_URL?: string;
  /** The host's API address, when it is not the usual one for the host. */
  CMS_API_ROOT?: string;
  /** GitHub: the OAuth provider's login path (default `auth`). */
  CMS_AUTH_ENDPOINT?: string;
  /** GitHub: the `site_id` sent to the OAuth provider (default: the site's host name). */
  CMS_SITE_DOMAIN?: string;
  /** `simple` to publish straight away instead of draft → in review → ready → published. */
  CMS_PUBLISH_MODE?: string;
  /** Set by `npm start`: the local Git backend's address (decap-server). */
  CMS_LOCAL_BACKEND?: string;
  /** Set by `npm start`: the branch checked out locally, which local edits are committed to. */
  CMS_LOCAL_BRANCH?: string;
}

export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

/** The backend part of the configuration, or the reasons it cannot be built. */
export interface CmsBackend {
  /** False when no Git host is set up and there is no local backend: the admin page says so. */
  configured: boolean;
  backend: Record<string, unknown>;
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow' | 'simple';
  /** Origins the admin page talks to (for its Content-Security-Policy). */
  connect: string[];
  /** Origins of avatars and pictures the Git host serves. */
  images: string[];
  /** What is wrong with the environment, in words for whoever sets up the hosting. */
  problems: string[];
}

function origin(url: string): string {
  return new URL(url).origin;
}

function httpsAddress(value: string | undefined, variable: string, problems: string[]): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) problems.push(`${variable} must start with https:// (it is "${value}").`);
    return value.replace(/\/+$/, '');
  } catch {
    problems.push(`${variable} is not a web address (it is "${value}"); write it like https://gitlab.example.org`);
    return undefined;
  }
}

/**
 * The Git host from the environment. `dev` is true under `astro dev`, where the local Git backend
 * (decap-server, started by `npm start`) is always offered on this computer.
 */
export function cmsBackend(env: CmsEnvironment, dev: boolean): CmsBackend {
  const problems: string[] = [];
  const name = (env.CMS_BACKEND ?? '').trim().toLowerCase();
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const localUrl = env.CMS_LOCAL_BACKEND?.trim() || (dev ? DEFAULT_LOCAL_BACKEND : '');
  const local = localUrl ? { url: localUrl } : undefined;
  const localBranch = env.CMS_LOCAL_BRANCH?.trim() || branch;
  let publish: CmsBackend['publish_mode'] = env.CMS_PUBLISH_MODE?.trim() === 'simple' ? 'simple' : 'editorial_workflow';
  const connect: string[] = local ? [origin(local.url)] : [];
  const images: string[] = [];
  let backend: Record<string, unknown>;

  const repo = env.CMS_REPO?.trim();
  const needRepo = () => {
    if (!repo) problems.push(`CMS_BACKEND is ${name}, so CMS_REPO must name the repository, such as school/website.`);
    else if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) problems.push(`CMS_REPO "${repo}" is not a repository name: write it as owner/name, such as school/website.`);
  };
  const needAppId = () => {
    if (!env.CMS_APP_ID?.trim()) problems.push(`CMS_BACKEND is ${name}, so CMS_APP_ID must be the OAuth application's ID from ${name === 'gitlab' ? 'GitLab' : name === 'gitea' ? 'Gitea' : 'Forgejo'} (see “Connecting the school’s Git host” in docs/setting-up.md).`);
  };

  switch (name) {
    case '':
    case 'local':
      backend = { name: 'proxy', proxy_url: localUrl || DEFAULT_LOCAL_BACKEND, branch: localBranch };
      return { configured: Boolean(local), backend, local_backend: local, publish_mode: publish, connect, images, problems };
    case 'gitlab': {
      needRepo();
      needAppId();
      const base = httpsAddress(env.CMS_BASE_URL, 'CMS_BASE_URL', problems) ?? 'https://gitlab.com';
      const api = httpsAddress(env.CMS_API_ROOT, 'CMS_API_ROOT', problems) ?? `${base}/api/v4`;
      backend = { name, repo, branch, auth_type: 'pkce', app_id: env.CMS_APP_ID?.trim(), base_url: base, auth_endpoint: 'oauth/authorize', api_root: api };
      connect.push(origin(base), origin(api));
      images.push(origin(base), 'https://secure.gravatar.com');
      break;
    }
    case 'gitea':
    case 'forgejo': {
      needRepo();
      needAppId();
      const base = httpsAddress(env.CMS_BASE_URL, 'CMS_BASE_URL', problems);
      if (!base) problems.push(`CMS_BACKEND is ${name}, so CMS_BASE_URL must be the address of your ${name === 'gitea' ? 'Gitea' : 'Forgejo'} server, such as https://git.example.org`);
      const api = httpsAddress(env.CMS_API_ROOT, 'CMS_API_ROOT', problems) ?? (base ? `${base}/api/v1` : undefined);
      backend = { name, repo, branch, app_id: env.CMS_APP_ID?.trim(), api_root: api, ...(name === 'gitea' ? { base_url: base, auth_endpoint: `${base}/login/oauth/authorize` } : {}) };
      // Decap's Gitea backend has no editorial workflow (its Forgejo backend has one).
      if (name === 'gitea') publish = 'simple';
      if (base) connect.push(origin(base));
      if (api) connect.push(origin(api));
      if (base) images.push(origin(base));
      images.push('https://secure.gravatar.com');
      break;
    }
    case 'github': {
      needRepo();
      const base = httpsAddress(env.CMS_BASE_URL, 'CMS_BASE_URL', problems);
      if (!base) problems.push('CMS_BACKEND is github, so CMS_BASE_URL must be the address of your OAuth provider (the small service that logs editors in with GitHub), such as https://cms-auth.example.org');
      const api = httpsAddress(env.CMS_API_ROOT, 'CMS_API_ROOT', problems) ?? 'https://api.github.com';
      backend = {
        name,
        repo,
        branch,
        base_url: base,
        auth_endpoint: env.CMS_AUTH_ENDPOINT?.trim() || 'auth',
        api_root: api,
        ...(env.CMS_SITE_DOMAIN?.trim() ? { site_domain: env.CMS_SITE_DOMAIN.trim() } : {}),
      };
      // githubstatus.com: the CMS warns editors when GitHub itself is having problems.
      connect.push(origin(api), 'https://www.githubstatus.com');
      images.push('https://avatars.githubusercontent.com');
      break;
    }
    default:
      problems.push(`CMS_BACKEND "${env.CMS_BACKEND}" is not one this site supports: use gitlab, github, gitea or forgejo (or leave it unset for local editing only).`);
      backend = { name: 'proxy', proxy_url: DEFAULT_LOCAL_BACKEND, branch };
  }
  return { configured: problems.length === 0, backend, local_backend: local, publish_mode: publish, connect: [...new Set(connect)], images: [...new Set(images)], problems };
}

// ---------------------------------------------------------------------------------------------
// The whole configuration

export interface CmsConfigInput extends CmsContext {
  backend: CmsBackend;
  /** The school's name, shown on the login page and in the browser tab. */
  schoolName: string;
  /** The public site's address, for "view on site" links. */
  siteUrl: string;
}

/** The complete Decap configuration (what `/admin/config.yml` shows). */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const { backend } = input;
  return {
    load_config_file: false,
    backend: backend.backend,
    ...(backend.local_backend ? { local_backend: backend.local_backend } : {}),
    publish_mode: backend.publish_mode,
    locale: 'en',
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    logo: { src: '/admin/logo.svg', show_in_header: true },
    show_preview_links: true,
    media_folder: cmsMediaFolder(input.contentDir),
    public_folder: '/uploads',
    // Phone photos are 4000 pixels wide and carry where they were taken. The browser shrinks them
    // to 2000 pixels and re-encodes them (which drops that data) before anything is committed;
    // the build then makes the small versions parents download.
    media_processing: { enabled: true, strip_metadata: true, width: 2000, quality: 85 },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: cmsCollections(input),
  };
}

/** The fields of a collection (or of the settings file) in a configuration. */
export function configFields(config: Record<string, unknown>, collection: string): CmsField[] {
  const c = (config.collections as Record<string, any>[]).find((x) => x.name === collection);
  if (!c) throw new Error(`No collection ${collection} in the CMS configuration.`);
  return (c.fields ?? c.files[0].fields) as CmsField[];
}

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy for /admin/ only

/**
 * The admin page's policy. The CMS needs what public pages never allow: inline styles (its
 * components are styled at run time), `unsafe-eval` (it compiles its configuration checks),
 * `blob:` pictures (uploads before they are saved) and requests to the Git host. Scripts still come
 * only from this site, and nothing may frame the page or post a form elsewhere.
 */
export function adminContentSecurityPolicy(backend: CmsBackend): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${backend.images.join(' ')}`.trim(),
    "font-src 'self' data:",
    // blob: the CMS reads back the pictures it has just resized before committing them.
    `connect-src 'self' blob: ${backend.connect.join(' ')}`.trim(),
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** A colour custom property's value in a stylesheet (`--colour-brand: #1f5a4a;`). */
export function cssColour(css: string, property: string): string | undefined {
  const m = new RegExp(`${property.replace(/[-]/g, '\\-')}\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css);
  return m?.[1];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first letters of the name's main words ("Hazelbrook Primary School" → "HP"). */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w) && !/^(School|Academy|The|Of|And|C\.?E\.?)$/i.test(w));
  return (words.length ? words : name.split(/\s+/)).slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join('');
}

/**
 * The CMS logo as SVG: a badge with the school's initials in its brand and accent colours (read
 * from the site's design tokens) and the school's name beside it.
 */
export function cmsLogo(schoolName: string, tokensCss: string): string {
  const brand = cssColour(tokensCss, '--colour-brand') ?? '#1f5a4a';
  const accent = cssColour(tokensCss, '--colour-accent') ?? '#f2c14e';
  const text = cssColour(tokensCss, '--colour-brand-dark') ?? brand;
  const name = escapeXml(schoolName);
  // Wide enough for the name at about 11 pixels a letter, so it scales down rather than being cut off.
  const width = 76 + Math.ceil(schoolName.length * 11.5) + 8;
  const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 64" width="${width}" height="64" role="img" aria-label="${name}">
  <rect x="0" y="0" width="64" height="64" rx="12" fill="${brand}"/>
  <text x="32" y="42" text-anchor="middle" font-family="${font}" font-size="26" font-weight="700" fill="${accent}">${escapeXml(initials(schoolName))}</text>
  <text x="76" y="40" font-family="${font}" font-size="20" font-weight="600" fill="${text}">${name}</text>
</svg>
`;
}
