/**
 * Every Content-Security-Policy the site sends, made in one place: the public pages' (frames only
 * from the settings' survey hosts; the search page may compile WebAssembly), the email versions'
 * (no script at all), the editor's at /admin/ (which alone allows what Decap needs), and the
 * header form of each, which adds what a `<meta>` tag cannot say. Pages carry their policy in a
 * `<meta>` tag (src/layouts/Base.astro); `_headers` repeats it as a header (./headers.ts).
 */

/** The Content-Security-Policy for public pages: only the school's own files, and frames only from the allowed survey hosts. */
export function contentSecurityPolicy(surveyHosts: readonly string[], options: { wasm?: boolean } = {}): string {
  const frames = surveyHosts.length ? surveyHosts.map((h) => `https://${h}`).join(' ') : "'none'";
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    // Pagefind's search engine is WebAssembly, which a browser only compiles with 'wasm-unsafe-eval';
    // it allows WebAssembly and nothing else (no eval of JavaScript), and only on the search page.
    options.wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    `frame-src ${frames}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** A page policy with `frame-ancestors 'none'` added: it only works as a header, never in a `<meta>` tag. */
export function headerPolicy(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith('frame-ancestors'));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/**
 * The policy of the newsletters' email versions, which are written with inline styles for mail
 * programs and carry no script at all: in their own `<meta>` tag (for hosts that send no headers)
 * and in `_headers`. Pictures are absolute addresses on the school's own domain (`siteOrigin`).
 */
export function documentOnlyPolicy(siteOrigin: string): string {
  return [
    "default-src 'none'",
    `img-src 'self' ${new URL(siteOrigin).origin} data:`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The admin page's policy. The CMS needs what public pages never allow: inline styles (its
 * components are styled at run time), `unsafe-eval` (it compiles its configuration checks),
 * `blob:` pictures (uploads before they are saved) and requests to the Git host. Scripts still come
 * only from this site, and nothing may frame the page or post a form elsewhere.
 */
export function adminContentSecurityPolicy(backend: { images: readonly string[]; connect: readonly string[] }): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${backend.images.join(' ')}`.trim(),
    "font-src 'self' data:",
    // blob: the CMS reads back the pictures it has just resized before committing them.
    `connect-src 'self' blob: ${backend.connect.join(' ')}`.trim(),
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
