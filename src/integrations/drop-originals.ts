/**
 * Uploaded photos are large and carry camera metadata (including where a photo of a child was
 * taken). Astro resizes them, but it also copies the original into `_astro/` when an image is
 * imported. After the build this removes every image in `_astro/` that no built file refers to,
 * so only the resized, metadata-free versions are published.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageNameFinder } from '../lib/security/asset-references';
import { plainFilesUnder } from '../lib/content/files';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const TEXT = /\.(html|xml|css|js|json|txt|webmanifest|ics)$/i;

/** Images under `assetsDir` that none of the text files mention, by file name. */
export function unreferencedImages(outDir: string, assetsDir = '_astro'): string[] {
  // Links are never followed: one could reach outside the output folder.
  const files = plainFilesUnder(outDir);
  const images = files.filter((f) => f.startsWith(join(outDir, assetsDir)) && IMAGE.test(f));
  if (images.length === 0) return [];
  const name = (img: string) => img.slice(img.lastIndexOf('/') + 1);
  // One pass over the text files, rather than searching all the text once per image.
  const finder = imageNameFinder(images.map(name));
  const mentioned = new Set<string>();
  for (const file of files) if (TEXT.test(file)) finder.collect(readFileSync(file, 'utf8'), mentioned);
  return images.filter((img) => !mentioned.has(name(img)));
}

export function dropOriginalUploads(): AstroIntegration {
  return {
    name: 'school:drop-original-uploads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const unused = unreferencedImages(fileURLToPath(dir));
        for (const file of unused) rmSync(file);
        if (unused.length) logger.info(`Removed ${unused.length} original upload(s) that are only published resized.`);
      },
    },
  };
}
