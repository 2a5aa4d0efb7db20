/**
 * Reading the content folder: the walkers that publish uploads never follow a symbolic link (to a
 * file outside the content, a folder elsewhere, itself, or nothing), and text with invisible
 * control characters or invalid UTF-8 is refused with the line an editor must look at.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidUtf8Offset, isPlainFileInside, kindOf, linksUnder, plainFilesUnder, readText } from '../../src/lib/content/files';
import { uploadedDocuments, uploadedFiles } from '../../src/lib/content/documents';
import { parseYaml } from '../../src/lib/content/frontmatter';
import { unreferencedImages } from '../../src/integrations/drop-originals';

/** An uploads folder holding real files and every kind of link an attacker or an accident could leave. */
let uploads: string;
let outside: string;
beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'school-links-'));
  outside = join(base, 'outside');
  mkdirSync(join(outside, 'private'), { recursive: true });
  writeFileSync(join(outside, 'secret.pdf'), 'SECRET');
  writeFileSync(join(outside, 'private', 'token.pdf'), 'TOKEN');
  writeFileSync(join(outside, 'private', 'face.jpg'), 'JPEG');
  uploads = join(base, 'content', 'uploads');
  mkdirSync(join(uploads, 'policies'), { recursive: true });
  writeFileSync(join(uploads, 'policies', 'uniform.pdf'), 'PDF');
  writeFileSync(join(uploads, 'leaf.jpg'), 'JPEG');
  symlinkSync(resolve('package.json'), join(uploads, 'policies', 'package.pdf'));
  symlinkSync(join(outside, 'secret.pdf'), join(uploads, 'secret.pdf'));
  symlinkSync(join(outside, 'private'), join(uploads, 'shared'));
  symlinkSync('loop', join(uploads, 'loop'));
  symlinkSync('nothing.pdf', join(uploads, 'gone.pdf'));
  symlinkSync('leaf.jpg', join(uploads, 'inside-link.jpg'));
});

describe('walking the uploads folder', () => {
  it('lists every link, and does not go into linked folders or round a loop', () => {
    expect(linksUnder(uploads).map((f) => f.slice(uploads.length + 1))).toEqual([
      'gone.pdf',
      'inside-link.jpg',
      'loop',
      'policies/package.pdf',
      'secret.pdf',
      'shared',
    ]);
  });

  it('publishes only real files: no linked file, nothing in a linked folder, no crash on a loop', () => {
    expect(
      plainFilesUnder(uploads)
        .map((f) => f.slice(uploads.length + 1))
        .sort(),
    ).toEqual(['leaf.jpg', 'policies/uniform.pdf']);
    expect(uploadedDocuments(uploads).map((d) => d.path)).toEqual(['/uploads/policies/uniform.pdf']);
    // The CMS's thumbnails (/admin/uploads/…webp) come from the same walker.
    expect(uploadedFiles(uploads, ['.jpg']).map((d) => d.path)).toEqual(['/uploads/leaf.jpg']);
  });

  it('keeps a picture found by a tool that follows links only when its real path is where it appears', () => {
    expect(isPlainFileInside(uploads, join(uploads, 'leaf.jpg'))).toBe(true);
    expect(isPlainFileInside(uploads, join(uploads, 'inside-link.jpg'))).toBe(false);
    expect(isPlainFileInside(uploads, join(uploads, 'shared', 'face.jpg'))).toBe(false);
    expect(isPlainFileInside(uploads, join(outside, 'private', 'face.jpg'))).toBe(false);
    expect(isPlainFileInside(uploads, join(uploads, '..', '..', 'outside', 'secret.pdf'))).toBe(false);
    expect(isPlainFileInside(uploads, join(uploads, 'loop'))).toBe(false);
  });

  it('tells links apart without following them', () => {
    expect(['leaf.jpg', 'policies', 'shared', 'loop', 'gone.pdf', 'none.pdf'].map((f) => kindOf(join(uploads, f)))).toEqual([
      'file',
      'folder',
      'link',
      'link',
      'link',
      'missing',
    ]);
  });

  it('never follows a link in the built site when removing original uploads', () => {
    const dist = mkdtempSync(join(tmpdir(), 'school-dist-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro', 'photo.abc.jpg'), 'JPEG');
    symlinkSync(join(outside, 'private'), join(dist, '_astro', 'linked'));
    symlinkSync('loop', join(dist, 'loop'));
    expect(unreferencedImages(dist)).toEqual([join(dist, '_astro', 'photo.abc.jpg')]);
  });
});

