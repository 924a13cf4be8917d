import { DateTimePipe } from './date-time.pipe';

describe('DateTimePipe', () => {
  const pipe = new DateTimePipe();
  const value = '2026-11-25T07:00:00Z';

  it('writes the date and time as Indonesians do, in WIB', () => {
    expect(pipe.transform(value, 'id')).toBe('25 November 2026, 14.00 WIB');
  });

  it('follows the language it is given', () => {
    expect(pipe.transform(value, 'en')).toBe('25 November 2026, 14:00 WIB');
    expect(pipe.transform('2026-08-17T03:00:00Z', 'id')).toBe('17 Agustus 2026, 10.00 WIB');
    expect(pipe.transform('2026-08-17T03:00:00Z', 'en')).toBe('17 August 2026, 10:00 WIB');
  });

  it('can show the date alone, and nothing for a missing value', () => {
    expect(pipe.transform(value, 'id', true)).toBe('25 November 2026');
    expect(pipe.transform(null, 'id')).toBe('');
    expect(pipe.transform(undefined, 'en')).toBe('');
  });
});
