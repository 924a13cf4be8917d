import { resolvePeriod } from './dashboard-period';

describe('resolvePeriod', () => {
  // 30 November 2026, 23.30 UTC is already 1 December in WIB.
  const now = new Date('2026-11-30T23:30:00Z');

  it('reads the WIB month of today when no day is given', () => {
    expect(resolvePeriod({ period: 'month' }, now)).toEqual({
      fromDay: '2026-12-01',
      toDay: '2026-12-31',
      from: new Date('2026-11-30T17:00:00Z'),
      until: new Date('2026-12-31T17:00:00Z'),
      months: ['2026-12'],
      jpYear: 2026,
    });
  });

  it.each([
    ['month', '2024-02-10', '2024-02-01', '2024-02-29', ['2024-02']],
    ['quarter', '2026-11-15', '2026-10-01', '2026-12-31', ['2026-10', '2026-11', '2026-12']],
    ['quarter', '2026-01-01', '2026-01-01', '2026-03-31', ['2026-01', '2026-02', '2026-03']],
    [
      'year',
      '2026-06-30',
      '2026-01-01',
      '2026-12-31',
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ],
  ] as const)('%s holding %s is %s to %s', (period, from, fromDay, toDay, months) => {
    expect(resolvePeriod({ period, from }, now)).toMatchObject({ fromDay, toDay, months });
  });

  it('reads a custom period across a year end, counting JP in the year it ends', () => {
    expect(resolvePeriod({ period: 'custom', from: '2025-11-20', to: '2026-02-03' }, now)).toEqual({
      fromDay: '2025-11-20',
      toDay: '2026-02-03',
      from: new Date('2025-11-19T17:00:00Z'),
      until: new Date('2026-02-03T17:00:00Z'),
      months: ['2025-11', '2025-12', '2026-01', '2026-02'],
      jpYear: 2026,
    });
  });
});
