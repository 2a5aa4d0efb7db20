/**
 * What HTML an editor's Markdown may turn into. Markdown can carry raw HTML (typed, or pasted from
 * an email or a word processor), and without a filter a `<script>`, an `onerror=` or a
 * `javascript:` link in one newsletter would run in every parent's browser, in the feeds and in the
 * email version. This is an allowlist: elements and attributes not named here are removed, links
 * may only use the schemes below, and pictures may only come from this site.
 *
 * It runs inside the Markdown processor (see `safeHtmlPlugin` and astro.config.mjs), so every
 * place that uses rendered Markdown gets the same safe HTML: pages, RSS `content:encoded`, email
 * versions and the search index. It also removes what the Content-Security-Policy would block
 * anyway (inline `style`), so pages never trip the policy, and makes tables focusable so that
 * keyboard users can scroll the wide ones.
 */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { LINK_SCHEMES, REMOVED_WITH_CONTENT } from './html-allowlist';

/**
 * Elements raw HTML in Markdown may not open: those removed with their content, and the document's
 * own `<html>` and `<body>` (a parser drops those tags inside a page). Typed in prose, they are
 * shown as the text the editor typed (see `markupShownAsText`): "the <title> tag names a page".
 */
const SHOWN_AS_TEXT = [...REMOVED_WITH_CONTENT, 'html', 'body'];

/**
 * A `<` that would start one of those tags, whatever its case (the tag name ends at a space, a
 * slash or `>` for an HTML parser), a `<?` or `<!…` that is not a comment (which a parser turns
 * into a comment up to the next `>`, hiding the words between), or a `</` not followed by a letter
 * (the same).
 */
const TAG_SHOWN_AS_TEXT = new RegExp(`<(?=/?(?:${SHOWN_AS_TEXT.join('|')})(?![^\\s/>])|\\?|!(?!--)|/(?![a-z]))`, 'gi');

/** Where an HTML comment that starts at `start` ends (just after it), as a browser reads it, or -1 if it never does. */
function commentEnd(html: string, start: number): number {
  const body = start + 4;
  if (html.startsWith('>', body)) return body + 1;
  if (html.startsWith('->', body)) return body + 2;
  const ends = [html.indexOf('-->', body), html.indexOf('--!>', body)].filter((i) => i !== -1);
  if (ends.length === 0) return -1;
  const end = Math.min(...ends);
  return end + (html.startsWith('-->', end) ? 3 : 4);
}

/**
 * Raw HTML from Markdown with every `<` that would hide the editor's words written as `&lt;`, so
 * a parser reads it as text. Without this, the HTML parser (which reads the whole rendered
 * document at once) lets a `<title>`, `<textarea>`, `<xmp>`, `<script>`, `<style>` or
 * `<plaintext>` typed in a sentence swallow everything after it as that element's text, up to the
 * end of the document; `<svg>`, `<math>`, `<template>` or `<select>` take what follows inside
 * them; and a comment that is never closed hides the rest. The sanitiser then removed all of it:
 * the page, the email version and the feeds stopped mid-sentence without a word.
 *
 * Shown as text instead, nothing is lost and nothing runs: the reader (and the editor, in the
 * preview) sees exactly what was typed. A comment that is closed stays a comment: it is how
 * editors leave each other notes.
 */
export function markupShownAsText(html: string): string {
  const out = html.replace(TAG_SHOWN_AS_TEXT, '&lt;');
  for (let i = out.indexOf('<!--'); i !== -1; i = out.indexOf('<!--', i)) {
    const end = commentEnd(out, i);
    if (end === -1) return out.slice(0, i) + out.slice(i).replace(/<!--/g, '&lt;!--');
    i = end;
  }
  return out;
}

/** Attributes every kept element may have. */
const GLOBAL_ATTRIBUTES = ['id', 'className', 'lang', 'dir', 'title'];

/**
 * Elements kept, with the attributes each may have besides the global ones (hast property names).
 * Anything else (`<font>`, `<center>`, `<section>`, Word's `<o:p>`…) is unwrapped: its text stays.
 */
