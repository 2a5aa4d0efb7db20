/** A tiny static file server for a built site, on a free port on loopback. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.ics': 'text/calendar',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export interface ServeOptions {
  /** Extra response headers for a request path, as a static host would add them (see tests/quality). */
  headers?: (path: string) => Record<string, string>;
  /** Changes an HTML file's text before it is sent (a test can remove a page's own safeguards). */
  html?: (text: string) => string;
}

export async function serve(dir: string, options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://x').pathname;
    const path = normalize(decodeURIComponent(requested)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dir, '404.html');
    if (!existsSync(file)) return void res.writeHead(404).end(); // A folder of fixtures has no 404 page.
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...options.headers?.(requested) });
    if (options.html && file.endsWith('.html')) res.end(options.html(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // A browser keeps its connections open for the next page: closed here, or close() would wait for them.
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, close };
}
