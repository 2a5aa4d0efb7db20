/**
 * The part of the site's HTML rules (src/lib/security/safe-html.ts) that the editor's preview applies too:
 * which elements never survive and which link schemes may. It is its own module because the
 * preview runs in the browser, where the build's sanitiser (Node code) cannot go.
 */

/** Elements removed together with everything inside them: code, other documents, forms, and markup whose parsing differs between browsers. */
export const REMOVED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'title',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'portal',
  'fencedframe',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'map',
  'area',
  'base',
  'meta',
  'link',
  'head',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'fieldset',
  'legend',
  'label',
  'dialog',
  'slot',
  'search',
  'menu',
  'marquee',
]);

/** Schemes a link may use. Anything else (`javascript:`, `data:`, `vbscript:`, `file:`…) is removed. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel', 'webcal']);

/**
 * DOMPurify's settings for the editor's preview (and for HTML pasted into the editor): the same
 * elements removed and the same link schemes as on the site. DOMPurify on its own keeps forms,
 * buttons and styles, and more schemes.
 */
export function previewPurifyConfig(): { FORBID_TAGS: string[]; ALLOWED_URI_REGEXP: RegExp } {
  const schemes = [...LINK_SCHEMES].join('|');
  // A scheme from the list, or no scheme at all (a relative address such as /uploads/x.pdf or #top).
  return { FORBID_TAGS: [...REMOVED_WITH_CONTENT], ALLOWED_URI_REGEXP: new RegExp(`^(?:(?:${schemes}):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))`, 'i') };
}
