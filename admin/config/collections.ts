/**
 * The editor's collections: one per kind of content (from the content model, src/schemas), one per
 * translatable kind and language, and the school's settings file, each with where its entries
 * live. What the local Git backend lets the editor read and write is derived from the same layouts.
 */
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../src/schemas/index';
import { objectShape } from '../../src/schemas/introspect';
import { previewPath } from '../../src/schemas/routes';
import { settingsSchema } from '../../src/schemas/settings';
import { TRANSLATABLE, translationSchema, type TranslatableCollection } from '../../src/schemas/translation';
import { SETTINGS_FILE } from '../../src/lib/content/settings';
import { CMS_COLLECTIONS, CMS_SETTINGS, CMS_TRANSLATION } from './fields';
import { objectFields, type CmsContext } from './widgets';

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
    // The class in each row, so a teacher sees whose update it is before finding the filter.
    collection.summary = '{{fields.date}} · {{fields.class | upper}} · {{title}}';
    collection.view_filters = ctx.classes.map((c) => ({ label: c.title, field: 'class', pattern: `^${c.slug}$` }));
    collection.view_groups = [{ label: 'Class', field: 'class' }];
  }
  if (name === 'newsletters') {
    collection.media_folder = `/${cmsMediaFolder(ctx.contentDir)}/newsletters`;
    collection.public_folder = '/uploads/newsletters';
  }
  if (name === 'vacancies') {
    // The advert's address is the job (/vacancies/year-4-class-teacher/), not the day it was posted.
    collection.slug = '{{slug}}';
    collection.summary = '{{fields.closes}} · {{title}}';
  }
  if (name === 'notices') {
    collection.summary = '{{fields.starts}} · {{title}}';
    collection.sortable_fields = [{ field: 'starts', label: 'Goes up', default_sort: 'desc' }, 'title'];
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
  Object.assign(original, {
    collection: name,
    required: true,
    hint: `${original.hint} The translation appears at the same address with /${language.code}/ in front.`,
  });
  fields.push({
    name: 'body',
    label: 'Translated text',
    hint: 'The whole text, translated. Keep the same headings as the English.',
    ...MARKDOWN_WIDGET,
    required: false,
  });
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

/**
 * Every collection, class updates first: they are what most editors come for; urgent notices next,
 * so the office finds them at once on a snow morning; translations last.
 */
export function cmsCollections(ctx: CmsContext): Record<string, unknown>[] {
  const order: CollectionName[] = [
    'classUpdates',
    'notices',
    'newsletters',
    'events',
    'clubs',
    'curriculumLetters',
    'classes',
    'policies',
    'pages',
    'surveys',
    'services',
  ];
  const missing = (Object.keys(COLLECTIONS) as CollectionName[]).filter((n) => !order.includes(n));
  const translations = (ctx.languages ?? []).flatMap((language) => TRANSLATABLE.map((name) => translationCollection(name, language, ctx)));
  return [...[...order, ...missing].map((name) => folderCollection(name, ctx)), ...translations, settingsCollection(ctx)];
}