const ELEMENTS: Record<string, readonly string[]> = {
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  p: [],
  br: [],
  hr: [],
  div: [],
  span: [],
  address: [],
  a: ['href', 'hrefLang', 'ariaLabel', 'ariaDescribedBy', 'dataFootnoteRef', 'dataFootnoteBackref'],
  img: ['src', 'alt', 'width', 'height'],
  ul: [],
  ol: ['start', 'reversed'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  blockquote: ['cite'],
  q: ['cite'],
  cite: [],
  pre: [],
  code: [],
  kbd: [],
  samp: [],
  var: [],
  em: [],
  strong: [],
  b: [],
  i: [],
  u: [],
  s: [],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  mark: [],
  small: [],
  sub: [],
  sup: [],
  abbr: [],
  dfn: [],
  time: ['dateTime'],
  wbr: [],
  bdi: [],
  bdo: [],
  ruby: [],
  rt: [],
  rp: [],
  table: [],
  caption: [],
  colgroup: ['span'],
  col: ['span'],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colSpan', 'rowSpan', 'scope', 'abbr', 'headers'],
  td: ['colSpan', 'rowSpan', 'headers'],
  details: ['open'],
  summary: [],
  figure: [],
  figcaption: [],
  // Only the footnotes section GitHub-style Markdown writes (`data-footnotes`); other sections are unwrapped.
  section: ['dataFootnotes'],
};

/** Classes the Markdown processor itself writes (code languages, footnotes, task lists), and the site's own hidden-text class. */
const CLASS = /^(language-[\w+#-]+|footnotes|data-footnote-backref|contains-task-list|task-list-item|visually-hidden)$/;

/**
 * Ids the pages around the content use (the skip link's target, the search box, sections that
 * `aria-labelledby` points at). A heading or element in the content must not take one: the
 * duplicate would send the skip link or a label to the wrong place. tests/unit/safe-html.test.ts
 * checks this list against the ids written in src/.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'main',
  'site-search',
  'search-q',
  'search-results-heading',
  'search-archive',
  'results',
  'cms-config',
  'nc-root',
  'footer-contact',
  'footer-hours',
  'footer-links',
  'our-schools',
  'subscribe-heading',
  'contents-heading',
  'class-events',
  'class-news',
  'consultation',
  'documents',
  'downloads',
  'every-week',
  'get-involved',
  'home-learning',
  'in-brief',
  'latest-newsletter',
  'letters',
  'links',
  'next-dates',
  'policy-categories',
  'quick-links',
  'related',
  'this-week',
  'under-consultation',
  'updates',
  'you-said',
  'must-publish',
  'should-publish',
  'not-asked',
  'board',
  'committees',
  'attendance',
  'stepped-down',
  'facts',
  'apply',
  'safer-recruitment',
  'parent-actions',
  'footer-actions',
  'todays-lunch',
  'welcome',
  'menu-this-week',
  'menu-cycle',
  'menu-calendar',
  'allergen-key',
  'free-meals',
  'open-days',
  'admission-arrangements',
  'prospectus',
  'inspection',
  'uniform-info',
  'school-lunches',
]);

const ID = /^[A-Za-z][\w-]*$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const NUMBER = /^\d{1,4}$/;
/** Markup inside an attribute value: harmless where it is, but it turns into tags if the HTML is ever re-parsed in another context (mutation XSS). */
const MARKUP = /<[a-z!/?]|-->/i;
const RASTER_DATA_IMAGE = /^data:image\/(png|gif|jpeg|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** The scheme of a URL as a browser would see it (it ignores control characters, tabs and spaces), lower-cased; undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // Browsers strip leading C0 controls and spaces, and tabs and newlines anywhere, before parsing.
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether a link target is safe to keep: relative, an in-page anchor, or one of the allowed schemes. */
export function isSafeLink(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || LINK_SCHEMES.has(scheme);
}

/**
 * Whether a picture's address is on this site (or an inline raster image). Pictures from other
 * sites are not loaded: they would tell another company who reads the page, and the
 * Content-Security-Policy blocks them anyway.
 */
export function isSiteImage(src: string): boolean {
  if (RASTER_DATA_IMAGE.test(src)) return true;
  // Browsers drop tabs and newlines anywhere in an address and read a backslash as a slash, so
  // `/\evil.example/x.png`, `\/evil.example` and `/<tab>/evil.example` are all `//evil.example`:
  // another site. Removing every space and control character refuses a little more than that.
  const cleaned = src.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\\/g, '/');
  return urlScheme(cleaned) === undefined && !cleaned.startsWith('//');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}

/** The allowed attributes of an element, each checked; unsafe values are dropped. */
function safeProperties(tagName: string, properties: Properties): Properties {
  const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(ELEMENTS[tagName] ?? [])]);
  const out: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if (!allowed.has(name) || value === null || value === undefined || value === false) continue;
    const v = text(value);
    if (v !== undefined && MARKUP.test(v)) continue;
    switch (name) {
      case 'href':
      case 'cite':
        if (v !== undefined && isSafeLink(v)) out[name] = v;
        break;
      case 'src':
        if (v !== undefined && isSiteImage(v)) out[name] = v;
        break;
      case 'id':
        if (v !== undefined && ID.test(v) && !RESERVED_IDS.has(v)) out[name] = v;
        break;
      case 'className': {
        const classes = (Array.isArray(value) ? value : String(value).split(/\s+/))
          .map((c) => (c === 'sr-only' ? 'visually-hidden' : String(c)))
          .filter((c) => CLASS.test(c));
        if (classes.length) out[name] = classes;
        break;
      }
      case 'lang':
      case 'hrefLang':
        if (v !== undefined && LANG.test(v)) out[name] = v;
        break;
      case 'dir':
        if (v === 'ltr' || v === 'rtl' || v === 'auto') out[name] = v;
        break;
      case 'scope':
        if (v === 'row' || v === 'col' || v === 'rowgroup' || v === 'colgroup') out[name] = v;
        break;
      case 'width':
      case 'height':
      case 'span':
      case 'colSpan':
      case 'rowSpan':
      case 'start':
      case 'value':
        if (v !== undefined && NUMBER.test(v)) out[name] = v;
        break;
      case 'open':
      case 'reversed':
        out[name] = true;
        break;
      default:
        if (typeof value === 'boolean') out[name] = value;
        else if (Array.isArray(value)) out[name] = value.map(String);
        else if (v !== undefined) out[name] = v;
    }
  }
  return out;
}

