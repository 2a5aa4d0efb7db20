/** The RSS writer with text no feed reader could parse if it were written as it came. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssDocument, summaryHtml } from '../../src/lib/domain/rss';
import { xmlProblem } from '../../src/lib/security/xml';

const HOSTILE = 'Sports\u000Bday\u000C \u0000\u0008\u001B “<b>bold</b>” & ]]> </script> \uD800 \uFFFF 😀 \u202Eevil\u202C';

const feed = (text: string) =>
  rssDocument({
    title: `News ${text}`,
    description: `All the news ${text}`,
    site: 'https://school.example/',
    language: 'en-gb',
    items: [
      {
        title: `Title ${text}`,
        link: 'https://school.example/newsletters/a/',
        description: summaryHtml(`Summary ${text}`),
        content: `<p>Body ${text}</p>`,
        categories: [`Category ${text}`],
        author: `office@school.example (${text})`,
      },
    ],
  });

describe('rssDocument', () => {
  it('writes well-formed XML whatever a title, summary or body holds', async () => {
    const xml = await feed(HOSTILE);
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('declares the content: prefix even when every item’s text is empty', async () => {
    const xml = await rssDocument({
      title: 'News',
      description: 'News',
      site: 'https://school.example/',
      language: 'en-gb',
      items: [{ title: 'Only a title', link: 'https://school.example/newsletters/a/', content: '' }],
    });
    expect(xml).toContain('<content:encoded/>');
    expect(xmlProblem(xml)).toBeUndefined();
  });

  it('keeps the words: line and page breaks become spaces, other controls go, markup stays text', async () => {
    const item = new XMLParser({ processEntities: true }).parse(await feed(HOSTILE)).rss.channel.item;
    expect(item.title).toBe('Title Sports day   “<b>bold</b>” & ]]> </script> \uFFFD  😀 \u202Eevil\u202C');
    // A reader renders the description as HTML: the summary's markup arrives as text.
    expect(item.description).toBe('Summary Sports day   “&lt;b&gt;bold&lt;/b&gt;” &amp; ]]&gt; &lt;/script&gt; \uFFFD  😀 \u202Eevil\u202C');
  });
});
