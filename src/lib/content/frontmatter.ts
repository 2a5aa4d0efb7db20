/**
 * Reads a Markdown file's frontmatter the way editors wrote it. YAML 1.2's core schema keeps
 * `2026-02-30` as text, so an impossible date is reported instead of becoming 2 March.
 */
import { parseDocument, visit, type Document } from 'yaml';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** Set when the frontmatter is not valid YAML: what is wrong and on which line. */
  error?: string;
}

/** More repetitions (`*alias`) than any school's file needs; a "billion laughs" file needs far more. */
const MAX_ALIASES = 100;

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/;

/** Splits a Markdown file into its YAML frontmatter (as plain data) and its body. */
export function parseMarkdownFile(source: string): ParsedFile {
  const m = FRONTMATTER.exec(source);
  if (!m) return { data: {}, body: source, error: 'has no frontmatter: the file must start with --- then the fields, then --- again.' };
  // The fields start on the file's second line, after the opening ---.
  const parsed = parseYaml(m[1] ?? '', 2);
  return { ...parsed, body: m[2] ?? '' };
}

/** A Markdown file's body: what follows its frontmatter (the whole text when it has none). */
export function markdownBody(source: string): string {
  return FRONTMATTER.exec(source)?.[2] ?? source;
}

/** The line (counted from 1) of a character in `source`. */
function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

/** `title: "Behaviour: how we help"`: the line with its value in quotes, as an example to copy. */
function quotedExample(line: string): string {
  const m = /^(\s*(?:- )?[^:]+):\s*(.*?)\s*$/.exec(line);
  if (!m) return 'title: "Behaviour: how we help children"';
  const value = m[2]!.includes('"') ? `'${m[2]!.replace(/'/g, "''")}'` : `"${m[2]}"`;
  return `${m[1]!.trim()}: ${value}`;
}

/** Where a quoted value with no closing quote mark starts: the error itself points at the end of the file. */
function unclosedQuoteStart(doc: Document, errorOffset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const [from, , to] = node.range ?? [];
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && from !== undefined && to !== undefined && from < errorOffset && errorOffset <= to) start = from;
    },
  });
  return start;
}

/** The first syntax error in plain words, with the line (in the file) it is on. */
function describeYamlError(source: string, doc: Document, firstLine: number): string {
  const errors = doc.errors;
  const first = errors[0]!;
  const lineText = (line: number | undefined) => (line ? (source.split('\n')[line - 1] ?? '') : '');
  const fileLine = (line: number) => line + firstLine - 1;
  const indented = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  let line = first.linePos?.[0]?.line;
  let detail: string;
  if (first.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:- )?([^:]+):/.exec(lineText(line))?.[1]?.trim();
    detail = `${key ? `the field ${key}` : 'a field'} is written twice. Keep only one of them`;
  } else if (indented) {
    line = indented.linePos?.[1]?.line ?? line;
    detail = 'this line starts with spaces, so it is read as part of the line above. Remove the spaces at the start of the line, or put quotes around the value if it really goes on from the line above';
  } else if (first.code === 'BLOCK_AS_IMPLICIT_KEY') {
    detail = `a value contains a colon followed by a space (": "). Put quotes around the value, like this: ${quotedExample(lineText(line))}`;
  } else if (first.code === 'MISSING_CHAR' && /quote/.test(first.message)) {
    const start = unclosedQuoteStart(doc, first.pos[0]);
    if (start !== undefined) line = lineAt(source, start);
    const mark = source[start ?? -1] === "'" ? "'" : '"';
    detail = `a value starts with a quote mark (${mark}) but does not end with one. Add the closing quote mark at the end of the value, or remove the opening one`;
  } else if (first.code === 'TAB_AS_INDENT') {
    detail = 'this line is indented with a tab. Use spaces instead';
  } else {
    detail = `${(first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}. Check the indentation, colons and quotes`;
  }
  return `could not be read${line ? ` (line ${fileLine(line)})` : ''}: ${detail}.`;
}

/**
 * Parses a YAML document into a plain value, reporting the first problem in plain words.
 * `firstLine` is the line of the file the YAML starts on, so the line given is the one an editor sees.
 */
export function parseYamlValue(source: string, firstLine = 1): { value: unknown; error?: string } {
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) return { value: undefined, error: describeYamlError(source, doc, firstLine) };
  try {
    // A few *aliases that each repeat a list of aliases grow into billions of values ("billion
    // laughs"): the yaml library stops after MAX_ALIASES and throws, and the caller names the file.
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown };
  } catch {
    return { value: undefined, error: 'could not be read: it repeats other parts of itself (the values marked with & and *) too many times. Write the values out in full instead.' };
  }
}

/** Parses a YAML document that must be a set of fields (frontmatter, settings) into plain data. */
export function parseYaml(source: string, firstLine = 1): { data: Record<string, unknown>; error?: string } {
  const { value, error } = parseYamlValue(source, firstLine);
  if (error) return { data: {}, error };
  if (value === null || value === undefined) return { data: {} };
  if (typeof value !== 'object' || Array.isArray(value)) return { data: {}, error: 'must be a set of fields (name: value), one per line.' };
  return { data: value as Record<string, unknown> };
}
