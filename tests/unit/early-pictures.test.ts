/**
 * Pictures resized while the pages render (src/integrations/early-pictures.ts): a version started
 * early is found again by the options Astro's image step passes for it, and Astro's picture cache
 * holds only pictures made with the image service's present settings. The build itself is tested
 * in tests/scenarios/build-cache.test.ts › "pictures resized while the pages render".
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageTransform } from 'astro';
import { describe, expect, it } from 'vitest';
import { PICTURE_SETTINGS_FILE, keepPicturesOnlyUnder, versionKey } from '../../src/integrations/early-pictures';

const photo = { src: '/_astro/leaf.Ab12Cd.jpg', width: 1600, height: 1200, format: 'jpg' } as unknown as ImageTransform['src'];
const version = { src: photo, width: 640, height: 480, format: 'avif', quality: undefined } as ImageTransform;

describe('a version of a picture started early', () => {
  it("is found by the options Astro's image step gives the image service: the picture's path for src, keys in any order", () => {
    const asTheServiceGetsIt = { format: 'avif', height: 480, src: '/_astro/leaf.Ab12Cd.jpg', width: 640 } as const;
    expect(versionKey(asTheServiceGetsIt)).toBe(versionKey(version));
  });

  it('is another version when its width, format, quality or picture differ', () => {
    const key = versionKey(version);
    expect(versionKey({ ...version, width: 1024 })).not.toBe(key);
    expect(versionKey({ ...version, format: 'webp' })).not.toBe(key);
    expect(versionKey({ ...version, quality: 50 })).not.toBe(key);
    expect(versionKey({ ...version, src: '/_astro/trip.Ef34Gh.jpg' })).not.toBe(key);
  });
});

describe("Astro's picture cache", () => {
  const settings = { entrypoint: './src/integrations/picture-service.ts', config: { avif: { effort: 1 } } };
  const planted = (dir: string) => writeFileSync(join(dir, 'leaf.Ab12Cd_Z1x.avif'), 'made with other settings');

  it('is kept while the image service has the settings its pictures were made with', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pictures-')), 'assets');
    expect(keepPicturesOnlyUnder(dir, settings)).toBe(false);
    planted(dir);
    expect(keepPicturesOnlyUnder(dir, structuredClone(settings))).toBe(false);
    expect(existsSync(join(dir, 'leaf.Ab12Cd_Z1x.avif'))).toBe(true);
  });

  it('is emptied when the settings change, or were never written (a cache from before), and names the new ones', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pictures-')), 'assets');
    keepPicturesOnlyUnder(dir, settings);
    planted(dir);
    const faster = { ...settings, config: { avif: { effort: 0 } } };
    expect(keepPicturesOnlyUnder(dir, faster)).toBe(true);
    expect(existsSync(join(dir, 'leaf.Ab12Cd_Z1x.avif'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, PICTURE_SETTINGS_FILE), 'utf8'))).toEqual(faster);

    const older = join(mkdtempSync(join(tmpdir(), 'pictures-')), 'assets');
    mkdirSync(older);
    planted(older);
    expect(keepPicturesOnlyUnder(older, settings)).toBe(true);
    expect(existsSync(join(older, 'leaf.Ab12Cd_Z1x.avif'))).toBe(false);
  });
});
