/**
 * Uploaded pictures, found by the `/uploads/...` path editors write. Vite imports every image
 * in the content folder's `uploads/` so Astro can resize it; the content check has already made sure each
 * path exists, so a miss here is a bug, not an editor's mistake.
 */
import { join, relative, resolve, sep } from 'node:path';
import type { ImageMetadata } from 'astro';
import { contentDir } from '../lib/settings';

// '@school-uploads' is the content folder's uploads/ (see astro.config.mjs), wherever it is.
const images = import.meta.glob<{ default: ImageMetadata }>('@school-uploads/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP}');
// Vite names each file relative to the project or to this module, depending on where the folder
// is: find which, and key the pictures by the `/uploads/...` path editors write.
const uploadsDir = resolve(contentDir(), 'uploads');
function uploadPathOf(key: string): string {
  const candidates = key.startsWith('/') ? [join(process.cwd(), key), key] : [resolve(process.cwd(), key), resolve(process.cwd(), 'src', 'data', key)];
  const file = candidates.find((c) => c.startsWith(uploadsDir + sep)) ?? key;
  return `/uploads/${relative(uploadsDir, file).split(sep).join('/')}`;
}
const byPath = new Map(Object.entries(images).map(([key, load]) => [uploadPathOf(key), load]));

/** The image metadata for an uploaded picture's `/uploads/...` path. */
export async function uploadedImage(path: string): Promise<ImageMetadata> {
  const load = byPath.get(decodeURI(path));
  if (!load) throw new Error(`The picture ${path} is not in the uploads folder. Upload it again through the editor.`);
  return (await load()).default;
}
