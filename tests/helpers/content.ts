/** Helpers for tests that need a content folder: a copy of a fixture with some files changed. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BASIC_CONTENT = 'tests/fixtures/basic/content';

/**
 * Copies a content folder to a new temporary folder and applies changes: a string writes the
 * file, `null` deletes it. Returns the folder's path.
 */
export function contentWith(changes: Record<string, string | null>, from = BASIC_CONTENT): string {
  const dir = mkdtempSync(join(tmpdir(), 'school-content-'));
  cpSync(from, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const path = join(dir, file);
    if (text === null) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return dir;
}

/** The text of a file in the basic fixture, to make a small edit to. */
export function fixtureFile(file: string, from = BASIC_CONTENT): string {
  return readFileSync(join(from, file), 'utf8');
}

/**
 * A copy of the basic fixture with one rejected-content overlay applied: every file under
 * `tests/fixtures/rejected/<name>/` is copied over it, and paths listed in its REMOVE file deleted.
 */
export function contentWithOverlay(name: string): string {
  const overlay = join('tests/fixtures/rejected', name);
  const dir = contentWith({});
  cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('/REMOVE') });
  const remove = join(overlay, 'REMOVE');
  if (existsSync(remove)) {
    const paths = readFileSync(remove, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    for (const path of paths) rmSync(join(dir, path), { force: true, recursive: true });
  }
  rmSync(join(dir, 'REMOVE'), { force: true });
  return dir;
}
