import { leastLoadedIndex } from './least-loaded';

describe('leastLoadedIndex', () => {
  it('picks the worker carrying the fewest routers plus transports', () => {
    expect(
      leastLoadedIndex([
        { routers: 2, transports: 10 },
        { routers: 1, transports: 3 },
        { routers: 3, transports: 0 },
      ]),
    ).toBe(2);
  });

  it('counts transports (browsers) as well as routers (rooms)', () => {
    // One busy room weighs more than two empty ones.
    expect(
      leastLoadedIndex([
        { routers: 1, transports: 40 },
        { routers: 2, transports: 0 },
      ]),
    ).toBe(1);
  });

  it('takes the first of equals, so a fresh pool fills its workers in turn', () => {
    const loads = [
      { routers: 0, transports: 0 },
      { routers: 0, transports: 0 },
      { routers: 0, transports: 0 },
    ];
    const picks: number[] = [];
    for (let room = 0; room < 6; room++) {
      const index = leastLoadedIndex(loads);
      picks.push(index);
      loads[index].routers++;
    }
    expect(picks).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('says -1 when there is no worker', () => {
    expect(leastLoadedIndex([])).toBe(-1);
  });
});
