import type { RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { emailBody, emailHtml, emailText, type EmailNewsletter } from '../../src/lib/domain/email';
import { serialiseHtml } from '../../src/lib/domain/html';
import { documentOnlyPolicy } from '../../src/lib/security/csp';
import { metaPolicy } from '../../src/lib/security/headers';
import { emailRules, validate } from '../helpers/html-rules';
import { renderMarkdown } from '../helpers/markdown';
import { parseHtml, visibleText } from '../helpers/markup';

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
    const body = (html: string) => serialiseHtml(emailBody(html, 'https://test.sch.uk'));
    expect(body('<p>Hi</p>')).toMatch(/^<p style="[^"]*margin:0 0 16px;[^"]*">Hi<\/p>$/);
    expect(body('<p style="text-align:center">Hi</p>')).toMatch(/<p style="[^"]+;text-align:center">/);
    expect(body('<span>x</span>')).toBe('<span>x</span>');
  });

  it('makes every address absolute and drops what mail programs cannot use', () => {
    const html = emailHtml(newsletter);
    expect(html).toContain('href="https://test.sch.uk/policies/uniform/"');
    expect(html).toContain('src="https://test.sch.uk/_astro/a.jpg"');
    expect(html).not.toMatch(/<picture|<source|srcset|loading=|id="news"/);
    expect(html).toContain('<title>Newsletter 1 &amp; welcome – Test School</title>');
    expect(html).not.toMatch(/<script|<style/);
  });

  it('carries its own Content-Security-Policy, for hosts that send no headers: no script, pictures only from the school', () => {
    expect(metaPolicy(emailHtml(newsletter))).toBe(documentOnlyPolicy('https://test.sch.uk'));
    expect(documentOnlyPolicy('https://test.sch.uk')).toMatch(/^default-src 'none'; img-src 'self' https:\/\/test\.sch\.uk data:;/);
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

// The newsletter's body as the site's Markdown processor renders it.
const markdown = [
  'See [the lunch menu](/menus/ "Lunch > dinner, \\"hot\\" & 3 < 4") and [the office](mailto:office@test.sch.uk (It\'s "open" > 9)).',
  '',
  '![A "quoted" & it\'s > 3 < 4 picture](/_astro/a.jpg "Pictures > words")',
  '',
  '<a href="/clubs/" title="Clubs > 3pm">After-school clubs</a> start at 3:15 > 3pm & 3 < 4.',
].join('\n');
const hostile = { ...newsletter, title: 'Fish > chips & "peas" <b>', summary: "It's <i>on</i> > Friday", bodyHtml: await renderMarkdown(markdown) };

describe('the email version with hostile titles, descriptions and text', () => {
  it('keeps every link, title and description exactly as the editor wrote it', () => {
    const html = emailHtml(hostile);
    const links: { href: string; title: string; text: string }[] = [];
    const pictures: { alt: string; title: string }[] = [];
    const walk = (nodes: RootContent[]) => {
      for (const n of nodes) {
        if (n.type !== 'element') continue;
        if (n.tagName === 'a')
          links.push({
            href: String(n.properties.href),
            title: String(n.properties.title ?? ''),
            text: visibleText(serialiseHtml({ type: 'root', children: n.children })),
          });
        if (n.tagName === 'img') pictures.push({ alt: String(n.properties.alt), title: String(n.properties.title ?? '') });
        walk(n.children);
      }
    };
    walk(parseHtml(html, false).children);
    expect(links.slice(0, 3)).toEqual([
      { href: 'https://test.sch.uk/menus/', title: 'Lunch > dinner, "hot" & 3 < 4', text: 'the lunch menu' },
      { href: 'mailto:office@test.sch.uk', title: 'It\'s "open" > 9', text: 'the office' },
      { href: 'https://test.sch.uk/clubs/', title: 'Clubs > 3pm', text: 'After-school clubs' },
    ]);
    expect(pictures).toEqual([{ alt: 'A “quoted” & it’s > 3 < 4 picture', title: 'Pictures > words' }]);
    // Every element got its style, and no piece of a tag leaked into the text.
    // Smart punctuation (Astro's default) curls the quotes in the text, as on the page.
    expect(visibleText(html, false)).toContain('See the lunch menu and the office. After-school clubs start at 3:15 > 3pm & 3 < 4.');
    expect(visibleText(html, false)).toContain('Fish > chips & "peas" <b>');
    expect(html).not.toMatch(/style="[^"]*style=/);
  });

  it('is valid HTML, by the rules every built email version is checked against', async () => {
    expect(await validate(emailRules, emailHtml(hostile), 'email.html')).toEqual([]);
  });

  it('writes the text version with the words, links and descriptions as they were typed', () => {
    const text = emailText(hostile);
    expect(text).toContain('See the lunch menu (https://test.sch.uk/menus/) and the office (office@test.sch.uk).');
    expect(text).toContain('[Picture: A “quoted” & it’s > 3 < 4 picture]');
    expect(text).toContain('After-school clubs (https://test.sch.uk/clubs/) start at 3:15 > 3pm & 3 < 4.');
    expect(text).toContain('Fish > chips & "peas" <b>\n=========================');
  });
});
