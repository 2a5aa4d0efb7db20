/** The characters XML allows, and the well-formedness check the build runs on every feed and sitemap. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { withoutForbiddenCharacters, xmlProblem } from '../../src/lib/security/xml';

describe('withoutForbiddenCharacters', () => {
  it('removes what XML 1.0 forbids and keeps everything else', () => {
    expect(withoutForbiddenCharacters('a\u0000b\u0008c\u000Ed\u001Fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    // A word processor's line and page breaks keep the words apart.
    expect(withoutForbiddenCharacters('line\u000Bbreak\u000Cpage')).toBe('line break page');
    expect(withoutForbiddenCharacters('lone \uD800 and \uDC00 halves')).toBe('lone \uFFFD and \uFFFD halves');
    const kept = 'tab\there\r\nCRLF, “quotes”, عربي\u200F, 😀 \u{1F600}, \u0085 and \uFDD0';
    expect(withoutForbiddenCharacters(kept)).toBe(kept);
  });

  it('leaves nothing the strict check or another parser refuses', () => {
    const all = Array.from({ length: 0x30 }, (_, i) => String.fromCharCode(i)).join('') + '\uD800\uDFFF\uFFFE\uFFFF\uDBFF\uDC00';
    const doc = `<a>${withoutForbiddenCharacters(all).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`;
    expect(xmlProblem(doc)).toBeUndefined();
    expect(new XMLParser().parse(doc)).toHaveProperty('a');
  });
});

describe('xmlProblem', () => {
  it.each([
    ['a vertical tab', '<a>x\u000By</a>', 'line 1, column 5: a character XML does not allow (U+000B)'],
    ['a NUL', '<a>\u0000</a>', 'U+0000'],
    ['U+FFFF', '<a>\uFFFF</a>', 'U+FFFF'],
    ['a lone surrogate', '<a>\uD800</a>', 'U+D800'],
    ['a reference to a forbidden character', '<a>x&#11;y</a>', 'a reference to a character XML does not allow (&#11;)'],
    ['a hexadecimal reference to a forbidden character', '<a b="&#x0C;"/>', '(&#x0C;)'],
    ['a bare ampersand', '<a>Fish & chips</a>', 'write &amp;'],
    ['an HTML entity', '<a>&nbsp;</a>', 'an entity XML does not know without a DTD (&nbsp;)'],
    ['a bare <', '<a>1 < 2</a>', 'write &lt;'],
    [']]> in text', '<a>x ]]> y</a>', '“]]>” in text'],
    ['< in an attribute', '<a b="<">x</a>', 'a “<” in an attribute value'],
    ['a repeated attribute', '<a b="1" b="2"/>', 'the attribute b twice'],
    ['crossed tags', '<a><b></a></b>', '</a> where </b> was expected'],
    ['an unclosed element', '<rss><channel></channel>', 'the end of the file while <rss> is still open'],
    ['two roots', '<a/><b/>', 'a second root element'],
    ['text after the root', '<a/>junk', 'text after the end of the document'],
    ['-- in a comment', '<a><!-- a -- b --></a>', '“--” inside a comment'],
    ['an undeclared prefix', '<rss><item><content:encoded>x</content:encoded></item></rss>', 'the prefix “content:” without its xmlns:content declaration'],
    ['a late XML declaration', '<a><?xml version="1.0"?></a>', 'an XML declaration that is not at the very start'],
    ['a document type', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'a document type declaration'],
    ['an empty file', '', 'no root element'],
  ])('finds %s', (_name, doc, expected) => {
    expect(xmlProblem(doc)).toContain(expected);
  });

  it('names the line and column of the problem', () => {
    expect(xmlProblem('<?xml version="1.0"?>\n<rss>\n  <title>A\u000Bb</title>\n</rss>\n')).toBe('line 3, column 11: a character XML does not allow (U+000B).');
  });

  it('accepts what the site writes: declarations, namespaces, CDATA, references, comments, astral characters', () => {
    const doc = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-stylesheet href="/feed.xsl" type="text/xsl"?>',
      '<!-- a feed -->',
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
      "<channel><title>Fish &amp; chips &lt;b&gt; &#x1F600; &#233; 😀 عربي</title><link a='1'>x</link>",
      '<content:encoded><![CDATA[<p>1 < 2 & "x"</p>]]></content:encoded><empty/></channel>',
      '</rss>',
      '',
    ].join('\n');
    expect(xmlProblem(doc)).toBeUndefined();
  });
});
