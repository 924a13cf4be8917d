import { fromWibParts, optionalMoment, toWibParts, wibDatePlusDays } from './wib';

describe('WIB date and time inputs', () => {
  it('shows an instant as the date and time in Jakarta', () => {
    expect(toWibParts('2026-11-25T07:00:00Z')).toEqual({ date: '2026-11-25', time: '14:00' });
    expect(toWibParts('2026-12-31T20:30:00Z')).toEqual({ date: '2027-01-01', time: '03:30' });
  });

  it('sends what was typed with the +07:00 offset', () => {
    expect(fromWibParts('2026-11-25', '14:00')).toBe('2026-11-25T14:00:00+07:00');
    expect(Date.parse(fromWibParts('2026-11-25', '14:00') ?? '')).toBe(Date.parse('2026-11-25T07:00:00Z'));
    expect(fromWibParts('', '14:00')).toBeNull();
    expect(fromWibParts('2026-11-25', '')).toBeNull();
    expect(fromWibParts('2026-13-45', '14:00')).toBeNull();
  });

  it('counts days from today in Jakarta', () => {
    expect(wibDatePlusDays(1, new Date('2026-11-25T18:00:00Z'))).toBe('2026-11-27');
  });

  it('reads an optional moment: none, the start of a day, or not a moment', () => {
    expect(optionalMoment('', '')).toBeNull();
    expect(optionalMoment('2026-11-25', '')).toBe('2026-11-25T00:00:00+07:00');
    expect(optionalMoment('2026-11-25', '14:00')).toBe('2026-11-25T14:00:00+07:00');
    expect(optionalMoment('', '14:00')).toBeUndefined();
    expect(optionalMoment('2026-02-31x', '14:00')).toBeUndefined();
  });
});
