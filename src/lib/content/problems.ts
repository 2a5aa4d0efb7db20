/** How content problems are described to a school editor. */
import type { z } from 'astro/zod';
import { groupShape, listItem } from '../../schemas/introspect';

/** One thing wrong with the content: the file, the field (if any) and what would be valid. */
export interface Problem {
  file: string;
  field?: string;
  message: string;
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** Writes a field path the way an editor reads it: `images 2 → alt` (items counted from 1). */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `${i === 0 ? 'item ' : ''}${part + 1}` : String(part)))
    .join(' → ')
    .replace(/ → (\d+)/g, ' $1');
}

/** Zod's names for kinds of value, as an editor would say them. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  date: 'a date',
};

/** Turns schema issues into problems, replacing the few generic messages with plain words. */
export function formatIssues(file: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    let message = issue.message;
    if (/received undefined/.test(message)) message = 'is missing. Please fill it in.';
    else if (/received null/.test(message)) message = 'is empty. Please fill it in.';
    else if (issue.code === 'invalid_type') {
      message = message.replace(/^Invalid input: expected (\w+), received (\w+)$/, (_, want: string, got: string) => `must be ${KINDS[want] ?? want}, not ${KINDS[got] ?? got}.`);
    }
    return { file, field: issue.path.length ? fieldName(issue.path) : undefined, message };
  });
}

/** The fields an object schema accepts, in order (none for other schemas). */
export function fieldsOf(schema: z.ZodType): string[] {
  return Object.keys(groupShape(schema) ?? {});
}

/**
 * Fields an editor wrote that the schema does not know, with the fields allowed where each was
 * written. A misspelt `drafts: true` would otherwise be ignored and publish something meant to
 * stay hidden, so unknown fields are errors.
 */
export function unknownFields(schema: z.ZodType, data: unknown, path: (string | number)[] = []): { path: (string | number)[]; allowed: string[] }[] {
  const shape = groupShape(schema);
  if (shape && data && typeof data === 'object' && !Array.isArray(data)) {
    return Object.entries(data).flatMap(([key, value]) =>
      key in shape ? unknownFields(shape[key]!, value, [...path, key]) : [{ path: [...path, key], allowed: Object.keys(shape) }],
    );
  }
  const element = listItem(schema);
  if (element && Array.isArray(data)) return data.flatMap((item, i) => unknownFields(element, item, [...path, i]));
  return [];
}

/** How many single-letter changes turn `a` into `b` (Levenshtein distance). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The name in `names` that `typed` is most likely a misspelling of, if any is close. */
export function closestName(typed: string, names: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (distance <= Math.max(1, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** One problem per unknown field; `what` names the kind of file ("this kind of entry", "the settings file"). */
export function unknownFieldProblems(file: string, schema: z.ZodType, data: unknown, what = 'this kind of entry'): Problem[] {
  return unknownFields(schema, data).map(({ path, allowed }) => {
    const where = path.length > 1 ? `of ${fieldName(path.slice(0, -1))}` : `${what} has`;
    const guess = closestName(String(path.at(-1)), allowed);
    return {
      file,
      field: fieldName(path),
      message: `is not a field ${where}, so it would be ignored.${guess ? ` Did you mean ${guess}?` : ''} Check the spelling; the fields${path.length > 1 ? ' there' : ''} are: ${allowed.join(', ')}.`,
    };
  });
}

/** An error whose message lists content problems for a school editor. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The site was not built because ${problems.length === 1 ? 'one thing needs' : `${problems.length} things need`} fixing in the content:\n\n` +
        problems.map((p) => `  • ${p.file}${p.field ? ` — ${p.field}` : ''}: ${p.message}`).join('\n') +
        '\n',
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}
