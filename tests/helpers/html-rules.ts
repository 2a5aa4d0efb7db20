/** The html-validate rules every built page and email version is checked against. */
import { HtmlValidate, type Message } from 'html-validate';

export const pageRules = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles read "Page – School name", the page's own words first: a long one is only cut short in
    // search engines' results, which is neither invalid nor an accessibility failure (WCAG 2.4.2
    // asks for a descriptive title, which a shorter one would be less).
    'long-title': 'off',
    // HTML allows ids that start with a digit; numbered headings ("1. Narrow the gap") get such ids
    // as link targets, and nothing uses them as CSS selectors, where they would need escaping.
    'valid-id': ['error', { relaxed: true }],
  },
});

// The newsletters' email versions are HTML for mail programs, not for browsers: mail programs
// ignore stylesheets and understand table attributes, so inline styles and `width`/`cellpadding`
// are what the format requires, and layout tables are marked role="presentation", the form every
// mail program's screen reader support knows. Everything else is checked as on any page.
export const emailRules = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off', 'no-inline-style': 'off', 'no-deprecated-attr': 'off', 'presentation-role-style': 'off' },
});

function describeMessage(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;
}

/** Every problem html-validate finds in a document, as `file:line:column rule: message`. */
export async function validate(validator: HtmlValidate, html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => describeMessage(file, m)));
}

/**
 * Places where words run into a link or code with no space: `version,<a` or `setting<code>`. A
 * line of text that ends before an element on the next line (as Prettier lays out a sentence that
 * goes on into a link) loses its last space when Astro compiles it, so a page can read "email
 * version,plain-text version" although the source looks right. A letter straight before or after
 * emphasis is left alone: "env<em>iron</em>ment" is deliberate.
 */
export function wordsRunTogether(html: string): string[] {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  const patterns = [/[,·;:|]<(a|abbr|b|code|em|i|span|strong|time)[\s>]/gu, /[\p{L}\p{N}]<(a|code)[\s>]/gu, /<\/(a|code)>[\p{L}\p{N}]/gu];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20)));
}