/** The task-list checkbox GitHub-style Markdown writes (`- [x]`): disabled, so it is not a form control parents can use. */
function isTaskCheckbox(node: Element): boolean {
  return node.tagName === 'input' && node.properties?.type === 'checkbox' && node.properties?.disabled === true;
}

function sanitiseNodes(nodes: readonly (RootContent | ElementContent)[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    else if (node.type === 'element') out.push(...sanitiseElement(node));
    // Comments (including Word's conditional comments), doctypes, unparsed raw HTML and MDX nodes go.
  }
  return out;
}

function sanitiseElement(node: Element): ElementContent[] {
  const tagName = node.tagName.toLowerCase();
  if (isTaskCheckbox(node)) {
    return [
      {
        type: 'element',
        tagName: 'input',
        properties: { type: 'checkbox', disabled: true, ...(node.properties.checked ? { checked: true } : {}) },
        children: [],
      },
    ];
  }
  if (REMOVED_WITH_CONTENT.has(tagName)) return [];
  const children = sanitiseNodes(node.children ?? []);
  if (!(tagName in ELEMENTS) || (tagName === 'section' && node.properties?.dataFootnotes === undefined)) return children;
  const properties = safeProperties(tagName, node.properties ?? {});
  // A wide table scrolls sideways on a phone (see .prose table in global.css): keyboard users need
  // to be able to focus it to scroll it.
  if (tagName === 'table') properties.tabIndex = 0;
  if (tagName === 'img' && properties.src === undefined) {
    // A picture from another site: keep its description as text so nothing the editor wrote is lost.
    const alt = text(node.properties?.alt)?.trim();
    return alt ? [{ type: 'text', value: alt }] : [];
  }
  return [{ type: 'element', tagName, properties, children }];
}

