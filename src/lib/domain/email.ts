/**
 * A newsletter as an email: one HTML document that mail programs display as intended (a single
 * 600 px table column, every style inline, absolute links and pictures, no script), and the same
 * text as plain text for the "text version" mailing systems ask for.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { absoluteUrlsInTree } from './absolute';
import { escapeHtml, parseFragment, serialiseHtml } from './html';
import { documentOnlyPolicy } from '../security/csp';
import { withoutForbiddenCharacters } from '../security/xml';

export interface EmailNewsletter {
  school: { name: string; url: string; phone: string; email: string; address: string };
  title: string;
  dateLabel: string;
  summary: string;
  /** The newsletter's rendered HTML (already safe: it comes from the site's Markdown pipeline). */
  bodyHtml: string;
  /** Absolute address of the newsletter's page. */
  webUrl: string;
  picture?: { src: string; alt: string; width: number; height: number };
  /** Brand colour for the header band. */
  brand: string;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TEXT = `${FONT}color:#1c2321;font-size:16px;line-height:1.5;`;

/** Inline styles for the elements a newsletter body uses; mail programs ignore <style> blocks. */
const ELEMENT_STYLES: Record<string, string> = {
  h2: `${FONT}color:#1c2321;font-size:22px;line-height:1.3;margin:28px 0 8px;`,
  h3: `${FONT}color:#1c2321;font-size:18px;line-height:1.3;margin:24px 0 8px;`,
  h4: `${FONT}color:#1c2321;font-size:16px;line-height:1.3;margin:20px 0 8px;`,
  p: `${TEXT}margin:0 0 16px;`,
  ul: `${TEXT}margin:0 0 16px;padding:0 0 0 24px;`,
  ol: `${TEXT}margin:0 0 16px;padding:0 0 0 24px;`,
  li: `${TEXT}margin:0 0 6px;`,
  a: 'color:#1a5aa6;text-decoration:underline;',
  img: 'max-width:100%;height:auto;border:0;display:block;',
  table: `${TEXT}border-collapse:collapse;margin:0 0 16px;`,
  th: `${TEXT}border:1px solid #c9cfcc;padding:6px 8px;text-align:left;`,
  td: `${TEXT}border:1px solid #c9cfcc;padding:6px 8px;vertical-align:top;`,
  blockquote: `${TEXT}margin:0 0 16px;padding:0 0 0 12px;border-left:4px solid #c9cfcc;`,
  strong: 'font-weight:bold;',
};

/** Properties mail programs cannot use: loading hints, alternative sources, the site's ids and classes. */
const DROPPED_PROPERTIES = ['loading', 'decoding', 'fetchPriority', 'srcSet', 'sizes', 'id', 'className'];

/**
 * The newsletter's body as a tree ready for mail programs: addresses absolute on `origin`, each
 * picture's alternative sources (`<picture>`, `<source>`) reduced to its `<img>`, what mail
 * programs cannot use removed, and each known element given its inline style (before any style it
 * already has). Built on the parsed tree, not with regular expressions: a `>` or a quote in a link's
 * title or a picture's description once broke the tags around it.
 */
export function emailBody(bodyHtml: string, origin: string): Root {
  const root = absoluteUrlsInTree(parseFragment(bodyHtml), origin);
  const simplify = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((node): RootContent[] => {
      if (node.type !== 'element') return [node];
      if (node.tagName === 'source') return [];
      node.children = simplify(node.children) as ElementContent[];
      if (node.tagName === 'picture') return node.children;
      for (const name of DROPPED_PROPERTIES) delete node.properties[name];
      const style = ELEMENT_STYLES[node.tagName];
      if (style) node.properties.style = `${style}${typeof node.properties.style === 'string' ? node.properties.style : ''}`;
      return [node];
    });
  root.children = simplify(root.children);
  return root;
}

/**
 * A title or summary on one line, as a page shows it (HTML joins the lines of a text with a space):
 * a line break pasted into the frontmatter would otherwise end a line of the email's source with
 * spaces, or leave the text version's title underlined for one line of two.
 */
function oneLine(text: string): string {
  // Vertical tab and form feed are a word processor's line and page breaks.
  return text.replace(/[ \t]*[\r\n\v\f]+[ \t]*/g, ' ');
}

