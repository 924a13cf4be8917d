import {
  PlayedRangesStore,
  ProgressThrottle,
  VisibleTimeClock,
  mergeRanges,
  rangesOf,
  watchedFraction,
  type TimeRangesLike,
} from './progress-tracking';

const timeRanges = (...ranges: [number, number][]): TimeRangesLike => ({
  length: ranges.length,
  start: (index) => ranges[index][0],
  end: (index) => ranges[index][1],
});

describe('video progress', () => {
  it('counts each second of the video once, however often it was played', () => {
    const played = rangesOf(timeRanges([0, 30], [20, 50], [80, 100]));
    expect(mergeRanges(played)).toEqual([
      [0, 50],
      [80, 100],
    ]);
    expect(watchedFraction(played, 100)).toBeCloseTo(0.7);
    expect(watchedFraction([[0, 120]], 100)).toBe(1);
    expect(watchedFraction([[0, 10]], Number.NaN)).toBe(0);
    expect(watchedFraction([], 0)).toBe(0);
  });

  it('reports at most every 10 s, at once on pause or end, and only when it grew', () => {
    const throttle = new ProgressThrottle(0.2);
    expect(throttle.next(0.1, 0)).toBeNull();
    expect(throttle.next(0.25, 0)).toBe(0.25);
    expect(throttle.next(0.3, 5_000)).toBeNull();
    expect(throttle.next(0.3, 10_000)).toBe(0.3);
    expect(throttle.next(0.35, 11_000, true)).toBe(0.35);
    expect(throttle.next(0.35, 30_000, true)).toBeNull();
    expect(throttle.next(0.9004, 40_000)).toBe(0.9);
  });

  it('counts visible time against the length of an embedded video', () => {
    const clock = new VisibleTimeClock(100, 0.5);
    clock.update(true, 0);
    expect(clock.fraction(20_000)).toBeCloseTo(0.7);
    clock.update(false, 30_000);
    expect(clock.fraction(90_000)).toBeCloseTo(0.8);
    clock.update(true, 100_000);
    expect(clock.fraction(200_000)).toBe(1);
  });

  it('keeps what was played on this device between visits', () => {
    const data = new Map<string, string>();
    const store = new PlayedRangesStore({
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
    });
    expect(store.load('l1')).toEqual([]);
    store.save('l1', [
      [10, 20.04],
      [0, 12],
    ]);
    expect(store.load('l1')).toEqual([[0, 20]]);
    data.set('bp-video:l2', '{not json');
    expect(store.load('l2')).toEqual([]);
    data.set('bp-video:l3', '[[1,"x"],[2,3]]');
    expect(store.load('l3')).toEqual([[2, 3]]);
  });
});
