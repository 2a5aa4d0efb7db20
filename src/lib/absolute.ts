/** Makes a fragment of site HTML safe to read outside the site (feed readers, email). */

/** Rewrites root-relative `src`, `href` and `srcset` addresses to absolute ones on `origin`. */
export function absoluteUrls(html: string, origin: string): string {
  const base = origin.replace(/\/$/, '');
  return html
    .replace(/\s(src|href)="\/(?!\/)([^"]*)"/g, (_m, attr: string, path: string) => ` ${attr}="${base}/${path}"`)
    .replace(/\ssrcset="([^"]*)"/g, (_m, list: string) =>
      ` srcset="${list
        .split(',')
        .map((part) => part.trim().replace(/^\/(?!\/)/, `${base}/`))
        .join(', ')}"`,
    );
}
