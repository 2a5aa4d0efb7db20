/**
 * Small copies of uploaded pictures for the editor's thumbnails and previews. Pictures are written
 * in content as `/uploads/…`, but the site never publishes the originals (they are large and carry
 * camera data), so the CMS shows these instead: `/admin/uploads/<path>.webp`, 480 pixels wide,
 * metadata removed. The route ends in `.webp` so it is a file, whatever the trailing-slash rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import sharp from 'sharp';
import { contentDir } from '@/lib/content/settings';
import { linkedDocuments, uploadedFiles } from '@/lib/content/documents';
import { publishedTexts } from '@/data/published';
import { fileCacheKey } from '@/data/page-cache';
import { sha256 } from '@/integrations/build-cache';

const PICTURES = ['.jpg', '.jpeg', '.png', '.webp'];

// Only pictures that published pages already show: a draft's photos (perhaps of children whose
// consent is not confirmed yet) must not become public at a guessable address. A copy is kept
// from the last build while the picture's bytes are the same (the key is their hash).
export const getStaticPaths = (async () => {
  const uploads = join(contentDir(), 'uploads');
  return linkedDocuments(uploadedFiles(uploads, PICTURES), await publishedTexts()).map(({ path, file }) => ({
    params: { path: path.replace(/^\/uploads\//, '') },
    props: { file },
    cacheKey: fileCacheKey({ picture: sha256(readFileSync(file)) }),
  }));
}) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const bytes = await sharp(readFileSync(props.file)).rotate().resize({ width: 480, withoutEnlargement: true }).webp({ quality: 70 }).toBuffer();
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/webp' } });
};
