import { describe, expect, it } from 'vitest';
import { laterPages, pageNumbers, pageUrl, paginate } from '../../src/lib/core/pagination';

const items = Array.from({ length: 45 }, (_, i) => `n${i + 1}`);

describe('pagination', () => {
  it('keeps the list’s own address for page 1 and adds /page/N/ after it', () => {
    expect(pageUrl('/newsletters/', 1)).toBe('/newsletters/');
    expect(pageUrl('/newsletters/', 2)).toBe('/newsletters/page/2/');
    expect(pageUrl('/classes/oak', 3)).toBe('/classes/oak/page/3/');
  });
  it('splits a list in order, with links to the newer and older pages', () => {
    const pages = paginate(items, 20, '/newsletters/');
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages[0]).toMatchObject({ page: 1, pages: 3, total: 45, first: 1, last: 20, url: '/newsletters/', prev: undefined, next: '/newsletters/page/2/' });
    expect(pages[1]).toMatchObject({ first: 21, last: 40, url: '/newsletters/page/2/', prev: '/newsletters/', next: '/newsletters/page/3/' });
    expect(pages[2]).toMatchObject({ first: 41, last: 45, prev: '/newsletters/page/2/', next: undefined });
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });
  it('gives an empty list one empty page, so the list’s page still exists', () => {
    expect(paginate([], 10, '/events/past/')).toEqual([
      { items: [], page: 1, pages: 1, total: 0, first: 0, last: 0, url: '/events/past/', prev: undefined, next: undefined },
    ]);
  });
  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => paginate(items, 0, '/x/')).toThrow(/at least 1/);
    expect(() => paginate(items, 2.5, '/x/')).toThrow(/whole number/);
  });
  it('builds routes for pages 2 onwards only (page 1 is the index page)', () => {
    expect(laterPages(paginate(items, 20, '/newsletters/')).map((p) => p.params.page)).toEqual(['2', '3']);
    expect(laterPages(paginate(items.slice(0, 5), 20, '/newsletters/'))).toEqual([]);
  });
  it('shows the first, last, current and neighbouring page numbers, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageNumbers(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageNumbers(20, 20)).toEqual([1, 'gap', 19, 20]);
    // A gap of a single page shows that page instead of "…".
    expect(pageNumbers(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
  });
});
