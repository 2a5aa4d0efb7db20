/**
 * Each content file is parsed once per build. The content check (run as the build starts) reads
 * and checks every file; the content loader (src/content.config.ts) then needs the same fields.
 * The check hands over the fields it read, by file and exact text, and the loader takes them
 * instead of parsing and checking the same text again. A file whose text is not exactly what the
 * check read (edited since, under the development server) is parsed afresh.
 *
 * The hand-over lives on globalThis: Astro loads the loader's modules apart from the
 * integrations', so a module's own variable would not be the same one on both sides.
 */
import { resolve } from 'node:path';

/** A file's text as the check read it, and its fields as parsed from that text (before any schema). */
export interface ParsedText {
  text: string;
  data: Record<string, unknown>;
}

const HANDED_OVER = Symbol.for('school-site.parsed-content-files');
type Store = Record<typeof HANDED_OVER, Map<string, ParsedText> | undefined>;

/** Hands the checked files' fields (by path) to the loader, replacing any earlier hand-over. */
export function handOverParsed(files: ReadonlyMap<string, ParsedText>): void {
  (globalThis as unknown as Store)[HANDED_OVER] = new Map([...files].map(([file, parsed]) => [resolve(file), parsed]));
}

/** Drops whatever the loader did not take (files whose stored entry Astro kept), to free the memory. */
export function dropParsed(): void {
  (globalThis as unknown as Store)[HANDED_OVER] = undefined;
}

/** The fields the check parsed from `file`, when `text` is exactly what it read; each is taken once. */
export function takeParsed(file: string, text: string): Record<string, unknown> | undefined {
  const files = (globalThis as unknown as Store)[HANDED_OVER];
  const path = resolve(file);
  const found = files?.get(path);
  if (!found || found.text !== text) return undefined;
  files!.delete(path);
  return found.data;
}
