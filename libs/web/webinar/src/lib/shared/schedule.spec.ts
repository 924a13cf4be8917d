import type { WebinarSession } from '@bina-pustaka/shared-contracts';
import { endText, fromZoneParts, initials, joinState, scheduleText, zoneParts } from './schedule';

const session = (changes: Partial<WebinarSession> = {}) =>
  ({
    startsAt: '2026-11-25T07:00:00.000Z',
    durationMinutes: 90,
    timeZone: 'Asia/Jakarta',
    status: 'scheduled',
    myRole: 'attendee',
    ...changes,
  }) as WebinarSession;

describe('webinar schedule', () => {
  it('says the start and end as Indonesians write them', () => {
    expect(scheduleText(session(), 'id')).toBe('25 November 2026, 14.00 WIB');
    expect(endText(session(), 'id')).toBe('15.30 WIB');
    expect(scheduleText(session({ timeZone: 'Asia/Makassar' }), 'id')).toBe('25 November 2026, 15.00 WITA');
    expect(scheduleText(session(), 'en')).toBe('25 November 2026, 14:00 WIB');
  });

  it('turns the date and time typed in a zone into a moment, and back', () => {
    expect(fromZoneParts('2026-11-25', '14:00', 'Asia/Jakarta')).toBe('2026-11-25T14:00:00+07:00');
    expect(fromZoneParts('2026-11-25', '15:00', 'Asia/Makassar')).toBe('2026-11-25T07:00:00.000Z');
    expect(fromZoneParts('2026-11-25', '16:00', 'Asia/Jayapura')).toBe('2026-11-25T07:00:00.000Z');
    expect(fromZoneParts('2026-11-25', '', 'Asia/Jakarta')).toBeNull();
    expect(zoneParts('2026-11-25T07:00:00.000Z', 'Asia/Jakarta')).toEqual({ date: '2026-11-25', time: '14:00' });
    expect(zoneParts('2026-11-25T17:30:00.000Z', 'Asia/Jayapura')).toEqual({ date: '2026-11-26', time: '02:30' });
  });

  it('opens the door to attendees 10 minutes before the start, to the staff at any time', () => {
    const start = Date.parse('2026-11-25T07:00:00.000Z');
    expect(joinState(session(), start - 11 * 60_000)).toBe('tooEarly');
    expect(joinState(session(), start - 10 * 60_000)).toBe('open');
    expect(joinState(session({ myRole: 'host' }), start - 3 * 24 * 3_600_000)).toBe('open');
    expect(joinState(session({ status: 'live' }), start - 60 * 60_000)).toBe('open');
    expect(joinState(session({ status: 'ended' }), start)).toBe('ended');
    expect(joinState(session({ status: 'cancelled' }), start)).toBe('cancelled');
    expect(joinState(session({ myRole: null }), start)).toBe('notAllowed');
  });

  it('makes initials for tiles without video', () => {
    expect(initials('Dewi Lestari')).toBe('DL');
    expect(initials('Siti Rahayu Wulandari')).toBe('SW');
    expect(initials('admin')).toBe('A');
    expect(initials('')).toBe('?');
  });
});
