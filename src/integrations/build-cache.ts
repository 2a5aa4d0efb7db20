/**
 * Folders kept between builds, each under a key made from everything it was made from, so that a
 * second build reuses work whose inputs did not change and redoes work whose inputs did.
 *
 * A kept folder is never trusted blindly: its key is a hash of its real inputs (the pages, the
 * versions of the programs that made it, their settings), a folder is only kept once complete
 * (written aside, then renamed into place), and on the way back every file is checked against the
 * list of files and their hashes written with it. A folder with a missing, extra or changed file
 * is thrown away and the work done afresh, so a damaged cache costs time, never a wrong site.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { plainFilesUnder } from '../lib/content/files';

/** The list of files and their hashes kept with each folder. */
const MANIFEST = '.manifest.json';

/** A hash of several inputs; each is length-prefixed, so `["ab", "c"]` and `["a", "bc"]` differ. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** The installed version of a package, as npm installed it (read from its package.json). */
export function packageVersion(name: string, from = process.cwd()): string {
  const require = createRequire(join(from, 'package.json'));
  for (const dir of require.resolve.paths(name) ?? []) {
    const file = join(dir, name, 'package.json');
    if (existsSync(file)) return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
  }
  throw new Error(`The package ${name} is not installed (run npm ci).`);
}

/** A file's (or any bytes') hash, as the manifests keep it. */
export const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Each file under `dir` (the manifest itself left out) with its hash, by path relative to `dir`. */
function manifestOf(dir: string): Record<string, string> {
  const files = plainFilesUnder(dir)
    .map((file) => relative(dir, file).split('\\').join('/'))
    .filter((path) => path !== MANIFEST)
    .sort();
  return Object.fromEntries(files.map((path) => [path, sha256(readFileSync(join(dir, path)))]));
}

/**
 * Copies the folder kept as `name` under `key` to `into` and returns true, when there is one and
 * every file in it is exactly as it was kept; otherwise leaves `into` alone and returns false.
 */
export function restoreFolder(cacheRoot: string, name: string, key: string, into: string): boolean {
  const kept = join(cacheRoot, name, key);
  let expected: Record<string, string>;
  try {
    expected = JSON.parse(readFileSync(join(kept, MANIFEST), 'utf8')) as Record<string, string>;
  } catch {
    return false;
  }
  const found = manifestOf(kept);
  const same = Object.keys(expected).length === Object.keys(found).length && Object.entries(expected).every(([path, hash]) => found[path] === hash);
  if (!same) {
    // Damaged or tampered with: never used, and removed so it is made afresh.
    rmSync(kept, { recursive: true, force: true });
    return false;
  }
  rmSync(into, { recursive: true, force: true });
  mkdirSync(dirname(into), { recursive: true });
  cpSync(kept, into, { recursive: true, filter: (source) => relative(kept, source) !== MANIFEST });
  return true;
}

/**
 * Keeps a copy of the folder `from` as `name` under `key`, replacing any other kept under that
 * name (only the latest is useful, and an old one would only take space in the host's cache).
 */
export function saveFolder(cacheRoot: string, name: string, key: string, from: string): void {
  const root = join(cacheRoot, name);
  const aside = join(root, `.writing-${process.pid}`);
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(from, aside, { recursive: true });
  writeFileSync(join(aside, MANIFEST), JSON.stringify(manifestOf(aside)));
  for (const old of readdirSync(root)) if (old !== `.writing-${process.pid}`) rmSync(join(root, old), { recursive: true, force: true });
  renameSync(aside, join(root, key));
}
