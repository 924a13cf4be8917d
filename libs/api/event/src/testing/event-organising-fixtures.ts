/** Bodies for the organising api in the event int specs: a valid event, days from now. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** A day `inDays` from now at 09.00-12.00 WIB. */
export function futureDay(inDays: number, now = new Date()): { startsAt: string; endsAt: string } {
  const date = new Date(now.getTime() + inDays * DAY_MS).toISOString().slice(0, 10);
  return { startsAt: `${date}T09:00:00+07:00`, endsAt: `${date}T12:00:00+07:00` };
}

export function eventBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'book-launch',
    format: 'in-person',
    title: 'Peluncuran Buku "Senja di Pelabuhan"',
    summary: 'Bincang buku bersama penulisnya.',
    description: 'Bersama **penulis** dan pembaca.',
    days: [futureDay(20)],
    venue: { name: 'Aula Perpustakaan Kota', address: 'Jl. Merdeka No. 1', city: 'Bandung' },
    dataPurpose: 'Nama dan email Anda dipakai untuk tiket dan sertifikat acara ini.',
    ...overrides,
  };
}
