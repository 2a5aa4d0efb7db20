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

/** The name the site's date box (admin/browser/dates.ts) is registered under. */
export const DATE_WIDGET = 'school-date';

/**
 * Every date field's editor, chosen by its schema (src/schemas/common.ts), never by listing
 * fields: a box that takes dates as the office types them (10/12/2026, 10/12/2026 18:00) with a
 * calendar to pick from (the phone's own), saving `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` in school
 * time with no offset; an "All day" switch where a date or a date and time will do (an event's
 * start and end); and the field's years, worked out when the site is built. The check before
 * saving (admin/entry-check.ts) runs the schema itself, with today's date.
 */
export function dateWidget(field: DateField, ctx: Pick<CmsContext, 'timeZone' | 'today'>): Partial<CmsField> {
  return {
    widget: DATE_WIDGET,
    kind: field.kind,
    ...(field.yearsAhead === undefined ? {} : { min: EARLIEST_DATE, max: latestDate(field.yearsAhead) }),
    time_zone: ctx.timeZone ?? 'Europe/London',
    ...(ctx.today ? { today: ctx.today } : {}),
  };
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
  /** The school's time zone, in which a new entry is dated today (Europe/London when not given). */
  timeZone?: string;
  /**
   * The demonstration school's date (its settings' demo_date): a new entry is dated that day rather
   * than the computer's today, so what a newcomer writes appears on the demo, which is shown as on it.
   */
  today?: string;
}

function lengthPattern(schema: AnySchema): [string, string] | undefined {
  const max = schema.maxLength as number | null | undefined;
  return typeof max === 'number' ? [`^[\\s\\S]{0,${max}}$`, `keep it to ${max} characters or fewer`] : undefined;
}

function presentationWidget(p: FieldPresentation, ctx: CmsContext): Partial<CmsField> | undefined {
  switch (p.widget) {
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
      // Needed whenever there are photos (the widget checks), so not labelled "optional".
      return { widget: 'photo-consent', required: true };
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
  const date = dateFieldOf(inner);
  const widget =
    (p.widget === 'hidden' ? { widget: 'hidden', ...(date ? { kind: date.kind } : {}) } : undefined) ??
    (date && { ...dateWidget(date, ctx), ...(p.today ? { default: '{{now}}' } : {}) }) ??
    presentationWidget(p, ctx) ??
    typeWidget(inner, p, ctx, where, insideOptional || optional);
  if (widget.widget === 'object' && optional) widget.collapsed = true;
  const field: CmsField = { name, label: p.label, hint: p.hint, widget: 'string', required, ...widget };
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
