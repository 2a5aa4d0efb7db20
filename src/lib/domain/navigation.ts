/** The main menu: the fixed sections, then pages that ask for a place in it. */
import { entryPath } from '../../schemas/routes';

export interface NavLink {
  href: string;
  label: string;
}

/**
 * Pages with a `nav` number come first in that order (ties by title), followed by the site's
 * own sections. Home is always first. A page may carry its own `href` (a translation's address).
 */
export function mainNavigation(
  pages: readonly { id: string; href?: string; data: { title: string; nav?: number } }[],
  sections: readonly NavLink[],
  home: NavLink,
): NavLink[] {
  const pageLinks = pages
    .filter((p) => p.data.nav !== undefined)
    .sort((a, b) => a.data.nav! - b.data.nav! || a.data.title.localeCompare(b.data.title))
    .map((p) => ({ href: p.href ?? entryPath('pages', p.id), label: p.data.title }));
  return [home, ...pageLinks, ...sections];
}

/** True when `current` is the link's page or a page inside its section. */
export function isCurrent(href: string, current: string): boolean {
  return href === '/' ? current === '/' : current.startsWith(href);
}
