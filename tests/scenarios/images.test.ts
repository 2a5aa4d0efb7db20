/**
 * A phone photo as a parent's phone receives it, in the built demo school: the 5 MB, 4000 × 3000
 * upload with the camera's make and a GPS position in its EXIF
 * (content/uploads/classes/birch/2026-11-13-science-week.jpg), shown in Birch Class's science
 * week update. Modern formats with a JPEG fallback, a srcset of the widths actually displayed,
 * width and height against layout shift, lazy loading below the first photo, every published
 * version small and without metadata, and never the original.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { plainFilesUnder } from '../../src/lib/content/files';

const ORIGINAL = 'content/uploads/classes/birch/2026-11-13-science-week.jpg';
const PAGE = '/classes/birch/2026-11-13-science-week/';

/** Width and height from a JPEG's frame header, a WebP's VP8/VP8L/VP8X chunk or an AVIF's `ispe` box. */
function imageSize(bytes: Buffer): { format: string; width: number; height: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let i = 2; i + 9 < bytes.length;) {
      const marker = bytes[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { format: 'jpeg', height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
      i += 2 + bytes.readUInt16BE(i + 2);
    }
  }
  if (bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') {
    const chunk = bytes.toString('ascii', 12, 16);
    if (chunk === 'VP8 ') return { format: 'webp', width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = bytes.readUInt32LE(21);
      return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8X') return { format: 'webp', width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  if (bytes.toString('ascii', 4, 8) === 'ftyp' && bytes.toString('ascii', 8, 12).startsWith('avi')) {
    const ispe = bytes.indexOf('ispe');
    if (ispe > 0) return { format: 'avif', width: bytes.readUInt32BE(ispe + 8), height: bytes.readUInt32BE(ispe + 12) };
  }
  throw new Error('Not a JPEG, WebP or AVIF file');
}

/** Every file under a folder (the project's one walker: it never follows a link). */
const filesUnder = (dir: string): string[] => plainFilesUnder(dir);

const dist = inject('demoDir');
let html = '';
/** The <picture> of the science-week photo. */
let picture = '';
/** Each `<source>`'s (and the fallback <img>'s) srcset: type → [url, width descriptor][]. */
const srcsets = new Map<string, [string, number][]>();

beforeAll(() => {
  html = readFileSync(join(dist, PAGE, 'index.html'), 'utf8');
  const pictures = [...html.matchAll(/<picture>[\s\S]*?<\/picture>/g)].map((m) => m[0]);
  picture = pictures.find((p) => p.includes('science-week')) ?? '';
  for (const tag of picture.match(/<(source|img)\b[^>]*>/g) ?? []) {
    const type = /type="([^"]+)"/.exec(tag)?.[1] ?? 'img';
    const srcset = /srcset="([^"]+)"/.exec(tag)?.[1] ?? '';
    srcsets.set(
      type,
      srcset
        .split(',')
        .map((c) => c.trim().split(/\s+/))
        .map(([url, w]) => [url!, Number.parseInt(w ?? '', 10)]),
    );
  }
});

describe('a 5 MB, 4000 px phone photo in a class update', () => {
  it('starts as the large upload with camera details and a GPS position (so the test means something)', () => {
    const original = readFileSync(ORIGINAL);
    expect(original.length).toBeGreaterThan(5_000_000);
    expect(imageSize(original)).toMatchObject({ width: 4000, height: 3000 });
    expect(original.includes('DemoPhone')).toBe(true);
    // The GPS IFD pointer (tag 0x8825, little-endian TIFF).
    expect(original.subarray(0, 4096).includes(Buffer.from([0x25, 0x88]))).toBe(true);
  });

  it('is offered as AVIF and WebP with a JPEG fallback, at the widths the page displays', () => {
    expect(picture).not.toBe('');
    expect([...srcsets.keys()].sort()).toEqual(['image/avif', 'image/webp', 'img']);
    for (const [type, candidates] of srcsets)
      expect(
        candidates.map(([, w]) => w),
        type,
      ).toEqual([400, 640, 1024]);
    const img = /<img\b[^>]*>/.exec(picture)![0];
    expect(img).toMatch(/\bsizes="[^"]*100vw"/);
    expect(img).toMatch(/\bsrc="\/_astro\/[^"]+\.jpg"/);
  });

  it('has a width and height on the <img>, in the photo’s proportions, so nothing moves as it loads', () => {
    const img = /<img\b[^>]*>/.exec(picture)![0];
    expect(img).toMatch(/\bwidth="1024"/);
    expect(img).toMatch(/\bheight="768"/);
  });

  it('loads the first photo at once and the ones below it only when the reader scrolls to them', () => {
    const loading = [...html.matchAll(/<img\b[^>]*\bloading="(\w+)"[^>]*>/g)].filter((m) => m[0].includes('/_astro/')).map((m) => m[1]);
    expect(loading.length).toBeGreaterThanOrEqual(2);
    expect(loading[0]).toBe('eager');
    expect(new Set(loading.slice(1))).toEqual(new Set(['lazy']));
    expect(picture).toMatch(/decoding="async"/);
  });

  it('is under 150 KB at 1024 px in every format, at the size its srcset says, with no EXIF or GPS', () => {
    for (const [type, candidates] of srcsets) {
      for (const [url, width] of candidates) {
        const bytes = readFileSync(join(dist, url));
        const size = imageSize(bytes);
        expect(size, url).toMatchObject({ width, height: (width * 3) / 4 });
        expect(size.format, url).toBe(type === 'img' ? 'jpeg' : type.slice('image/'.length));
        if (width === 1024) expect(bytes.length, `${url}: ${bytes.length} bytes`).toBeLessThan(150 * 1024);
        expect(bytes.includes('Exif'), url).toBe(false);
        expect(bytes.includes('DemoPhone'), url).toBe(false);
      }
    }
  });

  it('is never published as uploaded: no copy of the original, nor any other file with its camera details', () => {
    const original = readFileSync(ORIGINAL);
    const pictures = filesUnder(dist).filter((f) => /\.(jpe?g|webp|avif|png)$/i.test(f));
    expect(pictures.some((f) => f.includes('science-week'))).toBe(true);
    for (const file of pictures) {
      const bytes = readFileSync(file);
      expect(bytes.length === original.length && bytes.equals(original), file).toBe(false);
      expect(bytes.includes('DemoPhone'), file).toBe(false);
    }
    expect(html).not.toContain('/uploads/classes/birch/2026-11-13-science-week.jpg');
  });
});
