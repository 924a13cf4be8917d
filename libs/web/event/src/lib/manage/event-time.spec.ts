import { clockText, fromZoneParts, toZoneParts, weekdayName } from './event-time';

describe('event times in the event’s zone', () => {
  it('turns a date and times typed in WITA into the right instants, and back', () => {
    const starts = fromZoneParts('2026-12-19', '09:00', 'Asia/Makassar');
    expect(starts).toBe('2026-12-19T09:00:00+08:00');
    expect(new Date(starts ?? '').toISOString()).toBe('2026-12-19T01:00:00.000Z');
    expect(toZoneParts('2026-12-19T01:00:00.000Z', 'Asia/Makassar')).toEqual({ date: '2026-12-19', time: '09:00' });
    // The same instant is an hour later in WIT and an hour earlier in WIB.
    expect(toZoneParts('2026-12-19T01:00:00.000Z', 'Asia/Jayapura').time).toBe('10:00');
    expect(toZoneParts('2026-12-18T17:30:00.000Z', 'Asia/Jakarta')).toEqual({ date: '2026-12-19', time: '00:30' });
  });

  it('refuses what is not a date and time', () => {
    expect(fromZoneParts('', '09:00', 'Asia/Jakarta')).toBeNull();
    expect(fromZoneParts('2026-12-19', '9', 'Asia/Jakarta')).toBeNull();
    expect(fromZoneParts('2026-13-45', '09:00', 'Asia/Jakarta')).toBeNull();
  });

  it("names weekdays and writes clock times as the reader's language does", () => {
    expect(weekdayName(6, 'id')).toBe('Sabtu');
    expect(weekdayName(0, 'en')).toBe('Sunday');
    expect(clockText('09:00', 'id')).toBe('09.00');
  });
});
