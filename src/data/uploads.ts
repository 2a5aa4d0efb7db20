/**
 * Uploaded pictures, found by the `/uploads/...` path editors write. Vite imports every image
 * under `content/uploads/` so Astro can resize it; the content check has already made sure each
 * path exists, so a miss here is a bug, not an editor's mistake.
 */
import type { ImageMetadata } from 'astro';

const images = import.meta.glob<{ default: ImageMetadata }>('/content/uploads/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP}');
const fixtureImages = import.meta.glob<{ default: ImageMetadata }>('/tests/fixtures/*/content/uploads/**/*.{jpg,jpeg,png,webp,avif,gif}');

/** The image metadata for an uploaded picture's `/uploads/...` path. */
export async function uploadedImage(path: string): Promise<ImageMetadata> {
  const dir = (process.env.SITE_CONTENT_DIR || 'content').replace(/^\.?\/?/, '').replace(/\/$/, '');
  const key = `/${dir}${decodeURI(path)}`;
  const load = images[key] ?? fixtureImages[key];
  if (!load) throw new Error(`The picture ${path} is not in ${dir}/uploads/. Upload it again through the editor.`);
  return (await load()).default;
}
