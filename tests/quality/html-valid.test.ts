/**
 * Every page of the built demo school is valid HTML by html-validate's recommended rules (the few
 * rules turned off or relaxed are explained below), and a broken fixture page proves the check
 * fails when it should.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { emailRules, pageRules, validate } from '../helpers/html-rules';
import { siteFiles } from '../helpers/site-files';

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
    for (const rule of ['no-dup-id', 'wcag/h37', 'no-inline-style', 'close-order', 'no-implicit-button-type'])
      expect(rules, problems.join('\n')).toContain(rule);
  });
});
