/** What is published on a given day (drafts and future dates hidden), newest first (src/lib/domain/publishing.ts). */
import { describe, expect, it } from 'vitest';
import { isPublished, newestFirst } from '../../src/lib/domain/publishing';

describe('publishing', () => {
  it('hides drafts and entries dated in the future', () => {
    expect(isPublished({ data: { date: '2026-11-23' } }, '2026-11-23')).toBe(true);
    expect(isPublished({ data: { date: '2026-11-24' } }, '2026-11-23')).toBe(false);
    expect(isPublished({ data: { draft: true } }, '2026-11-23')).toBe(false);
    expect(isPublished({ data: {} }, '2026-11-23')).toBe(true);
  });
  it('sorts newest first, stably', () => {
    const items = [
      { id: 'b', data: { date: '2026-01-01' } },
      { id: 'a', data: { date: '2026-01-01' } },
      { id: 'c', data: { date: '2026-02-01' } },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
