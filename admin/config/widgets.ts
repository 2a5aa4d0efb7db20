/**
 * Each field's editor in the configuration, from its schema and its wording: a field's name,
 * whether it is required and its type or choices come from `src/schemas/`, its label, hint and
 * editor from `./fields.ts`, so the editor's forms can never drift from what the build accepts.
 */
import type { z } from 'astro/zod';
import { EARLIEST_DATE, dateFieldOf, latestDate, uploadPath, type DateField } from '../../src/schemas/common';
import { objectShape, unwrapField, type AnySchema } from '../../src/schemas/introspect';
import type { FieldPresentation } from './fields';

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
const DATE_OR_TIME_PATTERN = [
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$',
  'write a date such as 2026-10-14, or a date and school time such as 2026-10-14T18:00',
] as const;

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
  const time = { 'date-or-time': '(T\\d{2}:\\d{2})?', datetime: 'T\\d{2}:\\d{2}', date: '' }[field.kind];
  const shape = {
    'date-or-time': 'a date such as 2026-10-14, or a date and school time such as 2026-10-14T18:00,',
    datetime: 'a date and school time such as 2026-10-14T18:00',
    date: 'a date',
  }[field.kind];
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
      return {
        widget: 'relation',
        collection: 'classes',
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
        options_length: 100,
        ...(p.widget === 'classes' ? { multiple: true } : {}),
      };
    case 'original':
      return { widget: 'relation', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], options_length: 300 };
    case 'policies':
      return {
        widget: 'relation',
        collection: 'policies',
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
        options_length: 200,
        multiple: true,
      };
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
    const min = (schema.def.checks as { _zod?: { def?: { check?: string; minimum?: number } } }[] | undefined)?.find((c) => c._zod?.def?.check === 'min_length')
      ?._zod?.def?.minimum;
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
export function objectFields(
  schema: z.ZodType,
  presentation: Record<string, FieldPresentation>,
  ctx: CmsContext,
  where: string,
  insideOptional = false,
): CmsField[] {
  return Object.entries(objectShape(schema)).map(([name, fieldSchema]) => {
    const p = presentation[name];
    if (!p) throw new Error(`${where} → ${name} has no label or hint in admin/config/fields.ts. Add one so editors know what to write.`);
    return fieldFor(name, fieldSchema, p, ctx, `${where} → ${name}`, insideOptional);
  });
}
