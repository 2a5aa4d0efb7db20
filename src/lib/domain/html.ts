/** HTML as text and as a tree: escaping, and reading and writing fragments of rendered HTML. */
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

/** Escapes text for use inside HTML attributes and text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A fragment of HTML (an entry's rendered Markdown) as a tree, parsed as a browser would parse it
 * inside a page: by the same parser as the Markdown processor, so the tree is the one the
 * sanitiser saw. Changing HTML through the tree, never with regular expressions, means a `>` or a
 * quote in an attribute or in the text can never be mistaken for the end of a tag.
 */
export function parseFragment(html: string): Root {
  return htmlToHast(html, { fragment: true }) as Root;
}

/** A tree back to HTML. */
export function serialiseHtml(root: Root): string {
  return toHtml(root);
}

/** Calls `visit` on every element of a tree, parents before children; `visit` may change the element it is given. */
export function eachElement(nodes: readonly RootContent[], visit: (element: Element) => void): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    visit(node);
    eachElement(node.children, visit);
  }
}

/**
 * A fragment of rendered HTML without its ids, for text shown beside others on one page (each
 * governor's few words on the register): two texts with the same heading would otherwise give
 * the page two elements with one id, which breaks its links and screen readers' navigation.
 */
export function withoutIds(html: string): string {
  const root = parseFragment(html);
  eachElement(root.children, (element) => {
    delete element.properties.id;
  });
  return serialiseHtml(root);
}