/** The newsletter as a complete HTML email. */
export function emailHtml(n: EmailNewsletter): string {
  const origin = new URL(n.school.url).origin;
  const title = escapeHtml(oneLine(n.title));
  const body = serialiseHtml(emailBody(n.bodyHtml, origin));
  const picture = n.picture
    ? `<tr><td style="padding:0 32px 16px;"><img src="${escapeHtml(n.picture.src)}" alt="${escapeHtml(n.picture.alt)}" width="536" style="width:100%;max-width:536px;height:auto;border:0;display:block;"></td></tr>`
    : '';
  // Pasted control characters go, as from the feeds: some mail programs refuse a message with them.
  return withoutForbiddenCharacters(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(documentOnlyPolicy(origin))}">
<title>${title} – ${escapeHtml(n.school.name)}</title>
</head>
<body style="margin:0;padding:0;background:#f6f5f1;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f5f1;">
<tbody><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;">
<tbody><tr><td style="background:${n.brand};padding:20px 32px;${FONT}color:#ffffff;font-size:20px;font-weight:bold;">${escapeHtml(n.school.name)}</td></tr>
<tr><td style="padding:28px 32px 8px;">
<h1 style="${FONT}color:#1c2321;font-size:28px;line-height:1.25;margin:0 0 8px;">${title}</h1>
<p style="${TEXT}color:#4d5753;margin:0 0 16px;">${escapeHtml(n.dateLabel)}</p>
<p style="${TEXT}font-size:18px;margin:0 0 16px;">${escapeHtml(oneLine(n.summary))}</p>
</td></tr>
${picture}
<tr><td style="padding:0 32px 16px;">
${body}
</td></tr>
<tr><td style="padding:16px 32px 28px;border-top:1px solid #c9cfcc;">
<p style="${TEXT}font-size:14px;margin:0 0 8px;"><a href="${escapeHtml(n.webUrl)}" style="${ELEMENT_STYLES.a}">Read this newsletter on our website</a>, where you can also find the calendar, class pages and policies.</p>
<p style="${TEXT}font-size:14px;color:#4d5753;margin:0;">${escapeHtml(n.school.name)}, ${escapeHtml(n.school.address)}. Phone ${escapeHtml(n.school.phone)}. Email <a href="mailto:${escapeHtml(n.school.email)}" style="${ELEMENT_STYLES.a}">${escapeHtml(n.school.email)}</a>. You can ask the office for a paper copy.</p>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>
`);
}

/** Elements whose text is not part of the newsletter's words. */
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** The words of a tree, laid out as plain text: the inverse of what a mail program does with the HTML. */
function plainText(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element' || NOT_TEXT.has(node.tagName)) return '';
      const inner = () => plainText(node.children);
      switch (node.tagName) {
        case 'img': {
          const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
          return alt ? `[Picture: ${alt}]` : '';
        }
        case 'a': {
          const label = inner().trim();
          const href = typeof node.properties.href === 'string' ? node.properties.href : '';
          const target = href.replace(/^mailto:/, '');
          return label === target || !label ? target : target ? `${label} (${target})` : label;
        }
        case 'h1':
        case 'h2':
        case 'h3':
        case 'h4':
        case 'h5':
        case 'h6': {
          const heading = inner().replace(/\s+/g, ' ').trim();
          return `\n\n${heading}\n${'-'.repeat(heading.length)}\n\n`;
        }
        case 'li':
          return `\n- ${inner()}`;
        case 'br':
          return '\n';
        case 'p':
        case 'ul':
        case 'ol':
        case 'table':
        case 'blockquote':
          return `${inner()}\n\n`;
        case 'tr':
          return `${inner()}\n`;
        case 'td':
        case 'th':
          return `${inner()}  `;
        default:
          return inner();
      }
    })
    .join('');
}

/** The newsletter as plain text: headings underlined, links written out, lists with dashes, lines kept short by the reader. */
export function emailText(n: EmailNewsletter): string {
  const origin = new URL(n.school.url).origin;
  const text = plainText(absoluteUrlsInTree(parseFragment(n.bodyHtml), origin).children)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    // List items on consecutive lines.
    .replace(/^(- .*)\n\n(?=- )/gm, '$1\n')
    .trim();
  const title = oneLine(n.title);
  return withoutForbiddenCharacters(
    [
      n.school.name.toUpperCase(),
      '',
      title,
      '='.repeat(title.length),
      n.dateLabel,
      '',
      oneLine(n.summary),
      '',
      text,
      '',
      '---',
      `Read this newsletter on our website: ${n.webUrl}`,
      `${n.school.name}, ${n.school.address}. Phone ${n.school.phone}. Email ${n.school.email}.`,
      '',
    ].join('\n'),
  );
}
