/**
 * Every page of the built demo school is valid HTML by html-validate's recommended rules (the few
 * rules turned off or relaxed are explained below), and a broken fixture page proves the check
 * fails when it should.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { emailRules, pageRules, validate, wordsRunTogether } from '../helpers/html-rules';
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

  it('has a space wherever words meet a link: no “version,plain-text version” or “checklist ·Subscribe”', () => {
    const dir = inject('demoDir');
    const found = siteFiles(dir)
      .filter((f) => f.endsWith('.html'))
      .flatMap((file) => wordsRunTogether(readFileSync(join(dir, file), 'utf8')).map((where) => `${file}: ${where}`));
    expect(found).toEqual([]);
    // The check itself finds what it is for.
    expect(wordsRunTogether('<p>For the office: <a href="/e">email version</a>,<a href="/t">plain-text version</a>.</p>')).toHaveLength(1);
    expect(wordsRunTogether('<p>the checklist</a> ·<a href="/c">Subscribe</a> by setting<code>X</code>and</p>')).toHaveLength(3);
    expect(wordsRunTogether('<p>iron in env<em>iron</em>ment, <a href="/a">a link</a>, (<a href="/b">b</a>)</p>')).toEqual([]);
  });

  it('fails a page with the usual mistakes', async () => {
    const problems = await validate(pageRules, readFileSync('tests/fixtures/quality/broken-page.html', 'utf8'), 'broken-page.html');
    const rules = new Set(problems.map((p) => p.split(' ')[1]!.replace(/:$/, '')));
    for (const rule of ['no-dup-id', 'wcag/h37', 'no-inline-style', 'close-order', 'no-implicit-button-type'])
      expect(rules, problems.join('\n')).toContain(rule);
  });
});
