/**
 * Writes docs/reference.md, the reference of every content file, field and web address, from the
 * same sources the build and the editor use: the content model (src/schemas), the editor's field
 * wording (admin/config/fields.ts, through the generated CMS configuration) and the site's
 * addresses (src/lib/content/addresses.ts). Nothing in it is written by hand, so it cannot drift: a test
 * (tests/unit/reference-docs.test.ts) fails when the file is not what this script writes.
 *
 *   npm run docs             rewrite docs/reference.md
 *   npm run docs -- --check  exit 1 if docs/reference.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { cmsCollections } from '../admin/config/collections';
import { objectShape, unwrapField } from '../src/schemas/introspect';
import { DATE_WIDGET, type CmsField } from '../admin/config/widgets';
import { settingsSchema } from '../src/schemas/settings';
import { translationSchema } from '../src/schemas/translation';
import { latestDate } from '../src/schemas/common';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../src/schemas/index';
import { TRANSLATABLE } from '../src/schemas/translation';
import { SITE_ROUTES, TRUST_ROUTES, entryFiles, entryLink } from '../src/schemas/routes';
import { requirementWords, scopeWords } from '../src/lib/domain/statutory';
import { statutoryItems } from '../src/lib/content/statutory';

export const REFERENCE_FILE = 'docs/reference.md';

/** A table cell: one line, with the table's own separator escaped. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/**
 * A date box's years say "between 2000-01-01 and 2031-12-31", worked out from this year; the
 * reference says how many years ahead instead, so it reads the same next year.
 */
function yearsInWords(text: string): string {
  const thisYear = Number(latestDate(0).slice(0, 4));
  return text.replace(/between (\d{4}-\d{2}-\d{2}) and (\d{4})-12-31/g, (_, first: string, last: string) => {
    const ahead = Number(last) - thisYear;
    return `from ${first} to the end of ${ahead === 0 ? 'this year' : ahead === 1 ? 'next year' : `the year ${ahead} years from now`}`;
  });
}

/** "week" → "weeks", "dish" → "dishes". */
function plural(word: string): string {
  return /(s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`;
}

/** How a date field's value is written, by its kind. */
function dateShape(kind: unknown): string {
  if (kind === 'date') return 'a date, `YYYY-MM-DD`';
  if (kind === 'datetime') return 'a date and school time, `YYYY-MM-DDTHH:mm`';
  return 'a date, `YYYY-MM-DD`, or a date and school time, `YYYY-MM-DDTHH:mm`';
}

/** What kind of value a field takes, in an editor's words, from the editor's own configuration of it. */
function kindOf(field: CmsField): string {
  const pattern = Array.isArray(field.pattern) ? (field.pattern as string[]) : undefined;
  const limit = pattern ? /^\^\[\\s\\S\]\{0,(\d+)\}\$$/.exec(pattern[0]!)?.[1] : undefined;
  switch (field.widget) {
    case 'string':
      if (limit) return `text, at most ${limit} characters`;
      if (pattern) return `text: ${pattern[1]}`;
      return 'text';
    case 'text':
      return 'a few sentences';
    case 'markdown':
      return 'Markdown';
    case DATE_WIDGET: {
      const shape = dateShape(field.kind);
      return typeof field.max === 'string' ? `${shape}, ${yearsInWords(`between ${String(field.min)} and ${field.max}`)}` : shape;
    }
    case 'hidden':
      return `${field.kind ? dateShape(field.kind) : 'text'} (not shown in the editor)`;
    case 'number': {
      const range = [field.min !== undefined ? `from ${String(field.min)}` : '', field.max !== undefined ? `to ${String(field.max)}` : '']
        .filter(Boolean)
        .join(' ');
      return `${field.value_type === 'int' ? 'a whole number' : 'a number'}${range ? ` ${range}` : ''}`;
    }
    case 'boolean':
    case 'photo-consent':
      return '`true` or `false`';
    case 'select': {
      const values = (field.options as { value: string }[]).map((o) => `\`${o.value}\``);
      return `${field.multiple ? 'a list of' : 'one of'} ${values.join(', ')}`;
    }
    case 'relation': {
      const target = String(field.collection);
      const one = target === 'classes' ? 'class' : target === 'surveys' ? 'survey' : target === 'policies' ? 'policy' : 'original';
      return field.multiple ? `a list of ${one} file names` : `a ${one}'s file name`;
    }
    case 'image':
      return 'an uploaded picture, `/uploads/…`';
    case 'file':
      return 'an uploaded file, `/uploads/…`';
    case 'author':
      return 'text';
    case 'list':
      return field.fields ? `a list of ${plural(String(field.label_singular))}` : `a list of ${kindOf(field.field as CmsField)}`;
    case 'object':
      return 'a group of fields';
    default:
      return field.widget;
  }
}

