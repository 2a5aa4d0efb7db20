/** Helpers for tests that need a content folder: a copy of a fixture with some files changed. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

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

/** The lines of an overlay's instruction file (REMOVE, LINKS), without blanks. */
function instructions(overlay: string, name: string): string[] {
  const file = join(overlay, name);
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
    : [];
}

/**
 * A copy of the basic fixture with one rejected-content overlay applied: every file under
 * `tests/fixtures/rejected/<name>/` is copied over it, paths listed in its REMOVE file deleted, and
 * the symbolic links listed in its LINKS file made (Git cannot be trusted to keep a link as one on
 * every computer). A LINKS line is `path -> target`: the target as `ln -s` takes it (relative to
 * the link's folder), or `project:<path>` for a file of this project, outside the content folder.
 */
export function contentWithOverlay(name: string): string {
  const overlay = join('tests/fixtures/rejected', name);
  const dir = contentWith({});
  cpSync(overlay, dir, { recursive: true, filter: (src) => !/\/(REMOVE|LINKS)$/.test(src) });
  for (const path of instructions(overlay, 'REMOVE')) rmSync(join(dir, path), { force: true, recursive: true });
  for (const line of instructions(overlay, 'LINKS')) {
    const [path, target] = line.split(/\s*->\s*/) as [string, string];
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target.startsWith('project:') ? resolve(target.slice('project:'.length)) : target, join(dir, path));
  }
  return dir;
}
