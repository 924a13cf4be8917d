import { EventWhenPipe, eventMoment, eventWhen } from './event-when';

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
    expect(eventWhen('2026-12-19T02:00:00Z', '2026-12-19T05:30:00Z', 'en', 'Asia/Makassar')).toBe(
      'Saturday, 19 December 2026, 10:00–13:30 WITA',
    );
  });

  it('writes a moment as Indonesians do, with the weekday and the zone', () => {
    expect(eventMoment('2026-12-19T01:00:00.000Z', 'id', 'Asia/Makassar')).toBe('Sabtu, 19 Desember 2026, 09.00 WITA');
    expect(eventMoment('2026-12-19T01:00:00.000Z', 'en', 'Asia/Jakarta')).toBe('Saturday, 19 December 2026, 08:00 WIB');
  });

  it('is a moment without an end, a span with one, and nothing without a value', () => {
    const pipe = new EventWhenPipe();
    expect(pipe.transform('2026-12-19T01:00:00.000Z', 'Asia/Makassar', 'id')).toBe(
      'Sabtu, 19 Desember 2026, 09.00 WITA',
    );
    expect(pipe.transform('2026-12-19T01:00:00.000Z', 'Asia/Makassar', 'id', '2026-12-19T04:00:00.000Z')).toBe(
      'Sabtu, 19 Desember 2026, 09.00–12.00 WITA',
    );
    expect(pipe.transform(null, 'Asia/Makassar', 'id')).toBe('');
  });
});
