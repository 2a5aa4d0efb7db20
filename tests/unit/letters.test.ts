/** Curriculum letters on a class page (src/lib/domain/letters.ts). */
import { describe, expect, it } from 'vitest';
import { lettersForClass } from '../../src/lib/domain/letters';

describe('class pages', () => {
  it('shows letters for the class or its year group, newest term first', () => {
    const letters = [
      { id: 'a', data: { class: 'oak', term: 'autumn' as const, academic_year: '2026-27' } },
      { id: 'b', data: { class: 'oak', term: 'spring' as const, academic_year: '2026-27' } },
      { id: 'c', data: { year_group: 'Year 3', term: 'summer' as const, academic_year: '2025-26' } },
      { id: 'd', data: { class: 'willow', term: 'autumn' as const, academic_year: '2026-27' } },
    ];
    expect(lettersForClass(letters, { id: 'oak', data: { year_group: 'Year 3' } }).map((l) => l.id)).toEqual(['b', 'a', 'c']);
  });
});
