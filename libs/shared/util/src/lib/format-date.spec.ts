import { formatDate, formatDateTime, formatTime } from './format-date';

describe('Indonesian date formatting', () => {
  const afternoonInJakarta = '2026-11-25T07:00:00Z';

  it('writes date and time the way Indonesians do, in WIB by default', () => {
    expect(formatDateTime(afternoonInJakarta)).toBe('25 November 2026, 14.00 WIB');
  });

  it('uses the zone of eastern Indonesia when asked', () => {
    expect(formatTime(afternoonInJakarta, 'id', 'Asia/Makassar')).toBe('15.00 WITA');
    expect(formatTime(afternoonInJakarta, 'id', 'Asia/Jayapura')).toBe('16.00 WIT');
  });

  it('keeps the Indonesian zone name in English', () => {
    expect(formatDateTime(afternoonInJakarta, 'en')).toBe('25 November 2026, 14:00 WIB');
  });

  it('crosses midnight into the local date', () => {
    expect(formatDate('2026-11-25T18:30:00Z')).toBe('26 November 2026');
  });
});
