/**
 * Long lists split into numbered pages, so a list page stays the same size however many years of
 * newsletters, updates or events a school keeps. Page 1 keeps the list's own address
 * (`/newsletters/`); later pages are `/newsletters/page/2/`, `/newsletters/page/3/`, …
 */

export interface ListPage<T> {
  /** The entries on this page. */
  items: T[];
  /** This page's number, from 1. */
  page: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  pages: number;
  /** Entries in the whole list. */
  total: number;
  /** Position of this page's first and last entries in the whole list, from 1 (0 when empty). */
  first: number;
  last: number;
  /** This page's address. */
  url: string;
  /** The newer page's address (towards page 1), if there is one. */
  prev?: string;
  /** The older page's address, if there is one. */
  next?: string;
}

/** The address of page `page` of the list at `base` (`/newsletters/` → `/newsletters/page/2/`). */
export function pageUrl(base: string, page: number): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return page <= 1 ? root : `${root}page/${page}/`;
}

/** Splits `items` (already in order) into pages of `perPage`, addressed from `base`. */
export function paginate<T>(items: readonly T[], perPage: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a whole number of at least 1, not ${perPage}.`);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => {
    const page = i + 1;
    const slice = items.slice(i * perPage, page * perPage);
    return {
      items: slice,
      page,
      pages,
      total: items.length,
      first: slice.length ? i * perPage + 1 : 0,
      last: i * perPage + slice.length,
      url: pageUrl(base, page),
      prev: page > 1 ? pageUrl(base, page - 1) : undefined,
      next: page < pages ? pageUrl(base, page + 1) : undefined,
    };
  });
}

/**
 * The page numbers a pagination bar shows: the first and last pages, the current page and its
 * neighbours, with `'gap'` where numbers are left out (1 … 4 5 6 … 20). Gaps of one page show
 * the page instead, since "…" would take the same room.
 */
export function pageNumbers(current: number, pages: number, around = 1): (number | 'gap')[] {
  const shown = new Set([1, pages]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && p - previous === 2) out.push(p - 1);
    else if (typeof previous === 'number' && p - previous > 2) out.push('gap');
    out.push(p);
  }
  return out;
}

/** The `getStaticPaths` entries for pages 2 onwards (page 1 is the list's own index page). */
export function laterPages<T>(pages: readonly ListPage<T>[]): { params: { page: string }; props: { list: ListPage<T> } }[] {
  return pages.slice(1).map((list) => ({ params: { page: String(list.page) }, props: { list } }));
}
