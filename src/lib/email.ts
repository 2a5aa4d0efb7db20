/**
 * A newsletter as an email: one HTML document that mail programs display as intended (a single
 * 600 px table column, every style inline, absolute links and pictures, no script), and the same
 * text as plain text for the "text version" mailing systems ask for.
 */
import { absoluteUrls } from './absolute';
import { escapeHtml } from './html';

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

const FONT = "font-family:Arial,Helvetica,sans-serif;";
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

/** Adds the inline style for each known element (keeping any style it already has after ours). */
export function inlineStyles(html: string): string {
  return html.replace(/<([a-z][a-z0-9]*)(\s[^>]*)?>/gi, (tag, name: string, attrs = '') => {
    const style = ELEMENT_STYLES[name.toLowerCase()];
    if (!style) return tag;
    const existing = /\sstyle="([^"]*)"/i.exec(attrs);
    const rest = existing ? attrs.replace(existing[0], '') : attrs;
    return `<${name}${rest} style="${style}${existing ? existing[1] : ''}">`;
  });
}

/** Removes what mail programs cannot use: pictures' alternative sources (<picture>/<source>), loading hints and ids. */
function simplify(html: string): string {
  return html
    .replace(/<\/?picture[^>]*>/gi, '')
    .replace(/<source[^>]*>/gi, '')
    .replace(/\s(loading|decoding|fetchpriority|srcset|sizes|id|class)="[^"]*"/gi, '');
}

/** The newsletter as a complete HTML email. */
export function emailHtml(n: EmailNewsletter): string {
  const origin = new URL(n.school.url).origin;
  const body = inlineStyles(simplify(absoluteUrls(n.bodyHtml, origin)));
  const picture = n.picture
    ? `<tr><td style="padding:0 32px 16px;"><img src="${escapeHtml(n.picture.src)}" alt="${escapeHtml(n.picture.alt)}" width="536" style="width:100%;max-width:536px;height:auto;border:0;display:block;"></td></tr>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(n.title)} – ${escapeHtml(n.school.name)}</title>
</head>
<body style="margin:0;padding:0;background:#f6f5f1;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f5f1;">
<tbody><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;">
<tbody><tr><td style="background:${n.brand};padding:20px 32px;${FONT}color:#ffffff;font-size:20px;font-weight:bold;">${escapeHtml(n.school.name)}</td></tr>
<tr><td style="padding:28px 32px 8px;">
<h1 style="${FONT}color:#1c2321;font-size:28px;line-height:1.25;margin:0 0 8px;">${escapeHtml(n.title)}</h1>
<p style="${TEXT}color:#4d5753;margin:0 0 16px;">${escapeHtml(n.dateLabel)}</p>
<p style="${TEXT}font-size:18px;margin:0 0 16px;">${escapeHtml(n.summary)}</p>
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
`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', pound: '£', hellip: '…' };

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z0-9#]+);/gi, (m, name: string) => ENTITIES[name] ?? m);
}

/** The newsletter as plain text: headings underlined, links written out, lists with dashes, lines kept short by the reader. */
export function emailText(n: EmailNewsletter): string {
  const origin = new URL(n.school.url).origin;
  const body = absoluteUrls(n.bodyHtml, origin)
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<img[^>]*alt="([^"]*)"[^>]*>/gi, (_m, alt: string) => (alt ? `[Picture: ${alt}]` : ''))
    .replace(/<a[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, text: string) => {
      const label = text.replace(/<[^>]+>/g, '').trim();
      const target = href.replace(/^mailto:/, '');
      return label === target || !label ? target : `${label} (${target})`;
    })
    .replace(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi, (_m, text: string) => {
      const heading = decodeEntities(text.replace(/<[^>]+>/g, '').trim());
      return `\n\n${heading}\n${'-'.repeat(heading.length)}\n\n`;
    })
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|ul|ol|table|blockquote)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(tr)>/gi, '\n')
    .replace(/<\/(td|th)>/gi, '  ')
    .replace(/<[^>]+>/g, '');
  const text = decodeEntities(body)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    // List items on consecutive lines.
    .replace(/^(- .*)\n\n(?=- )/gm, '$1\n')
    .trim();
  const title = n.title;
  return [
    n.school.name.toUpperCase(),
    '',
    title,
    '='.repeat(title.length),
    n.dateLabel,
    '',
    n.summary,
    '',
    text,
    '',
    '---',
    `Read this newsletter on our website: ${n.webUrl}`,
    `${n.school.name}, ${n.school.address}. Phone ${n.school.phone}. Email ${n.school.email}.`,
    '',
  ].join('\n');
}
