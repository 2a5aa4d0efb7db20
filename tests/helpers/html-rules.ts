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
