/**
 * The Markdown filter through the real Sätteri processor, set up as astro.config.mjs sets it up:
 * hostile HTML goes, the HTML editors legitimately write stays. The whole-site version (pages,
 * feeds, email, search index) is tests/quality/safe-content.test.ts.
 */
import { REMOVED_WITH_CONTENT } from '../../src/lib/security/html-allowlist';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_IDS, isSafeLink, isSiteImage, markupShownAsText, urlScheme } from '../../src/lib/security/safe-html';
import { renderMarkdown } from '../helpers/markdown';
import { dangerousMarkup, payloadOutsideText, visibleText } from '../helpers/markup';

const render = renderMarkdown;

describe('hostile HTML in Markdown', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>'],
    ['a script in mixed case with a source', '<ScRiPt SRC=https://evil.example/x.js></sCrIpT>'],
    ['a script split across tags', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
    ['an event handler', '<img src="/a.png" onerror="alert(1)">'],
    ['an event handler in capitals', '<p ONCLICK="alert(1)">x</p>'],
    ['an event handler on details', '<details open ontoggle="alert(1)"><summary>x</summary></details>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['a javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['a javascript: link written in entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
    ['a javascript: link split by a tab', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['a javascript: link after control characters', '<a href=" &#14; javascript:alert(1)">x</a>'],
    ['a Markdown javascript: link', '[x](javascript:alert(1))'],
    ['a Markdown reference link to javascript:', '[x][a]\n\n[a]: JAVASCRIPT:alert(1)'],
    ['a vbscript: link', '<a href="vbscript:alert(1)">x</a>'],
    ['a data: page', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>'],
    ['an SVG data picture', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['an object', '<object data="https://evil.example/x.swf"></object>'],
    ['an embed', '<embed src="https://evil.example/x.swf">'],
    ['a style element', '<style>body{display:none}</style>'],
    ['a style attribute', '<div style="position:fixed;inset:0">x</div>'],
    ['a stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['SVG with onload', '<svg onload="alert(1)"></svg>'],
    ['SVG with a script', '<svg><script>alert(1)</script></svg>'],
    ['MathML with a javascript: link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ['a base element', '<base href="https://evil.example/">'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['a form', '<form action="https://evil.example/"><input name="p"><button>Go</button></form>'],
    ['a noscript attribute trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['a template', '<template><script>alert(1)</script></template>'],
    ['a picture from another site', '![tracker](https://evil.example/pixel.png)'],
  ])('neutralises %s', async (_name, markdown) => {
    const html = await render(`Before.\n\n${markdown}\n\nAfter.`);
    // The words around the vector survive (a few vectors leave "After." outside its paragraph: HTML blocks end oddly).
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('After.');
    expect(dangerousMarkup(html)).toEqual([]);
    // Tags an editor typed may be shown as text, but the payload is never markup.
    expect(payloadOutsideText(html, /alert\(1\)|evil\.example/, true)).toEqual([]);
  });

  it('keeps a removed picture’s description as text', async () => {
    expect(await render('![The school field](https://evil.example/field.jpg)')).toBe('<p>The school field</p>\n');
  });
});

describe('HTML that would swallow the words after it', () => {
  const sentence = (tag: string) => `We learned that the ${tag} tag names a web page.\n\n## What came next\n\n- a list\n- that stays`;

  it.each([
    '<title>',
    '<textarea>',
    '<xmp>',
    '<plaintext>',
    '<script>',
    '<style>',
    '<noscript>',
    '<noembed>',
    '<noframes>',
    '<iframe>',
    '<template>',
    '<svg>',
    '<math>',
    '<select>',
    '<TITLE>',
    '<title >',
    '<script/x>',
    '</title>',
    '<head>',
    '<body>',
  ])('shows %s typed in a sentence as text, and keeps everything after it', async (tag) => {
    const html = await render(sentence(tag));
    expect(visibleText(html)).toBe(`We learned that the ${tag} tag names a web page. What came next a list that stays`);
    expect(html).toContain('<h2 id="what-came-next">What came next</h2>');
    expect(html).toContain('<li>that stays</li>');
    expect(dangerousMarkup(html)).toEqual([]);
  });

  it('keeps the Markdown after a script, style or comment opened at the start of a line and never closed', async () => {
    for (const start of ['<script>', '<style>', '<textarea>', '<!-- note for the office', '<?php', '<!DOCTYPE html', '<![CDATA[ x']) {
      const html = await render(`${start}\n\n## Trip to the farm\n\n- wellies\n- a packed lunch`);
      expect(html, start).toContain('<h2 id="trip-to-the-farm">Trip to the farm</h2>');
      expect(html, start).toContain('<li>a packed lunch</li>');
      expect(visibleText(html), start).toContain(start);
      expect(dangerousMarkup(html), start).toEqual([]);
    }
  });

  it('shows a whole pasted script or style as the text it is, and runs none of it', async () => {
    const html = await render('Before.\n\n<script>alert(1)</script>\n\n<style>body { display: none }</style>\n\nAfter.');
    expect(visibleText(html)).toBe('Before. <script>alert(1)</script> <style>body { display: none }</style> After.');
    expect(dangerousMarkup(html)).toEqual([]);
  });

  it('keeps closed comments as the notes they are, and other HTML as HTML', async () => {
    expect(await render('Dear families <!-- check the date -->, see you there.')).toBe('<p>Dear families , see you there.</p>\n');
    expect(await render('A <b>bold</b> word and <abbr title="Special educational needs">SEN</abbr>.')).toBe(
      '<p>A <b>bold</b> word and <abbr title="Special educational needs">SEN</abbr>.</p>\n',
    );
    expect(markupShownAsText('<div><b>x</b><!-- note --></div>')).toBe('<div><b>x</b><!-- note --></div>');
    expect(markupShownAsText('<p>x</p><!-- open')).toBe('<p>x</p>&lt;!-- open');
    expect(markupShownAsText('<title x="1"><Script>')).toBe('&lt;title x="1">&lt;Script>');
  });

  it('escapes every removed element, so the sanitiser never has to drop an editor’s words', async () => {
    const removed = [...REMOVED_WITH_CONTENT];
    expect(removed.length).toBeGreaterThan(30);
    for (const tag of removed) {
      const html = await render(`One <${tag} x="1">two</${tag}> three.\n\n## Four`);
      expect(visibleText(html), tag).toBe(`One <${tag} x="1">two</${tag}> three. Four`);
    }
  });
});

describe('HTML editors legitimately write', () => {
  it('keeps tables, details, headings, links, abbreviations and pictures', async () => {
    const markdown = [
      '<table><caption>Prices</caption><thead><tr><th scope="col">Club</th></tr></thead><tbody><tr><td colspan="2">Football</td></tr></tbody></table>',
      '',
      '<details><summary>More</summary>',
      '',
      'Hidden **text**.',
      '',
      '</details>',
      '',
      '## Fees and charges',
      '',
      '[Term dates](/term-dates/) · [Council](https://www.example.org/) · <a href="mailto:office@school.example">Email</a> · <a href="tel:01632960000">Call</a> · [Calendar](webcal://www.school.example/events.ics)',
      '',
      '<abbr title="Special educational needs">SEN</abbr>, <mark>new</mark>, H<sub>2</sub>O, <kbd>Ctrl</kbd>',
      '',
      '![A dot](data:image/png;base64,iVBORw0KGgo=) ![Class photo](/_astro/photo.jpg)',
      '',
      '<p lang="pl" dir="ltr">Dzień dobry</p>',
    ].join('\n');
    const html = await render(markdown);
    expect(html).toContain(
      '<table tabindex="0"><caption>Prices</caption><thead><tr><th scope="col">Club</th></tr></thead><tbody><tr><td colspan="2">Football</td></tr></tbody></table>',
    );
    expect(html).toContain('<details><summary>More</summary>\n<p>Hidden <strong>text</strong>.</p>\n</details>');
    expect(html).toContain('<h2 id="fees-and-charges">Fees and charges</h2>');
    expect(html).toContain('<a href="/term-dates/">Term dates</a>');
    expect(html).toContain('<a href="https://www.example.org/">Council</a>');
    expect(html).toContain('<a href="mailto:office@school.example">Email</a>');
    expect(html).toContain('<a href="tel:01632960000">Call</a>');
    expect(html).toContain('<a href="webcal://www.school.example/events.ics">Calendar</a>');
    expect(html).toContain('<abbr title="Special educational needs">SEN</abbr>, <mark>new</mark>, H<sub>2</sub>O, <kbd>Ctrl</kbd>');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="A dot">');
    expect(html).toContain('<img src="/_astro/photo.jpg" alt="Class photo">');
    expect(html).toContain('<p lang="pl" dir="ltr">Dzień dobry</p>');
  });

  it('keeps Markdown tables (alignment goes: the policy forbids inline styles), footnotes, task lists and code', async () => {
    const html = await render('| A | B |\n|:-:|--:|\n| 1 | 2 |\n\nA note[^1].\n\n- [x] Done\n\n```js\nconst a = "<b>";\n```\n\n[^1]: The note.');
    expect(html).toContain('<table tabindex="0">');
    expect(html).toContain('<th>A</th>');
    expect(html).toContain('<td>2</td>');
    expect(html).toContain('<section data-footnotes="" class="footnotes"><h2 class="visually-hidden" id="footnote-label">Footnotes</h2>');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled checked> Done</li>');
    expect(html).toContain('<pre><code class="language-js">const a = "&lt;b&gt;";\n</code></pre>');
  });

  it('unwraps what a word processor adds, keeping the words', async () => {
    expect(await render('<div class="WordSection1"><p class="MsoNormal"><font face="Calibri" color="red">Dear <o:p>families</o:p></font></p></div>')).toBe(
      '<div><p>Dear families</p></div>\n',
    );
  });
});

describe('ids', () => {
  it('never gives content an id the page around it uses', async () => {
    const html = await render('## Documents\n\n## Main\n\n<h3 id="main">Again</h3>\n\n## Main');
    expect(html).toContain('<h2 id="documents-1">Documents</h2>');
    expect(html).toContain('<h2 id="main-1">Main</h2>');
    expect(html).toContain('<h3 id="again">Again</h3>');
    expect(html).toContain('<h2 id="main-2">Main</h2>');
  });

  it('lists every fixed id written in the pages, layouts and components', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.astro') && !path.includes('/admin/')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk('src');
    const ids = sources.flatMap((s) => [...s.matchAll(/\sid="([A-Za-z][\w-]*)"/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(10);
    expect(
      ids.filter((id) => !RESERVED_IDS.has(id)),
      'add these ids to RESERVED_IDS in src/lib/security/safe-html.ts, so no heading in the content takes them',
    ).toEqual([]);
  });
});

describe('addresses', () => {
  it('reads a URL’s scheme as a browser does', () => {
    expect(urlScheme('https://a.example/')).toBe('https');
    expect(urlScheme(' \tJava\nScript:alert(1)')).toBe('javascript');
    expect(urlScheme('/policies/')).toBeUndefined();
    expect(urlScheme('#top')).toBeUndefined();
    expect(urlScheme('page:1')).toBe('page');
  });

  it('allows links to pages, sites, email, phones and calendars only', () => {
    for (const ok of [
      '/a/',
      '#x',
      'https://a.example/',
      'http://a.example/',
      'mailto:a@b.example',
      'tel:01632960000',
      'webcal://a.example/e.ics',
      '//a.example/',
    ])
      expect(isSafeLink(ok), ok).toBe(true);
    for (const bad of ['javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'blob:https://a.example/x'])
      expect(isSafeLink(bad), bad).toBe(false);
  });

  it('allows pictures from this site and inline raster pictures only', () => {
    for (const ok of ['/_astro/a.jpg', 'a.jpg', 'data:image/png;base64,iVBORw0KGgo=']) expect(isSiteImage(ok), ok).toBe(true);
    for (const bad of ['https://a.example/a.jpg', '//a.example/a.jpg', '\\\\a.example\\a.jpg', 'data:image/svg+xml,<svg/>', 'javascript:x'])
      expect(isSiteImage(bad), bad).toBe(false);
  });

  it('reads a backslash as a browser does: a slash, so these pictures come from another site', async () => {
    for (const bad of [
      '/\\evil.example/x.png',
      '\\/evil.example/x.png',
      '\\\\evil.example/x.png',
      '/\t\\evil.example/x.png',
      '\\\n\\evil.example/x.png',
      ' /\\evil.example/x.png',
    ]) {
      expect(isSiteImage(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isSiteImage('/uploads/a\\b.png')).toBe(true);
    const html = await render('<img src="/\\evil.example/x.png" alt="Tracker"> and ![Another](/\\evil.example/y.png)');
    // The raw picture goes, its description stays; the Markdown one is written `/%5Cevil…`, a path on this site.
    const sources = [...html.matchAll(/<img src="([^"]*)"/g)].map((m) => new URL(m[1]!, 'https://school.example/').host);
    expect(sources).toEqual(['school.example']);
    expect(html).toMatch(/^<p>Tracker and <img [^>]*alt="Another">/);
  });
});
