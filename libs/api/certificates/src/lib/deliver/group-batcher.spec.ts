import { GroupBatcher } from './group-batcher';

describe('group batcher', () => {
  it('runs the first item at once and what arrives meanwhile in the next batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const batcher = new GroupBatcher(
      async (items: number[]) => {
        batches.push(items);
        if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return items.map((item) => item * 10);
      },
      { maxBatch: 3 },
    );
    const first = batcher.submit(1);
    await Promise.resolve();
    const later = [2, 3, 4, 5].map((item) => batcher.submit(item));
    release();
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('fails only the batch whose run throws', async () => {
    const batcher = new GroupBatcher(async (items: number[]) => {
      if (items.includes(2)) throw new Error('database gone');
      return items;
    });
    const results = await Promise.allSettled([batcher.submit(1), batcher.submit(2), batcher.submit(3)]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    await expect(batcher.submit(4)).resolves.toBe(4);
  });
});

describe('group batcher that lingers', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lets a batch wait for more, unless nothing else is coming', async () => {
    const batches: number[][] = [];
    let inHand = 3;
    const batcher = new GroupBatcher(
      async (items: number[]) => {
        batches.push(items);
        return items;
      },
      { lingerMs: 50, nothingElseComing: (waiting) => waiting >= inHand },
    );
    const first = batcher.submit(1);
    await jest.advanceTimersByTimeAsync(10);
    const second = batcher.submit(2);
    expect(batches).toEqual([]);
    // The third job in hand arrives: nothing else can come, so the batch runs at once.
    await Promise.all([first, second, batcher.submit(3)]);
    expect(batches).toEqual([[1, 2, 3]]);

    inHand = 10;
    const fourth = batcher.submit(4);
    await jest.advanceTimersByTimeAsync(49);
    expect(batches).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await fourth;
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });
});
