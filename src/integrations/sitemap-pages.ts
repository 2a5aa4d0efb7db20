/**
 * Which built pages the sitemap lists. A page that asks search engines not to index it (a closed
 * vacancy, kept so links to it still work) is left out too: a sitemap that offers a search engine
 * a page the page itself refuses is reported as an error in their webmaster tools.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** How much of a page is read to find its robots meta tag: the whole <head> fits well within it. */
const HEAD_BYTES = 16_384;

/** Whether the built page at `page` (an absolute address) carries `<meta name="robots" content="noindex">`. */
export function asksNotToBeIndexed(outDir: string, page: string): boolean {
  const path = decodeURIComponent(new URL(page).pathname);
  let fd: number | undefined;
  try {
    fd = openSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path), 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const head = buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
    return /<meta name="robots" content="[^"]*\bnoindex\b/.test(head.split('</head>')[0]!);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
