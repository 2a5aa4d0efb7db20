/** The main menu (src/lib/domain/navigation.ts). */
import { describe, expect, it } from 'vitest';
import { mainNavigation } from '../../src/lib/domain/navigation';

describe('navigation', () => {
  it('puts pages with a nav number after Home, in order, then the sections', () => {
    const nav = mainNavigation(
      [
        { id: 'contact', data: { title: 'Contact', nav: 3 } },
        { id: 'privacy', data: { title: 'Privacy' } },
        { id: 'about', data: { title: 'About', nav: 1 } },
      ],
      [{ href: '/events/', label: 'Events' }],
      { href: '/', label: 'Home' },
    );
    expect(nav.map((l) => l.href)).toEqual(['/', '/about/', '/contact/', '/events/']);
  });
});
