import { describe, expect, it } from 'vitest';
import { azGroups } from '../../src/lib/domain/a-z';
import { editDistance, filterOptions, foundAsTyped, searchEntry, searchVocabulary, suggestSpelling } from '../../src/lib/domain/search';

describe('search index entries', () => {
  it('file a page under its kind, class, policy subject and school year', () => {
    const update = searchEntry('class-update', { date: '2026-09-04', dateLabel: 'Friday 4 September 2026', classes: ['Oak Class'] });
    expect(update.filters).toEqual({ type: ['Class updates'], class: ['Oak Class'], year: ['2026–27'] });
    expect(update.meta).toEqual({ type: 'Class update', date: 'Friday 4 September 2026' });
    // 31 August belongs to the school year that started the September before.
    expect(searchEntry('newsletter', { date: '2027-08-31' }).filters.year).toEqual(['2026–27']);
    expect(searchEntry('policy', { category: 'Behaviour' }).filters).toEqual({ type: ['Policies'], category: ['Behaviour'] });
  });

  it('weight policy and page titles above news', () => {
    expect(searchEntry('policy').titleWeight).toBeGreaterThan(searchEntry('newsletter').titleWeight);
    expect(searchEntry('page').titleWeight).toBeGreaterThan(searchEntry('class-update').titleWeight);
    for (const kind of ['policy', 'newsletter'] as const) {
      const entry = searchEntry(kind);
      expect(entry.summaryWeight).toBeLessThan(entry.titleWeight);
      expect(entry.titleWeight).toBeLessThanOrEqual(10);
    }
  });

  it('offer each filter value once, types in a fixed order and the newest year first', () => {
    const options = filterOptions([
      searchEntry('newsletter', { date: '2025-10-01' }),
      searchEntry('policy', { category: 'Safeguarding' }),
      searchEntry('newsletter', { date: '2026-10-01' }),
      searchEntry('event', { date: '2026-11-01', classes: ['Oak Class', 'Birch Class'] }),
      searchEntry('policy', { category: 'Admissions' }),
    ]);
    expect(options).toEqual({
      type: ['Policies', 'Newsletters', 'Events'],
      class: ['Birch Class', 'Oak Class'],
      category: ['Admissions', 'Safeguarding'],
      year: ['2026–27', '2025–26'],
    });
  });
});

describe('spelling suggestions', () => {
  const words = searchVocabulary(['Complaints procedure', 'School uniform', 'Phonics workshop for parents', 'Term dates 2026–27']);

  it('collect lower-case words of three letters or more from titles', () => {
    expect(words).toEqual(['complaints', 'dates', 'for', 'parents', 'phonics', 'procedure', 'school', 'term', 'uniform', 'workshop']);
  });

  it('correct a mistyped word to the nearest known one', () => {
    expect(suggestSpelling('complants', words)).toBe('complaints');
    expect(suggestSpelling('Phnoics workshop', words)).toBe('phonics workshop');
    expect(suggestSpelling('unifrom', words)).toBe('uniform');
  });

  it('leave known words, plurals of known words and short words alone', () => {
    expect(suggestSpelling('uniform', words)).toBeNull();
    expect(suggestSpelling('uniforms', words)).toBeNull();
    expect(suggestSpelling('pe kit', words)).toBeNull();
    // Nothing close enough: no suggestion rather than a wild guess.
    expect(suggestSpelling('swimming', words)).toBeNull();
  });

  it('are offered when no result highlights the words as typed (Pagefind matched similar words instead)', () => {
    expect(foundAsTyped('complants', ['… the school <mark>complies</mark> with …'])).toBe(false);
    expect(foundAsTyped('complaints', ['Our <mark>complaints</mark> procedure'])).toBe(true);
    expect(foundAsTyped('uniforms', ['School <mark>uniform</mark> is green'])).toBe(true);
    expect(foundAsTyped('term dates', ['<mark>Term</mark> starts', 'key <mark>dates</mark>'])).toBe(true);
    expect(foundAsTyped('term datse', ['<mark>Term</mark> starts', 'key <mark>dates</mark>'])).toBe(false);
    expect(foundAsTyped('pe', [])).toBe(true);
  });

  it('count a swap of neighbouring letters as one edit', () => {
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('the A to Z', () => {
  it('groups by first letter, alphabetically, ignoring case and accents, with other characters last', () => {
    const groups = azGroups([
      { label: 'uniform', href: '/policies/uniform/', kind: 'Policy' },
      { label: 'Admissions', href: '/policies/admissions/', kind: 'Policy' },
      { label: 'École links', href: '/e/', kind: 'Information' },
      { label: '2027 term dates', href: '/t/', kind: 'Information' },
      { label: 'Anti-bullying', href: '/policies/anti-bullying/', kind: 'Policy' },
    ]);
    expect(groups.map((g) => [g.letter, g.id, g.items.map((i) => i.label)])).toEqual([
      ['A', 'letter-a', ['Admissions', 'Anti-bullying']],
      ['E', 'letter-e', ['École links']],
      ['U', 'letter-u', ['uniform']],
      ['#', 'letter-other', ['2027 term dates']],
    ]);
  });
});
