/** JSON-LD for search engines with hostile titles: it stays JSON, stays inside its script and holds no forbidden character. */
import { describe, expect, it } from 'vitest';
import { serialiseJsonLd } from '../../src/lib/domain/structured-data';

describe('serialiseJsonLd', () => {
  it('cannot close its script element, and parses back to the same text', () => {
    const title = '</script><script>alert(1)</script> <!-- “quotes” \\ 😀';
    const json = serialiseJsonLd({ '@type': 'NewsArticle', headline: title });
    expect(json).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.parse(json).headline).toBe(title);
  });

  it('writes no character XML forbids, as such or escaped', () => {
    const json = serialiseJsonLd({ headline: 'Sports\u000Bday\u0000 \uFFFF \uD800 end', nested: [{ name: 'a\u001Fb' }] });
    expect(json).not.toMatch(/[\u0000-\u001F\uFFFE\uFFFF]|\\u00(0[0-8bcef]|1[0-9a-f])|\\ud[89ab][0-9a-f]{2}/i);
    expect(JSON.parse(json)).toEqual({ headline: 'Sports day  \uFFFD end', nested: [{ name: 'ab' }] });
  });
});
