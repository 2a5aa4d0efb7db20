/**
 * Reading the content folder without ever leaving it, and only as text the site can publish.
 *
 * A symbolic link in `content/` (to `/etc/passwd`, `.git/config`, `package.json`, a folder
 * elsewhere, or to itself) once made the build publish a file from outside the content, or crash
 * in a loop. So nothing here follows a link: the content check names every link as a problem, and
 * the code that publishes uploads walks the folders with these functions, which skip links, so
 * even a build that skipped the check publishes nothing from elsewhere.
 *
 * An invisible control character pasted into a file (a vertical tab from a PDF, a form feed from
 * Word) once built without a word and broke every news feed; invalid UTF-8 was published as "�".
 * `readText` refuses both, naming the line, so an editor can find and delete the character.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** The entries of a folder, not following links; empty when it cannot be read. */
function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Every symbolic link under `dir` (every name, hidden ones too), in order; links are never entered. */
export function linksUnder(dir: string): string[] {
  return entriesOf(dir)
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isSymbolicLink()) return [path];
      return d.isDirectory() ? linksUnder(path) : [];
    });
}

/**
 * Every ordinary file under `dir`, entering only real folders: links, and whatever they point at,
 * are left out. The one walker of the project: the content check, the publishing of uploads and
 * every step that reads the built site use it. `skipFolder` leaves folders out by name.
 */
export function plainFilesUnder(dir: string, skipFolder: (name: string) => boolean = () => false): string[] {
  return entriesOf(dir).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return skipFolder(d.name) ? [] : plainFilesUnder(path, skipFolder);
    return d.isFile() ? [path] : [];
  });
}

/** What `path` is, without following it if it is a link. */
export function kindOf(path: string): 'file' | 'folder' | 'link' | 'missing' {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'missing';
  } catch {
    return 'missing';
  }
}

/**
 * Whether `file` is an ordinary file inside `root` reached through real folders only: its real
 * path is exactly where it appears. For lists of files made by tools that follow links (Vite's
 * `import.meta.glob`), so a linked picture, or a picture in a linked folder, is never used.
 */
export function isPlainFileInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  try {
    return lstatSync(file).isFile() && realpathSync(file) === join(realpathSync(root), rel);
  } catch {
    return false;
  }
}

/** The problem with a symbolic link in the content folder, in words that say what to do. */
export function linkProblemMessage(path: string): string {
  let target = '';
  try {
    target = readlinkSync(path);
  } catch {
    // Gone since it was listed: the advice is the same.
  }
  let what: string;
  let real = 'file';
  try {
    if (statSync(path).isDirectory()) {
      what = 'a link to a folder elsewhere';
      real = 'folder';
    } else what = 'a link to a file elsewhere';
  } catch (error) {
    what = (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a link that points round in a circle' : 'a link to something that does not exist';
  }
  return (
    `is ${what} (${target}), not a real ${real} (it is a "symbolic link"). The site never publishes links, because one can reach private files elsewhere on the computer. ` +
    `Delete the link and put the real ${real} here instead (copy it${real === 'file' ? ', or upload it through the editor' : ''}).`
  );
}

// -----------------------------------------------------------------------------------------------
// Text

/**
 * Characters a file may not contain: C0 controls other than tab, line feed and carriage return;
 * DEL; the C1 controls; and U+FFFE and U+FFFF. XML 1.0 forbids them (so one breaks a whole RSS
 * feed), YAML refuses them, and nobody means to type them: they arrive with pasted text.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

const NAMES: Record<number, string> = {
  0x00: 'null character',
  0x07: 'bell',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'delete character',
  0x85: 'next-line control character',
  0xfffe: 'non-character',
  0xffff: 'non-character',
};

/** "(vertical tab, U+000B)" */
function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  return `(${NAMES[code] ?? 'control character'}, U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Where an offset is, as an editor finds it: line and column (from 1), and the text just before it on its line. */
function position(text: string, offset: number): { line: number; column: number; before: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  const leading = [...text.slice(lineStart, offset)];
  // About the last 30 characters, starting at a whole word, so an editor can search for them.
  const tail = leading.slice(-30).join('').replace(FORBIDDEN, '');
  const before = (leading.length > 30 ? tail.replace(/^\S*\s/, '') : tail).trimStart();
  return { line, column: leading.length + 1, before };
}

/** "on line 2, column 20, just after "summary: Who we"" */
function place(text: string, offset: number): string {
  const { line, column, before } = position(text, offset);
  return `on line ${line}, column ${column}${before ? `, just after "${before}"` : ''}`;
}

const STRICT = new TextDecoder('utf-8', { fatal: true });

/** The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence and the range its second byte must be in (no overlong forms, no surrogates, nothing past U+10FFFF).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf]
      : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf]
      : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
      : b === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (length === 0 || i + length > bytes.length) return i;
    if (bytes[i + 1]! < low || bytes[i + 1]! > high) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return i;
    i += length;
  }
  return -1;
}

/** The text of a file's bytes, or what is wrong with them in words an editor can act on. */
export function readText(bytes: Uint8Array): { text: string; problem?: undefined } | { text?: undefined; problem: string } {
  let text: string;
  try {
    // The platform's decoder is much faster; the byte-by-byte search only runs to say where.
    text = STRICT.decode(bytes);
  } catch {
    const bad = invalidUtf8Offset(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    return {
      problem:
        `is not saved as UTF-8 text: ${place(before, before.length)}, there is a character the site cannot read (it would show as "�"). ` +
        'This happens when a file is saved from an older program. Retype the character there (often an accented letter, a £ sign or a curly quote mark) and save the file as UTF-8.',
    };
  }
  const found = [...text.matchAll(FORBIDDEN)];
  if (found.length === 0) return { text };
  const where = found.slice(0, 5).map((m) => `${describeCharacter(m[0])} ${place(text, m.index)}`);
  const more = found.length > 5 ? `; and ${found.length - 5} more` : '';
  const fix = 'delete the text around that place and type it again';
  return {
    problem:
      found.length === 1
        ? `has an invisible character ${where[0]}, that was probably pasted in with some text. It would break the news feeds and calendars: ${fix}.`
        : `has ${found.length} invisible characters that were probably pasted in with some text: ${where.join('; ')}${more}. They would break the news feeds and calendars: at each place, ${fix}.`,
  };
}
