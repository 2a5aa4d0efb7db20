import { describe, expect, it } from 'vitest';
import { memoise, memoiseList } from '../../src/lib/core/memo';

describe('lists remembered for a build', () => {
  it('loads once while enabled, and gives each caller its own copy of the list', async () => {
    let loads = 0;
    const get = memoiseList(
      async () => {
        loads++;
        return [3, 1, 2];
      },
      () => true,
    );
    const first = await get();
    first.sort();
    expect(await get()).toEqual([3, 1, 2]);
    await Promise.all([get(), get()]);
    expect(loads).toBe(1);
  });
  it('loads afresh every time while disabled (the development server)', async () => {
    let loads = 0;
    const get = memoiseList(
      async () => [++loads],
      () => false,
    );
    expect(await get()).toEqual([1]);
    expect(await get()).toEqual([2]);
  });
  it('does not remember a failure', async () => {
    let calls = 0;
    const get = memoise(
      async () => {
        if (++calls === 1) throw new Error('not yet');
        return 'ready';
      },
      () => true,
    );
    await expect(get()).rejects.toThrow('not yet');
    expect(await get()).toBe('ready');
    expect(await get()).toBe('ready');
    expect(calls).toBe(2);
  });
});
