import { wibDayRange, wibTimestamp } from './audit-query';

describe('audit log dates in WIB', () => {
  it('covers whole WIB days, both ends included', () => {
    const { since, before } = wibDayRange('2026-11-25', '2026-11-26');
    expect(since?.toISOString()).toBe('2026-11-24T17:00:00.000Z');
    expect(before?.toISOString()).toBe('2026-11-26T17:00:00.000Z');
  });

  it('leaves an open end open', () => {
    expect(wibDayRange(undefined, '2026-12-31')).toEqual({ before: new Date('2026-12-31T17:00:00.000Z') });
    expect(wibDayRange()).toEqual({});
  });

  it('writes a moment as WIB for spreadsheets', () => {
    expect(wibTimestamp(new Date('2026-11-25T07:00:05Z'))).toBe('2026-11-25 14:00:05');
    expect(wibTimestamp(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01 00:30:00');
  });
});
