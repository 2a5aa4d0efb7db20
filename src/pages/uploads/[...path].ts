/** Uploaded documents that published pages link to, at the `/uploads/…` address editors wrote. */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { publishedTexts } from '@/data/published';
import { DOCUMENT_TYPES, linkedDocuments, uploadedDocuments } from '@/lib/content/documents';
import { contentDir } from '@/lib/content/settings';

export const getStaticPaths = (async () => {
  const texts = await publishedTexts();
  return linkedDocuments(uploadedDocuments(join(contentDir(), 'uploads')), texts).map((doc) => ({
    params: { path: doc.path.replace(/^\/uploads\//, '') },
    props: { file: doc.file },
  }));
}) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { file } = props;
  return new Response(new Uint8Array(readFileSync(file)), { headers: { 'Content-Type': DOCUMENT_TYPES[extname(file).toLowerCase()]! } });
};