describe('reading text', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('accepts ordinary text: tabs, line endings, a byte-order mark, accents, emoji and right-to-left scripts', () => {
    const text = '\uFEFFtitle: Café £5\r\n\tسلام 👋\nZażółć\r';
    expect(readText(bytes(text))).toEqual({ text: text.slice(1) });
  });

  it.each([
    ['\u0000', 'null character, U+0000'],
    ['\u0008', 'backspace, U+0008'],
    ['\u000B', 'vertical tab, U+000B'],
    ['\u000C', 'form feed, U+000C'],
    ['\u001B', 'escape, U+001B'],
    ['\u001F', 'control character, U+001F'],
    ['\u007F', 'delete character, U+007F'],
    ['\u0085', 'next-line control character, U+0085'],
    ['\u009F', 'control character, U+009F'],
    ['\uFFFE', 'non-character, U+FFFE'],
    ['\uFFFF', 'non-character, U+FFFF'],
  ])('refuses %j, naming it and where it is', (char, name) => {
    const { problem } = readText(bytes(`---\ntitle: Sports day\nsummary: Bring a${char} hat.\n---\n`));
    expect(problem).toBe(
      `has an invisible character (${name}) on line 3, column 17, just after "summary: Bring a", that was probably pasted in with some text. It would break the news feeds and calendars: delete the text around that place and type it again.`,
    );
  });

  it('lists the first five of many invisible characters, and how many more', () => {
    const { problem } = readText(bytes('a\u000Bb\n'.repeat(7)));
    expect(problem).toContain('has 7 invisible characters');
    expect(problem).toContain('(vertical tab, U+000B) on line 5, column 2, just after "a"; and 2 more.');
  });

  it.each([
    ['a Latin-1 é', [0x63, 0x61, 0x66, 0xe9, 0x0a], 3],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short', [0x61, 0x62, 0xe2, 0x82], 2],
    ['a lone continuation byte', [0x80], 0],
  ])('finds invalid UTF-8: %s', (_, data, offset) => {
    expect(invalidUtf8Offset(new Uint8Array(data))).toBe(offset);
    expect(readText(new Uint8Array(data)).problem).toMatch(/^is not saved as UTF-8 text: on line 1, column \d+/);
  });

  it('agrees with the platform’s strict UTF-8 decoder on random bytes', () => {
    let seed = 17;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let n = 0; n < 5000; n++) {
      // Mostly valid text with a few random bytes, so both valid and invalid inputs are common.
      const text = new TextEncoder().encode(`ab€😀ł${String.fromCharCode(Math.floor(random() * 0x800))}`);
      const data = Uint8Array.from(text, (b) => (random() < 0.05 ? Math.floor(random() * 256) : b));
      let valid = true;
      try {
        strict.decode(data);
      } catch {
        valid = false;
      }
      expect(invalidUtf8Offset(data) === -1, Array.from(data).join(',')).toBe(valid);
    }
  });
});

describe('reading YAML', () => {
  it('refuses a "billion laughs" file instead of growing it, and still reads a small repeat', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(parseYaml(bomb).error).toBe(
      'could not be read: it repeats other parts of itself (the values marked with & and *) too many times. Write the values out in full instead.',
    );
    expect(parseYaml('first: &when 2026-09-01\nsecond: *when').data).toEqual({ first: '2026-09-01', second: '2026-09-01' });
  });
});
