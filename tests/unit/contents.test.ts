/** The contents list of a long text: its main headings from three on, none for a short text. */
import { describe, expect, it } from 'vitest';
import { CONTENTS_MINIMUM, contentsOf } from '../../src/lib/domain/contents';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('contentsOf', () => {
  it('lists the main headings of a text with three or more, in order, leaving out the smaller ones', () => {
    const headings = [h(2, 'aims'), h(3, 'rules'), h(2, 'bullying'), h(2, 'families'), h(4, 'detail')];
    expect(contentsOf(headings).map((x) => x.slug)).toEqual(['aims', 'bullying', 'families']);
  });

  it('gives no list for a short text', () => {
    expect(CONTENTS_MINIMUM).toBe(3);
    expect(contentsOf([h(2, 'a'), h(2, 'b'), h(3, 'c'), h(3, 'd')])).toEqual([]);
    expect(contentsOf([])).toEqual([]);
  });

  it('leaves out headings that cannot be linked to or have no words, and does not count them', () => {
    expect(contentsOf([h(2, 'a'), h(2, ''), h(2, 'b', '  '), h(2, 'c')])).toEqual([]);
    expect(contentsOf([h(2, 'a'), h(2, ''), h(2, 'b'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });
});
