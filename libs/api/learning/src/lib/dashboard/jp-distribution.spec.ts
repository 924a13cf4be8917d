import { jpDistribution } from './learning-dashboard.service';

describe('jpDistribution', () => {
  it('puts each total in its band of the target, edges in the upper band', () => {
    const totals = [0, 0.75, 4.99, 5, 9.99, 10, 14.99, 15, 19.99, 20, 45];
    expect(jpDistribution(totals, 20)).toEqual([
      { band: 'none', librarians: 1 },
      { band: 'under25', librarians: 2 },
      { band: 'under50', librarians: 2 },
      { band: 'under75', librarians: 2 },
      { band: 'under100', librarians: 2 },
      { band: 'reached', librarians: 2 },
    ]);
  });

  it('answers every band, empty ones too', () => {
    expect(jpDistribution([], 20).map((band) => band.librarians)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