/** A copy of the tree with only allowed elements, attributes and addresses. */
export function sanitiseTree(root: Root): Root {
  return { type: 'root', children: sanitiseNodes(root.children) };
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/**
 * Gives every heading without an id one made from its text, as Sätteri would (GitHub's rules), but
 * never one of `RESERVED_IDS` nor an id already in the content: "## Documents" in a policy becomes
 * `documents-1`, because the policy page's own list of documents is `documents`.
 */
export function assignHeadingIds(root: Root, reserved: ReadonlySet<string> = RESERVED_IDS): Root {
  const slugger = new GithubSlugger();
  const taken = new Set(reserved);
  const walk = (nodes: readonly ElementContent[], visit: (el: Element) => void) => {
    for (const n of nodes)
      if (n.type === 'element') {
        visit(n);
        walk(n.children, visit);
      }
  };
  const children = root.children as ElementContent[];
  walk(children, (el) => {
    if (typeof el.properties.id === 'string') taken.add(el.properties.id);
  });
  for (const id of taken) slugger.slug(id);
  walk(children, (el) => {
    if (/^h[1-6]$/.test(el.tagName) && typeof el.properties.id !== 'string') el.properties.id = slugger.slug(textOf(el));
  });
  return root;
}

/** A hash of every rule and of the code that applies them: it changes whenever what is kept could change. */
function rulesFingerprint(): string {
  const rules = [
    [...REMOVED_WITH_CONTENT],
    SHOWN_AS_TEXT,
    String(TAG_SHOWN_AS_TEXT),
    GLOBAL_ATTRIBUTES,
    ELEMENTS,
    [...LINK_SCHEMES],
    [...RESERVED_IDS],
    [CLASS, ID, LANG, NUMBER, MARKUP, RASTER_DATA_IMAGE].map(String),
  ];
  const code = [
    commentEnd,
    markupShownAsText,
    urlScheme,
    isSafeLink,
    isSiteImage,
    text,
    safeProperties,
    isTaskCheckbox,
    sanitiseNodes,
    sanitiseElement,
    sanitiseTree,
    textOf,
    assignHeadingIds,
  ].map(String);
  return createHash('sha256')
    .update(JSON.stringify([rules, code]))
    .digest('hex')
    .slice(0, 16);
}

/** The smallest structural view of Sätteri's plugin context this file needs. */
interface TreeContext {
  replaceNode(node: Root, replacement: Root): void;
}

/** Markdown nodes whose children are inline: raw HTML inside them is a tag in a sentence. */
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'superscript', 'subscript']);

type RawHtml = { type: 'html'; value: string };

/** The smallest structural view of Sätteri's Markdown plugin context this file needs. */
interface MarkdownContext {
  parent(node: RawHtml): { type: string } | undefined;
  replaceNode(node: RawHtml, replacement: (RawHtml | { raw: string; mdxExpressions: boolean })[]): void;
}

/**
 * The Sätteri Markdown (mdast) plugin that applies `markupShownAsText` to every piece of raw HTML
 * before the HTML parser sees the document. The escaped HTML stays raw HTML (so an address in it
 * is not turned into a link), except what follows a blank line in a block of HTML: only a
 * `<script>`, `<style>`, `<textarea>` or `<pre>` without its end tag, or an unclosed comment, at
 * the start of a line makes the Markdown parser take the following paragraphs as HTML too, so that
 * part is read again as Markdown and the headings and lists after it come back. `rules` is there
 * for Astro's cache, as in `safeHtmlPlugin`.
 */
export function markupAsTextPlugin() {
  return {
    name: 'school:markup-shown-as-text',
    rules: rulesFingerprint(),
    html(node: RawHtml, ctx: MarkdownContext) {
      const value = markupShownAsText(node.value);
      if (value === node.value) return undefined;
      const blank = INLINE_PARENTS.has(ctx.parent(node)?.type ?? '') ? null : /\n[ \t]*\n/.exec(value);
      if (!blank) return { type: 'html' as const, value };
      ctx.replaceNode(node, [
        { type: 'html', value: value.slice(0, blank.index) },
        { raw: value.slice(blank.index + blank[0].length), mdxExpressions: false },
      ]);
      return undefined;
    },
  };
}

/**
 * The Sätteri HAST plugin that applies `sanitiseTree` to each document once all other plugins
 * have run (Sätteri's own plugins that run later only mark pictures for resizing and record the
 * headings, keeping the ids given here). The rules are part of the plugin object because Astro caches rendered Markdown
 * between builds and clears that cache only when its configuration (as JSON) changes: this way a
 * change to the rules re-renders every entry instead of leaving old, unfiltered HTML in the cache.
 */
export function safeHtmlPlugin() {
  return {
    name: 'school:safe-html',
    rules: rulesFingerprint(),
    after(root: Root, ctx: TreeContext) {
      ctx.replaceNode(root, assignHeadingIds(sanitiseTree(root)));
    },
  };
}