/**
 * "required", "optional" or the default the build uses, from the schema itself: the editor marks
 * every field inside an optional group as optional (Decap would otherwise insist on an empty
 * group's fields), but the build still needs them once the group is filled in.
 */
function needOf(field: CmsField, schema: z.ZodType | undefined, inOptionalGroup: boolean): string {
  const { optional, defaultValue } = schema ? unwrapField(schema) : { optional: !field.required, defaultValue: undefined };
  if (!optional) return inOptionalGroup ? 'required in the group' : 'required';
  if (defaultValue !== undefined && typeof defaultValue !== 'object') return `optional, default \`${String(defaultValue)}\``;
  return 'optional';
}

/** The fields of a group, or of each item of a list of groups. */
function innerShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  if (!schema) return undefined;
  const { inner } = unwrapField(schema);
  if (inner.def.type === 'object') return objectShape(inner);
  if (inner.def.type === 'array' && unwrapField(inner.def.element).inner.def.type === 'object') return objectShape(inner.def.element);
  return undefined;
}

/** One row per field, inner fields of groups and lists under their parent (`images → alt`). */
function fieldRows(fields: CmsField[], shape: Record<string, z.ZodType> | undefined, prefix = '', inOptionalGroup = false): string[] {
  return fields.flatMap((field) => {
    const name = `${prefix}${field.name}`;
    const schema = shape?.[field.name];
    const row = `| \`${name}\` | ${cell(yearsInWords(kindOf(field)))} | ${needOf(field, schema, inOptionalGroup)} | **${cell(field.label)}.** ${cell(field.hint ?? '')} |`;
    const inner = (field.fields as CmsField[] | undefined) ?? [];
    const optionalGroup = schema ? unwrapField(schema).optional && unwrapField(schema).inner.def.type === 'object' : false;
    return [row, ...fieldRows(inner, innerShape(schema), `${name} → `, optionalGroup)];
  });
}

function fieldTable(fields: CmsField[], schema: z.ZodType): string {
  return ['| Field | Value | Needed | What to write |', '|---|---|---|---|', ...fieldRows(fields, objectShape(schema))].join('\n');
}

/** The file an entry lives in, written as a pattern. */
function filePattern(name: CollectionName): string {
  const spec: CollectionSpec = COLLECTIONS[name];
  return spec.nested ? `content/${spec.dir}/<class>/<name>.md` : `content/${spec.dir}/<name>.md`;
}

/** The name an entry's id stands for in the reference's patterns (`<class>/<name>` for class updates). */
const idPattern = (name: CollectionName) => ((COLLECTIONS[name] as CollectionSpec).nested ? '<class>/<name>' : '<name>');

/** The web address of an entry, written as a pattern (from the route table), or where it is shown. */
function addressPattern(name: CollectionName): string {
  const url = entryLink(name, idPattern(name));
  if (!url) return '–';
  return url.includes('#') ? `shown at \`${url}\`` : `\`${url}\``;
}

/** Feeds, calendars and email versions published with each entry (from the route table). */
function entryFilesPattern(name: CollectionName): string {
  return entryFiles(name, idPattern(name))
    .map((f) => `\`${f}\``)
    .join(', ');
}

