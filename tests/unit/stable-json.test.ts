/**
 * The text a page's cache key is made from (src/lib/core/stable-json.ts): the same for the same
 * value, different whenever anything a page shows differs, and refused for anything it cannot
 * write in full (a key that silently lost an input would publish a stale page).
 */
import { describe, expect, it } from 'vitest';
import { stableJson, UnkeyableValue } from '../../src/lib/core/stable-json';

describe('stableJson', () => {
  it('does not depend on the order keys were set in, at any depth', () => {
    expect(stableJson({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(stableJson({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(stableJson(new Set(['a', 'b']))).toBe(stableJson(new Set(['b', 'a'])));
    expect(
      stableJson(
        new Map([
          ['x', 1],
          ['y', 2],
        ]),
      ),
    ).toBe(
      stableJson(
        new Map([
          ['y', 2],
          ['x', 1],
        ]),
      ),
    );
  });

  it('tells apart values that JSON.stringify writes the same', () => {
    const pairs: [unknown, unknown][] = [
      [new Map([['title', 'Uniform']]), new Map([['title', 'School uniform']])],
      [new Set(['oak']), new Set(['ash'])],
      [{ a: undefined }, {}],
      [{ a: undefined }, { a: null }],
      [{ a: undefined }, { a: '!undefined' }],
      [new Map([['a', 1]]), { '!map': [['a', 1]] }],
      [new Date('2026-11-23T00:00:00Z'), '2026-11-23T00:00:00.000Z'],
      [Number.NaN, null],
      [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [new Date('2026-11-23T00:00:00Z'), new Date('2026-11-24T00:00:00Z')],
      [new URL('https://a.example/'), new URL('https://b.example/')],
      [
        [1, [2, 3]],
        [[1, 2], 3],
      ],
      ['1', 1],
    ];
    for (const [a, b] of pairs) expect(stableJson(a), `${String(a)} and ${String(b)}`).not.toBe(stableJson(b));
  });

  it('refuses what it cannot write in full, naming where it is', () => {
    class Entry {
      title = 'Uniform';
    }
    expect(() => stableJson({ policy: { render: () => 'html' } })).toThrow(/value\.policy\.render is a function/);
    expect(() => stableJson({ list: [new Entry()] })).toThrow(/value\.list\[0\] is an instance of Entry/);
    expect(() => stableJson({ id: Symbol('x') })).toThrow(UnkeyableValue);
    expect(() => stableJson({ n: 10n })).toThrow(UnkeyableValue);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => stableJson(loop)).toThrow(/refers back to itself/);
  });

  it('writes a value that appears twice, not in a loop, both times', () => {
    const shared = { title: 'Uniform' };
    expect(stableJson({ a: shared, b: shared })).toBe(stableJson({ a: { title: 'Uniform' }, b: { title: 'Uniform' } }));
  });
});
