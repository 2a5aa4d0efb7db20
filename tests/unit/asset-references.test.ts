import { describe, expect, it } from 'vitest';
import { imageNameFinder } from '../../src/lib/security/asset-references';

describe('finding which images a built site mentions', () => {
  const names = ['leaf.Bx1_a2.webp', 'leaf.Bx1_Z9.jpg', 'leaf.Bx1.JPG', 'unused.C3.avif', 'a (1).Q.jpeg'];
  const finder = imageNameFinder(names);
  it('finds names in attributes, srcsets, CSS, escaped JSON and feeds, as a text search would', () => {
    const html = '<img src="/_astro/leaf.Bx1_Z9.jpg" srcset="/_astro/leaf.Bx1_a2.webp 400w, /x.png 2x">';
    const json = '{"src":"\\/_astro\\/leaf.Bx1.JPG"}';
    const css = '.x { background: url(/_astro/a%20(1).Q.jpeg); } .y { background: url("/_astro/a (1).Q.jpeg") }';
    const found = new Set<string>();
    for (const text of [html, json, css]) finder.collect(text, found);
    expect([...found].sort()).toEqual(['a (1).Q.jpeg', 'leaf.Bx1.JPG', 'leaf.Bx1_Z9.jpg', 'leaf.Bx1_a2.webp']);
    for (const name of names) expect(found.has(name), name).toBe([html, json, css].some((t) => t.includes(name)));
  });
  it('does not mistake another file for a wanted one, or a different case', () => {
    expect([...finder.collect('/_astro/unused.C3.png /_astro/leaf.bx1.jpg /x/unused.C3.avi')]).toEqual([]);
  });
  it('handles a name at the very start of the text', () => {
    expect([...finder.collect('unused.C3.avif')]).toEqual(['unused.C3.avif']);
  });
});
