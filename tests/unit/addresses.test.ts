/**
 * The addresses the content check knows without building, and when a link to one can be followed:
 * drafts never, scheduled entries from their date, translations with their original.
 */
import { describe, expect, it } from 'vitest';
import { pageLinkProblem, siteAddresses } from '../../src/lib/content/addresses';

const addresses = siteAddresses(
  {
    policies: [
      { id: 'uniform', data: {} },
      { id: 'secret-plan', data: { draft: true } },
      { id: 'phones', data: { draft: true, consultation: { opens: '2026-11-01' } } },
    ],
    newsletters: [{ id: '2026-12-04-news', data: { date: '2026-12-04' } }],
    classes: [{ id: 'oak', data: {} }],
    classUpdates: [{ id: 'oak/2026-11-20-pond', data: { date: '2026-11-20' } }],
    pages: [{ id: 'about', data: {} }],
  },
  [
    { collection: 'policies', lang: 'ur', id: 'uniform', data: {} },
    { collection: 'policies', lang: 'pl', id: 'secret-plan', data: {} },
    { collection: 'newsletters', lang: 'ur', id: '2026-12-04-news', data: {} },
  ],
  ['ur', 'pl'],
  ['/favicon.svg'],
);
const problem = (link: string, when = '2026-11-23') => pageLinkProblem(link, addresses, when);

describe('links to pages of the site', () => {
  it('can be followed to fixed pages, entries, feeds, calendars, translations and public files, with or without the final slash', () => {
    for (const link of [
      '/',
      '/policies/',
      '/policies/uniform/',
      '/policies/uniform',
      '/classes/oak/rss.xml',
      '/classes/oak/events.ics',
      '/classes/oak/2026-11-20-pond/',
      '/about/',
      '/ur/',
      '/pl/',
      '/ur/policies/uniform/',
      '/ur/search/',
      '/favicon.svg',
      '/consultations/',
    ]) {
      expect(problem(link), link).toBeUndefined();
    }
  });

  it('can be followed to a policy draft under consultation, which has a page', () => {
    expect(problem('/policies/phones/')).toBeUndefined();
  });

  it('are not judged where the address comes from a list rather than an entry', () => {
    for (const link of [
      '/newsletters/page/3/',
      '/events/past/page/2/',
      '/classes/oak/page/2/',
      '/home-learning/subject/maths/',
      '/governors/committees/resources/',
      '/admin/uploads/a.jpg.webp',
    ]) {
      expect(problem(link), link).toBeUndefined();
    }
  });

  it('cannot be followed to a draft, or a translation of one', () => {
    expect(problem('/policies/secret-plan/')).toBe('"/policies/secret-plan/" is a draft, so parents could not open it. Publish it first, or remove the link.');
    expect(problem('/pl/policies/secret-plan/')).toContain('is a draft');
  });

  it('cannot be followed to an entry (or its translation) scheduled after the linking text appears', () => {
    expect(problem('/newsletters/2026-12-04-news/')).toBe(
      '"/newsletters/2026-12-04-news/" is only published on 2026-12-04, after this is. Remove the link, or publish this on or after that day.',
    );
    expect(problem('/ur/newsletters/2026-12-04-news/')).toContain('is only published on 2026-12-04');
    // A text that itself appears on that day (or later) may link to it.
    expect(problem('/newsletters/2026-12-04-news/', '2026-12-04')).toBeUndefined();
  });

  it('cannot be followed to an address that does not exist, with a guess when one is close', () => {
    expect(problem('/policies/uniforms/')).toBe(
      '"/policies/uniforms/" is not a page on the site. Did you mean /policies/uniform/? Check the address (copy it from the page itself), or remove the link.',
    );
    expect(problem('/ur/policies/behaviour/')).toContain('is not a page on the site');
    expect(problem('/totally/elsewhere/')).toBe(
      '"/totally/elsewhere/" is not a page on the site. Check the address (copy it from the page itself), or remove the link.',
    );
  });
});
