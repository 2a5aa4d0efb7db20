/**
 * A value written as text that is the same whenever the value is the same, whatever order its
 * object's keys were set in, and different whenever the value differs. The build keys each kept
 * page by this text of everything the page shows (see src/data/page-cache.ts), so anything it
 * cannot write faithfully is refused rather than skipped: `JSON.stringify` writes a Map or a Set
 * as `{}` and leaves a function out, and a key that silently lost part of a page's inputs would
 * publish a stale page. What JSON cannot write (undefined, NaN, a Date, a Map…) is written after a
 * `!`, which starts no JSON value, so it never reads the same as a string or an object JSON can write.
 */

/** Thrown when a value holds something that has no faithful text (a function, a class instance…). */
export class UnkeyableValue extends Error {}

function write(value: unknown, path: string, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // NaN and the infinities are told apart (JSON writes them all as null).
      return Number.isFinite(value) ? JSON.stringify(value) : `!${String(value)}`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return '!undefined';
    case 'object':
      break;
    default:
      throw new UnkeyableValue(`${path} is a ${typeof value}, which a page key cannot hold.`);
  }
  const object = value as object;
  if (seen.has(object)) throw new UnkeyableValue(`${path} refers back to itself.`);
  seen.add(object);
  try {
    if (Array.isArray(object)) return `[${object.map((item, i) => write(item, `${path}[${i}]`, seen)).join(',')}]`;
    if (object instanceof Date) return `!date${JSON.stringify(Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString())}`;
    if (object instanceof URL) return `!url${JSON.stringify(object.href)}`;
    if (object instanceof Map) {
      const entries = [...object.entries()].map(([k, v], i) => `[${write(k, `${path}.key${i}`, seen)},${write(v, `${path}.get(${String(k)})`, seen)}]`);
      return `!map[${entries.sort().join(',')}]`;
    }
    if (object instanceof Set)
      return `!set[${[...object]
        .map((item, i) => write(item, `${path}.item${i}`, seen))
        .sort()
        .join(',')}]`;
    const prototype = Object.getPrototypeOf(object) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new UnkeyableValue(
        `${path} is an instance of ${(object as { constructor?: { name?: string } }).constructor?.name ?? 'a class'}, which a page key cannot hold.`,
      );
    }
    const keys = Object.keys(object).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${write((object as Record<string, unknown>)[key], `${path}.${key}`, seen)}`).join(',')}}`;
  } finally {
    seen.delete(object);
  }
}

/** `value` as text: keys sorted, Maps, Sets, Dates and URLs written in full; throws `UnkeyableValue` on anything else. */
export function stableJson(value: unknown): string {
  return write(value, 'value', new Set());
}
