import { eventWhen, openStreetMapUrl } from './event-when';

describe('event dates', () => {
  it("writes a day's times once with the event's zone, wherever the phone is", () => {
    expect(eventWhen('2026-12-19T02:00:00Z', '2026-12-19T05:30:00Z', 'id', 'Asia/Jakarta')).toBe(
      'Sabtu, 19 Desember 2026, 09.00–12.30 WIB',
    );
    expect(eventWhen('2026-12-19T02:00:00Z', '2026-12-19T05:30:00Z', 'id', 'Asia/Jayapura')).toBe(
      'Sabtu, 19 Desember 2026, 11.00–14.30 WIT',
    );
  });

  it('writes both ends of an evening that runs past midnight', () => {
    expect(eventWhen('2026-12-19T13:00:00Z', '2026-12-19T18:00:00Z', 'id', 'Asia/Jakarta')).toBe(
      'Sabtu, 19 Desember 2026, 20.00 WIB – Minggu, 20 Desember 2026, 01.00 WIB',
    );
  });

  it('keeps the Indonesian zone name in English', () => {
    expect(eventWhen('2026-12-19T02:00:00Z', '2026-12-19T05:30:00Z', 'en', 'Asia/Makassar')).toMatch(
      /^Saturday,? 19 December 2026, 10:00–13:30 WITA$/,
    );
  });

  it('links the venue on OpenStreetMap only with both coordinates', () => {
    const venue = { name: 'Perpustakaan', address: 'Jl. Merdeka 1', city: null, latitude: -6.2, longitude: 106.8 };
    expect(openStreetMapUrl(venue)).toBe('https://www.openstreetmap.org/?mlat=-6.2&mlon=106.8#map=17/-6.2/106.8');
    expect(openStreetMapUrl({ ...venue, longitude: null })).toBeNull();
    expect(openStreetMapUrl(null)).toBeNull();
  });
});
