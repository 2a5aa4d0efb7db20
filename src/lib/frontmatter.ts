/**
 * Reads a Markdown file's frontmatter the way editors wrote it. YAML 1.2's core schema keeps
 * `2026-02-30` as text, so an impossible date is reported instead of becoming 2 March.
 */
import { parseDocument } from 'yaml';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** Set when the frontmatter is not valid YAML: what is wrong and on which line. */
  error?: string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/;

/** Splits a Markdown file into its YAML frontmatter (as plain data) and its body. */
export function parseMarkdownFile(source: string): ParsedFile {
  const m = FRONTMATTER.exec(source);
  if (!m) return { data: {}, body: source, error: 'has no frontmatter: the file must start with --- then the fields, then --- again.' };
  const parsed = parseYaml(m[1] ?? '');
  return { ...parsed, body: m[2] ?? '' };
}

/** Parses a YAML document into plain data, reporting the first syntax error in plain words. */
export function parseYaml(source: string): { data: Record<string, unknown>; error?: string } {
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    const detail = first.code === 'DUPLICATE_KEY' ? 'a field is written twice' : (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/"quote/, 'quote mark (")');
    return { data: {}, error: `could not be read${line ? ` (line ${line})` : ''}: ${detail}. Check the indentation, colons and quotes.` };
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return { data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) return { data: {}, error: 'must be a set of fields (name: value), one per line.' };
  return { data: data as Record<string, unknown> };
}
