/**
 * Each newsletter's email version on the built demo: a valid HTML document with every address
 * absolute and no script, and a plain-text version, both linked from the newsletter's page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('demoDir');
const newsletters = readdirSync(join(dist, 'newsletters'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'page')
  .map((d) => d.name);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('newsletters by email', () => {
  it('exist for every published newsletter and are linked from its page', () => {
    expect(newsletters.length).toBeGreaterThanOrEqual(8);
    for (const slug of newsletters) {
      const page = read(`newsletters/${slug}/index.html`);
      expect(page).toContain(`href="/newsletters/${slug}/email.html"`);
      expect(page).toContain(`href="/newsletters/${slug}/email.txt"`);
    }
  });

  it('are valid HTML with only absolute addresses, inline styles and no script', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Mail programs need these: layout tables, widths and inline styles are how email HTML works.
        'no-inline-style': 'off',
        'prefer-native-element': 'off',
        'no-deprecated-attr': 'off',
        // role="presentation" rather than its newer synonym "none", which older screen readers in mail programs do not know.
        'presentation-role-style': 'off',
        // The title is the newsletter's own title: a search-engine length limit means nothing in an inbox.
        'long-title': 'off',
      },
    });
    for (const slug of newsletters) {
      const html = read(`newsletters/${slug}/email.html`);
      const report = await validator.validateString(html);
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        slug,
      ).toEqual([]);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link[^>]+stylesheet|<style/i);
      const addresses = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
      expect(addresses.length).toBeGreaterThan(1);
      for (const address of addresses) expect(address, slug).toMatch(/^(https:\/\/|mailto:|tel:)/);
      expect(html).not.toMatch(/srcset=/);
    }
  });

  it('carry the newsletter’s picture, resized, and a link back to the website', () => {
    const html = read('newsletters/2026-09-04-newsletter-1/email.html');
    expect(html).toMatch(/<img src="https:\/\/www\.hazelbrook\.sch\.uk\/_astro\/[^"]+\.jpg" alt="[^"]+"/);
    expect(html).toContain('href="https://www.hazelbrook.sch.uk/newsletters/2026-09-04-newsletter-1/"');
  });

  it('have a plain-text version with headings, list items and links written out', () => {
    const text = read('newsletters/2026-11-13-newsletter-8/email.txt');
    expect(text).toMatch(/^HAZELBROOK PRIMARY SCHOOL\n\nNewsletter 8: .+\n=+\n/);
    expect(text).toMatch(/\nDates for your diary\n-+\n\n- .+\n- /);
    expect(text).not.toMatch(/<[a-z/]/i);
    expect(text).toContain('Read this newsletter on our website: https://www.hazelbrook.sch.uk/newsletters/2026-11-13-newsletter-8/');
  });
});
