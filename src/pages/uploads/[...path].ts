/** Uploaded documents that published pages link to, at the `/uploads/…` address editors wrote. */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { publishedTexts } from '@/data/published';
import { DOCUMENT_TYPES, linkedDocuments, uploadedDocuments } from '@/lib/content/documents';
import { siteTarget } from '@/lib/content/trust';

export const getStaticPaths = (async () => {
  const texts = await publishedTexts();
  // A school in a trust also publishes the trust's documents its pages link to (a trust policy's PDF);
  // its own file of the same name comes first.
  const target = siteTarget();
  const folders = [target.dir, ...(target.kind === 'trust-school' ? [target.layout.trustDir] : [])];
  const byPath = new Map(
    folders
      .flatMap((dir) => uploadedDocuments(join(dir, 'uploads')))
      .reverse()
      .map((doc) => [doc.path, doc]),
  );
  return linkedDocuments([...byPath.values()], texts).map((doc) => ({
    params: { path: doc.path.replace(/^\/uploads\//, '') },
    props: { file: doc.file },
  }));
}) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { file } = props;
  return new Response(new Uint8Array(readFileSync(file)), { headers: { 'Content-Type': DOCUMENT_TYPES[extname(file).toLowerCase()]! } });
};