/** The whole reference, as Markdown. */
export function referenceMarkdown(): string {
  const collections = cmsCollections({
    contentDir: 'content',
    classes: [],
    statutory: statutoryItems().map((item) => ({ key: item.key, title: item.title })),
    languages: [{ code: '<lang>', name: 'a language' }],
  }) as (Record<string, unknown> & { name: string; label: string; description: string; fields: CmsField[]; files?: { fields: CmsField[] }[] })[];
  const byName = new Map(collections.map((c) => [c.name, c]));
  const out: string[] = [
    '# Reference: content files, fields and web addresses',
    '',
    '<!-- Written by `npm run docs` from src/schemas (the content model and its route table) and admin/config/fields.ts. Do not edit: change those and run it again. -->',
    '',
    'Every kind of content, the file it lives in, the address it is published at, and every field it',
    'takes, with the wording the editor shows. File and field names are a public contract: links and',
    'content depend on them, so they change only with a migration note in the README. File names are',
    'the web address: lower-case letters, numbers and hyphens (`2026-10-09-leaf-hunt.md`).',
    '',
    '## Addresses',
    '',
    '| Content | File | Web address | With it |',
    '|---|---|---|---|',
  ];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const extra = entryFilesPattern(name);
    out.push(`| ${cell(byName.get(name)!.label)} | \`${filePattern(name)}\` | ${addressPattern(name)} | ${extra || '–'} |`);
  }
  out.push('| School details | `content/settings/school.yaml` | (used on every page) | – |');
  out.push(
    '| Uploaded pictures and files | `content/uploads/…`, written in content as `/uploads/…` | pictures: resized copies only; documents: at the same address, when published content links to them | – |',
  );
  const translatable = TRANSLATABLE;
  out.push(
    `| Translation (${translatable.map((t) => byName.get(t)!.label.toLowerCase()).join(', ')}) | \`content/<collection>/<lang>/<name>.md\`, named like the original | \`/<lang>\` in front of the original's address | – |`,
  );
  out.push(
    '',
    'Pages and files every site has:',
    '',
    Object.values(SITE_ROUTES)
      .map((r) => `\`${r}\``)
      .join(', '),
    '',
    'Pages only a trust’s own site has (see [trusts](trusts.md)); no school’s page may take their names either:',
    '',
    Object.values(TRUST_ROUTES)
      .map((r) => `\`${r}\``)
      .join(', '),
    '',
  );
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const c = byName.get(name)!;
    out.push(
      `## ${c.label}`,
      '',
      `${c.description} File: \`${filePattern(name)}\`. Address: ${addressPattern(name)}.`,
      '',
      fieldTable(c.fields, COLLECTIONS[name].schema),
      '',
    );
  }
  const translation = collections.find((c) => c.name.endsWith('__<lang>'))!;
  out.push(
    '## Translations',
    '',
    `A translation of a ${translatable
      .map((t) => byName.get(t)!.label_singular as string)
      .join(', ')
      .toLowerCase()}: \`content/<collection>/<lang>/<name>.md\`, with the same file name as the English original. Everything else (dates, category, pictures) comes from the original.`,
    '',
    fieldTable(translation.fields, translationSchema),
    '',
  );
  const settings = byName.get('settings')!;
  out.push(
    '## School details',
    '',
    `${settings.description as string} File: \`content/settings/school.yaml\`.`,
    '',
    fieldTable(settings.files![0]!.fields, settingsSchema),
    '',
  );
  out.push(
    '## Statutory list keys',
    '',
    'What a policy or page lists under `statutory:` to say it provides an item (from `src/data/statutory.yaml`).',
    '',
    '| Key | Item | Must or should | Applies to |',
    '|---|---|---|---|',
    ...statutoryItems().map((item) => `| \`${item.key}\` | ${cell(item.title)} | ${requirementWords(item)} | ${scopeWords(item)} |`),
    '',
  );
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = referenceMarkdown();
  if (process.argv.includes('--check')) {
    if (readFileSync(REFERENCE_FILE, 'utf8') !== text) {
      console.error(`${REFERENCE_FILE} is out of date: run npm run docs and commit the result.`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(REFERENCE_FILE, text);
    console.log(`Wrote ${REFERENCE_FILE}.`);
  }
}
