/**
 * Every page of the built demo school is valid HTML by html-validate's recommended rules (the few
 * rules turned off or relaxed are explained below), and a broken fixture page proves the check
 * fails when it should.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../helpers/site-files';

const pageRules = new HtmlValidate({
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
const emailRules = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off', 'no-inline-style': 'off', 'no-deprecated-attr': 'off', 'presentation-role-style': 'off' },
});

function describeMessage(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;
}

async function validate(validator: HtmlValidate, html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => describeMessage(file, m)));
}

describe('valid HTML', () => {
  it('on every built page of the demo school', async () => {
    const dir = inject('demoDir');
    const pages = siteFiles(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of pages) {
      problems.push(...(await validate(file.endsWith('/email.html') ? emailRules : pageRules, readFileSync(join(dir, file), 'utf8'), file)));
    }
    console.info(`html-validate: ${pages.length} pages, ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  it('fails a page with the usual mistakes', async () => {
    const problems = await validate(pageRules, readFileSync('tests/fixtures/quality/broken-page.html', 'utf8'), 'broken-page.html');
    const rules = new Set(problems.map((p) => p.split(' ')[1]!.replace(/:$/, '')));
    for (const rule of ['no-dup-id', 'wcag/h37', 'no-inline-style', 'close-order', 'no-implicit-button-type']) expect(rules, problems.join('\n')).toContain(rule);
  });
});
