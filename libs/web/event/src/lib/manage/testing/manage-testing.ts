import { TranslocoTestingModule } from '@jsverse/transloco';
import type { EventDetail, EventSummary, StaffEventSummary } from '@bina-pustaka/shared-contracts';
import en from '../i18n/en.json';
import id from '../i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

/** Transloco with the real organisers' scope (as `event-manage.*`) and the few shared words its pages use. */
export function manageTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        'event-manage': id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi', loading: 'Memuat…', cancel: 'Batal' },
        pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
      },
      en: { 'event-manage': en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

/** jsdom has no modal dialogs: the browser's part of opening and closing one. */
export function fakeModalDialogs(): void {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
}

export const EVENT_ID = '7a1d2c1e-5555-4c3a-9b1a-000000000001';

/** A book launch in Makassar (WITA) on Saturday 19 December 2026, 09.00–12.00. */
export function eventSummary(changes: Partial<EventSummary> = {}): EventSummary {
  return {
    id: EVENT_ID,
    slug: 'peluncuran-buku-senja-k7q2',
    kind: 'book-launch',
    format: 'in-person',
    status: 'draft',
    title: 'Peluncuran Buku "Senja di Losari"',
    summary: 'Bincang buku bersama penulisnya.',
    coverUrl: null,
    timeZone: 'Asia/Makassar',
    startsAt: '2026-12-19T01:00:00.000Z',
    endsAt: '2026-12-19T04:00:00.000Z',
    venueName: 'Perpustakaan Kota Makassar',
    city: 'Makassar',
    registration: 'not-open',
    seatsLeft: 12,
    ...changes,
  };
}

/** The same in the managers' list: 28 of 40 seats taken, 3 waiting, nobody arrived yet. */
export function staffEventSummary(changes: Partial<StaffEventSummary> = {}): StaffEventSummary {
  return {
    ...eventSummary(),
    capacity: 40,
    counts: { confirmed: 28, unconfirmed: 2, waitlisted: 3, cancelled: 1, arrived: 0, walkIns: 0 },
    ...changes,
  };
}

export function eventDetail(changes: Partial<EventDetail> = {}): EventDetail {
  return {
    ...eventSummary(),
    descriptionHtml: '<p>Bincang buku.</p>',
    description: 'Bincang buku.',
    days: [{ startsAt: '2026-12-19T01:00:00.000Z', endsAt: '2026-12-19T04:00:00.000Z' }],
    venue: {
      name: 'Perpustakaan Kota Makassar',
      address: 'Jl. Penghibur No. 1',
      city: 'Makassar',
      latitude: null,
      longitude: null,
    },
    programme: [{ day: 0, startsAt: '09:00', endsAt: '09:30', title: 'Pembukaan', by: null }],
    people: [
      {
        id: 'p1',
        role: 'author',
        userId: null,
        name: 'Andi Sri Wahyuni',
        affiliation: 'Komunitas Penulis Losari',
        creditedHours: null,
      },
    ],
    partners: [{ id: 'inst-1', name: 'Universitas Hasanuddin', kind: 'university', logoUrl: null }],
    series: null,
    capacity: 120,
    registrationOpensAt: null,
    registrationClosesAt: null,
    questions: [{ id: 'q1', kind: 'short-text', label: 'Pekerjaan', required: false, options: [] }],
    dataPurpose: 'Untuk mengelola pendaftaran.',
    guestDataRetentionDays: 365,
    organisers: [],
    webinarSessionId: null,
    counts: { confirmed: 108, unconfirmed: 5, waitlisted: 2, cancelled: 1, arrived: 0, walkIns: 0 },
    may: { edit: true, publish: true, cancel: true, checkIn: true, issueCertificates: true },
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...changes,
  };
}
