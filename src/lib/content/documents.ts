/**
 * Uploaded documents (PDFs, Word and spreadsheet files) are published as they are, at the same
 * `/uploads/…` address editors write, but only when published content links to them: a draft's
 * attachments stay private until the draft is published. Pictures are never published as
 * uploaded; they go through the image pipeline instead.
 */
import { extname, relative } from 'node:path';
import { plainFilesUnder } from './files';

/** File types published as documents, with the type browsers need to open them. */
export const DOCUMENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.rtf': 'application/rtf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** Picture types the image pipeline takes (src/data/uploads.ts globs the same list; Vite needs it written out there). */
export const PICTURE_TYPES = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/**
 * Files under the uploads folder with one of the given extensions, as `/uploads/…` paths with
 * their file on disk. Symbolic links are skipped, and linked folders never entered, so nothing
 * from outside the content folder is published even if the content check were bypassed.
 */
export function uploadedFiles(uploadsDir: string, extensions: readonly string[]): { path: string; file: string }[] {
  return plainFilesUnder(uploadsDir)
    .filter((file) => extensions.includes(extname(file).toLowerCase()))
    .map((file) => ({ path: `/uploads/${relative(uploadsDir, file).split('\\').join('/')}`, file }));
}

/** Documents under the uploads folder (the file types in DOCUMENT_TYPES). */
export const uploadedDocuments = (uploadsDir: string) => uploadedFiles(uploadsDir, Object.keys(DOCUMENT_TYPES));

/** The documents some published text links to (frontmatter fields or Markdown links). */
export function linkedDocuments<D extends { path: string }>(documents: readonly D[], texts: readonly string[]): D[] {
  const all = texts.join('\n');
  return documents.filter((d) => all.includes(d.path) || all.includes(encodeURI(d.path)));
}
