/** Makes a fragment of site HTML safe to read outside the site (feed readers, email). */
import type { Root } from 'hast';
import { eachElement, parseFragment, serialiseHtml } from './html';

/** `/a/b` on `origin` as an absolute address; anything else (another site, `//host`, `#x`, `mailto:`) as it was. */
function absolute(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${base}${url}` : url;
}

/** Rewrites root-relative `src`, `href` and `srcset` addresses in a tree to absolute ones on `origin`. */
export function absoluteUrlsInTree(root: Root, origin: string): Root {
  const base = origin.replace(/\/$/, '');
  eachElement(root.children, (el) => {
    for (const name of ['src', 'href'] as const) {
      const value = el.properties[name];
      if (typeof value === 'string') el.properties[name] = absolute(value, base);
    }
    const srcSet = el.properties.srcSet;
    if (srcSet !== undefined && srcSet !== null) {
      const list = Array.isArray(srcSet) ? srcSet.map(String) : String(srcSet).split(',');
      el.properties.srcSet = list.map((part) => absolute(part.trim(), base)).join(', ');
    }
  });
  return root;
}

/** Rewrites root-relative `src`, `href` and `srcset` addresses to absolute ones on `origin`. */
export function absoluteUrls(html: string, origin: string): string {
  return serialiseHtml(absoluteUrlsInTree(parseFragment(html), origin));
}
