/**
 * Reading the content model's schemas as data: a field's inner type under its optional and
 * default wrappers, and the fields of a group. The editor's configuration, the content check's
 * messages and the generated reference all read schemas this one way.
 */
import type { z } from 'astro/zod';

/** A schema whose definition is read directly (zod keeps it in `def`, which its types do not describe). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- zod's internal definition is untyped; every reader checks `def.type` first.
export type AnySchema = z.ZodType & { def: any; [key: string]: any };

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

/** The item schema of a list schema, if it is one. */
export function listItem(schema: z.ZodType): z.ZodType | undefined {
  const { inner } = unwrapField(schema);
  return inner.def.type === 'array' ? (inner.def.element as z.ZodType) : undefined;
}

/** The fields of a group schema, or undefined for any other schema. */
export function groupShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const { inner } = unwrapField(schema);
  return inner.def.type === 'object' ? (inner.shape as Record<string, z.ZodType>) : undefined;
}
