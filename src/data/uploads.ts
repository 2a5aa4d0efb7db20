/**
 * Uploaded pictures, found by the `/uploads/...` path editors write. Vite imports every image
 * in the content folder's `uploads/` so Astro can resize it; the content check has already made sure each
 * path exists, so a miss here is a bug, not an editor's mistake.
 */
import { join, relative, resolve, sep } from 'node:path';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { isPlainFileInside } from '../lib/content/files';
import { contentDir } from '../lib/content/settings';
import { resizeSoon } from '../integrations/early-pictures';
import { images } from './upload-files';

// Vite names each file relative to the project or to this module, depending on where the folder
// is: find which, and key the pictures by the `/uploads/...` path editors write.
const content = contentDir();
const uploadsDir = resolve(content, 'uploads');
function uploadPathOf(key: string): string {
  const candidates = key.startsWith('/') ? [join(process.cwd(), key), key] : [resolve(process.cwd(), key), resolve(process.cwd(), 'src', 'data', key)];
  const file = candidates.find((c) => c.startsWith(uploadsDir + sep)) ?? key;
  return `/uploads/${relative(uploadsDir, file).split(sep).join('/')}`;
}
// Vite's glob follows symbolic links; a linked picture (or one in a linked folder) could be any
// image on the computer, so only pictures really inside the uploads folder are kept.
const byPath = new Map(
  Object.entries(images)
    .filter(([key]) => isPlainFileInside(uploadsDir, join(content, uploadPathOf(key))))
    .map(([key, load]) => [uploadPathOf(key), load]),
);

/** The image metadata for an uploaded picture's `/uploads/...` path. */
export async function uploadedImage(path: string): Promise<ImageMetadata> {
  const load = byPath.get(decodeURI(path));
  if (!load) throw new Error(`The picture ${path} is not in the uploads folder. Upload it again through the editor.`);
  return (await load()).default;
}

/**
 * An uploaded picture at one width as a JPEG (a feed's or an email's: readers that take no other
 * format), made while the other pages render.
 */
export async function uploadedJpeg(path: string, width: number): Promise<{ src: string; width: number; height: number }> {
  const image = await getImage({ src: await uploadedImage(path), width, format: 'jpg' });
  const resized = { src: image.src, width: Number(image.attributes.width), height: Number(image.attributes.height) };
  resizeSoon();
  return resized;
}

/** The resized versions of a picture that a `<picture>` element offers. */
export interface PictureVersions {
  /** Modern formats, best first: `type` and `srcset` for each `<source>`. */
  sources: { type: string; srcset: string }[];
  /** The JPEG `<img>` every browser can show, at the largest width displayed. */
  fallback: { src: string; srcset: string; width: number; height: number };
}

const FORMATS = ['avif', 'webp'] as const;
const versions = new Map<string, Promise<PictureVersions>>();

async function resize(path: string, widths: readonly number[]): Promise<PictureVersions> {
  const src = await uploadedImage(path);
  const usable = widths.filter((w) => w < src.width);
  // The plain <img> fallback is the largest width shown, never the full-size upload.
  const geometry = { src, width: usable.length ? Math.max(...usable) : src.width, widths: usable.length ? usable : [src.width] };
  const [fallback, ...modern] = await Promise.all([getImage({ ...geometry, format: 'jpg' }), ...FORMATS.map((format) => getImage({ ...geometry, format }))]);
  return {
    sources: modern.map((image, i) => ({ type: `image/${FORMATS[i]}`, srcset: image.srcSet.attribute })),
    fallback: {
      src: fallback!.src,
      srcset: fallback!.srcSet.attribute,
      width: Number(fallback!.attributes.width),
      height: Number(fallback!.attributes.height),
    },
  };
}

/**
 * An uploaded picture resized to these widths as AVIF and WebP, with a JPEG fallback. A build
 * works this out once per picture and set of widths: a ten-year archive shows the same photos on
 * thousands of pages, and asking Astro's image pipeline again for each was a tenth of the build.
 */
export function pictureVersions(path: string, widths: readonly number[]): Promise<PictureVersions> {
  if (!import.meta.env.PROD) return resize(path, widths);
  const key = `${path}|${widths.join(',')}`;
  let found = versions.get(key);
  if (!found) {
    // Astro has the versions now: they are made while the other pages render.
    found = resize(path, widths).finally(resizeSoon);
    versions.set(key, found);
  }
  return found;
}
