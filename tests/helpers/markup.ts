/**
 * What a parsed piece of HTML could use to run code, load from another site or take over a page,
 * found statically (the browser tests find the same by running the pages). Used by the sanitiser's
 * unit and property tests and by the whole-site safe-content test.
 */
import type { Element, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';

/** Elements no editor's content may produce. */
const FORBIDDEN = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'meta',
  'link',
  'form',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'xmp',
  'plaintext',
  'title',
  'noembed',
  'noframes',
  'head',
  'body',
  'html',
]);
/** Attributes that hold an address a browser would load or follow. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'background', 'cite', 'srcSet']);
/** Elements whose text a browser does not show as text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'plaintext']);

/** Parses HTML as a browser would: a whole document, or a fragment of one. */
export function parseHtml(html: string, fragment = true): Root {
  return htmlToHast(html, { fragment }) as Root;
}

function values(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];
}

function walk(nodes: readonly RootContent[], visit: (el: Element) => void) {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    visit(node);
    walk(node.children, visit);
    if (node.content) walk(node.content.children, visit);
  }
}

function describe(el: Element): string {
  return `<${el.tagName}>`;
}

/** A URL's scheme as a browser reads it (controls, tabs and spaces ignored). */
function scheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/**
 * Everything in an editor's rendered HTML (a fragment) that could run, load from elsewhere or take
 * over the page: forbidden elements, event handlers, inline styles (unless `allowStyle`, as the
 * email version has), `javascript:`/`vbscript:`/`data:` addresses (other than inline raster
 * pictures) and pictures from another site.
 */
export function dangerousMarkup(html: string, allowStyle = false): string[] {
  const found: string[] = [];
  walk(parseHtml(html).children, (el) => {
    if (FORBIDDEN.has(el.tagName)) found.push(describe(el));
    if (el.tagName === 'input' && !(el.properties.type === 'checkbox' && el.properties.disabled === true)) found.push('<input>');
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) found.push(`${describe(el)} ${name}`);
      if (name === 'style' && !allowStyle) found.push(`${describe(el)} style`);
      if (name === 'srcDoc') found.push(`${describe(el)} srcdoc`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      for (const url of values(value)) {
        const s = scheme(url);
        if ((s === 'javascript' || s === 'vbscript' || s === 'data') && !/^data:image\/(png|gif|jpeg|webp|avif);/i.test(url))
          found.push(`${describe(el)} ${name}="${url.slice(0, 40)}"`);
        if (el.tagName === 'img' && name === 'src' && (s === 'http' || s === 'https' || /^[\s\\/]{2}/.test(url.replace(/[\t\n\r]/g, ''))))
          found.push(`${describe(el)} src from another site: ${url}`);
      }
    }
  });
  return found;
}

/**
 * Where `payload` appears in a built HTML document other than as text a reader sees: in an
 * attribute, a comment, or inside an element whose content is not shown as text (a script, a
 * style, a template…). The site shows HTML an editor typed as text, so the payload may appear
 * in what a reader sees, but never as markup.
 */
export function payloadOutsideText(html: string, payload: RegExp, fragment = false): string[] {
  const found: string[] = [];
  const visit = (nodes: readonly RootContent[], hidden: string | undefined) => {
    for (const node of nodes) {
      if (node.type === 'comment' && payload.test(node.value)) found.push(`a comment: ${node.value.slice(0, 60)}`);
      if (node.type === 'text' && hidden && payload.test(node.value)) found.push(`inside <${hidden}>: ${node.value.slice(0, 60)}`);
      if (node.type !== 'element') continue;
      for (const [name, value] of Object.entries(node.properties)) {
        if (values(value).some((v) => payload.test(v))) found.push(`${describe(node)} ${name}="${values(value).join(' ').slice(0, 60)}"`);
      }
      const inside = hidden ?? (NOT_TEXT.has(node.tagName) ? node.tagName : undefined);
      visit(node.children, inside);
      if (node.content) visit(node.content.children, node.tagName);
    }
  };
  visit(parseHtml(html, fragment).children, undefined);
  return found;
}

/** Elements that sit inside a line of text: no space is seen around them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** The words a reader sees in some HTML (scripts, styles and comments left out), spaces collapsed. */
export function visibleText(html: string, fragment = true): string {
  const text = (nodes: readonly RootContent[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return n.value;
        if (n.type !== 'element' || NOT_TEXT.has(n.tagName)) return '';
        return INLINE.has(n.tagName) ? text(n.children) : ` ${text(n.children)} `;
      })
      .join('');
  return text(parseHtml(html, fragment).children).replace(/\s+/g, ' ').trim();
}
