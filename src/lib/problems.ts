/** How content problems are described to a school editor. */

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

/** Turns schema issues into problems, replacing the few generic messages with plain words. */
export function formatIssues(file: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    let message = issue.message;
    if (/received undefined/.test(message)) message = 'is missing. Please fill it in.';
    else if (issue.code === 'invalid_type') message = message.replace(/^Invalid input: expected (\w+), received (\w+)$/, 'must be $1, not $2.');
    return { file, field: issue.path.length ? fieldName(issue.path) : undefined, message };
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
