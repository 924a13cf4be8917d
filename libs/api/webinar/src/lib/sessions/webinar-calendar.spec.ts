import { webinarCalendar } from './webinar-calendar';

describe('webinarCalendar', () => {
  const session = {
    id: '6f1c1c8e-58f4-4a7e-9d0c-2b0f4a5f7f10',
    title: 'Kurasi Koleksi Digital',
    description: 'Sesi bersama narasumber dari Perpustakaan Nasional.',
    startsAt: new Date('2026-11-26T07:00:00Z'),
    durationMinutes: 90,
    updatedAt: new Date('2026-11-25T10:00:00Z'),
    status: 'scheduled' as const,
  };

  it('gives one event in UTC with its link, a stable UID and a 15-minute alarm', () => {
    // Long lines are folded at 75 octets (RFC 5545); unfold to read them.
    const ics = webinarCalendar(session, 'https://pelatihan.example.go.id', 'pelatihan.example.go.id').replace(
      /\r\n /g,
      '',
    );
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`UID:${session.id}@pelatihan.example.go.id`);
    expect(ics).toContain('DTSTART:20261126T070000Z');
    expect(ics).toContain('DTEND:20261126T083000Z');
    expect(ics).toContain('SUMMARY:Kurasi Koleksi Digital');
    expect(ics).toContain(`URL;VALUE=URI:https://pelatihan.example.go.id/webinar/${session.id}`);
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('TRIGGER:-PT15M');
  });

  it('marks a cancelled session so calendars strike it', () => {
    const ics = webinarCalendar({ ...session, status: 'cancelled' }, 'https://x.test', 'x.test');
    expect(ics).toContain('STATUS:CANCELLED');
  });
});
