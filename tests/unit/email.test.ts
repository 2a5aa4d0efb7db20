import { describe, expect, it } from 'vitest';
import { emailHtml, emailText, inlineStyles, type EmailNewsletter } from '../../src/lib/email';

const newsletter: EmailNewsletter = {
  school: { name: 'Test School', url: 'https://test.sch.uk', phone: '01632 960 000', email: 'office@test.sch.uk', address: '1 Lane, Town' },
  title: 'Newsletter 1 & welcome',
  dateLabel: 'Friday 4 September 2026',
  summary: 'Back to school.',
  bodyHtml:
    '<h2 id="news">News &amp; dates</h2><p>See <a href="/policies/uniform/">the uniform policy</a> or <a href="mailto:office@test.sch.uk">office@test.sch.uk</a>.</p>' +
    '<ul>\n<li>One</li>\n<li>Two</li>\n</ul><p><picture><source srcset="/_astro/a.avif 400w" type="image/avif"><img src="/_astro/a.jpg" alt="Children planting" loading="lazy"></picture></p>',
  webUrl: 'https://test.sch.uk/newsletters/one/',
  brand: '#1f5a4a',
};

describe('the email version of a newsletter', () => {
  it('styles each element inline, keeping a style it already had', () => {
    expect(inlineStyles('<p>Hi</p>')).toMatch(/^<p style="[^"]*margin:0 0 16px;[^"]*">Hi<\/p>$/);
    expect(inlineStyles('<p style="text-align:center">Hi</p>')).toMatch(/<p style="[^"]+;text-align:center">/);
    expect(inlineStyles('<span>x</span>')).toBe('<span>x</span>');
  });

  it('makes every address absolute and drops what mail programs cannot use', () => {
    const html = emailHtml(newsletter);
    expect(html).toContain('href="https://test.sch.uk/policies/uniform/"');
    expect(html).toContain('src="https://test.sch.uk/_astro/a.jpg"');
    expect(html).not.toMatch(/<picture|<source|srcset|loading=|id="news"/);
    expect(html).toContain('<title>Newsletter 1 &amp; welcome – Test School</title>');
    expect(html).not.toMatch(/<script|<style/);
  });

  it('writes a plain-text version a parent can read', () => {
    expect(emailText(newsletter)).toBe(
      [
        'TEST SCHOOL',
        '',
        'Newsletter 1 & welcome',
        '======================',
        'Friday 4 September 2026',
        '',
        'Back to school.',
        '',
        'News & dates',
        '------------',
        '',
        'See the uniform policy (https://test.sch.uk/policies/uniform/) or office@test.sch.uk.',
        '',
        '- One',
        '- Two',
        '',
        '[Picture: Children planting]',
        '',
        '---',
        'Read this newsletter on our website: https://test.sch.uk/newsletters/one/',
        'Test School, 1 Lane, Town. Phone 01632 960 000. Email office@test.sch.uk.',
        '',
      ].join('\n'),
    );
  });
});
