import { signal } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { EventSummary, EventTicket, PublicEvent } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import en from '../i18n/en.json';
import id from '../i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

/** Transloco with the real `events` scope and the few shared words the pages use. */
export function eventsTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        events: id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi', loading: 'Memuat…' },
        validation: {
          required: 'Wajib diisi.',
          email: 'Masukkan alamat email yang valid.',
          minLength: 'Minimal {{min}} karakter.',
          maxLength: 'Maksimal {{max}} karakter.',
          phone: 'Masukkan nomor telepon Indonesia yang diawali 0 atau +62.',
          invalid: 'Isian ini belum benar.',
        },
        pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
      },
      en: { events: en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

/** Signed in (as Dewi) or not, as the pages read it. */
export function authAs(signedIn: boolean) {
  return {
    provide: AuthStore,
    useValue: { signedIn: signal(signedIn), user: signal(signedIn ? { fullName: 'Dewi Lestari' } : null) },
  };
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

export const EVENT_ID = '6f1d2c1e-8888-4c3a-9b1a-000000000001';
/** The shape of the api's link tokens (EventCodes.linkToken). */
export const TOKEN = '0f1d2c1e88884c3a9b1a000000000001.0.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

/** A Saturday morning in Makassar (WITA): 09.00-12.00 there is 01.00-04.00 UTC. */
export function summary(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: EVENT_ID,
    slug: 'peluncuran-buku-laut-a1b2',
    kind: 'book-launch',
    format: 'in-person',
    status: 'published',
    title: 'Peluncuran buku "Laut Bercerita"',
    summary: 'Bincang buku bersama penulis.',
    coverUrl: '/api/event-covers/abc123',
    timeZone: 'Asia/Makassar',
    startsAt: '2026-12-19T01:00:00Z',
    endsAt: '2026-12-19T04:00:00Z',
    venueName: 'Perpustakaan Kota Makassar',
    city: 'Makassar',
    registration: 'open',
    seatsLeft: 12,
    ...overrides,
  };
}

export function publicEvent(overrides: Partial<PublicEvent> = {}): PublicEvent {
  return {
    ...summary(),
    descriptionHtml: '<p>Diskusi <strong>terbuka</strong>.</p>',
    days: [{ startsAt: '2026-12-19T01:00:00Z', endsAt: '2026-12-19T04:00:00Z' }],
    venue: {
      name: 'Perpustakaan Kota Makassar',
      address: 'Jl. Kajaolalido No. 5',
      city: 'Makassar',
      latitude: -5.1343,
      longitude: 119.4108,
    },
    programme: [
      { day: 0, startsAt: '09:00', endsAt: '09:30', title: 'Pembukaan', by: 'Kepala Perpustakaan' },
      { day: 0, startsAt: '09:30', endsAt: null, title: 'Bincang buku', by: null },
    ],
    people: [{ id: 'p1', role: 'author', name: 'Rahmawati Lestari', affiliation: 'Penulis lepas' }],
    partners: [{ id: 'i1', name: 'Komunitas Baca Pesisir', kind: 'community', logoUrl: '/logos/kbp.png' }],
    series: null,
    capacity: 40,
    registrationOpensAt: null,
    registrationClosesAt: '2026-12-18T15:00:00Z',
    questions: [
      { id: 'asal', kind: 'short-text', label: 'Asal sekolah atau kampus', required: true, options: [] },
      {
        id: 'tahu',
        kind: 'single-choice',
        label: 'Dari mana Anda tahu?',
        required: false,
        options: ['WhatsApp', 'Teman'],
      },
    ],
    dataPurpose: 'Untuk mengirim tiket dan kabar acara ini.',
    guestDataRetentionDays: 180,
    ...overrides,
  };
}

export function ticket(overrides: Partial<EventTicket> = {}): EventTicket {
  const event = summary();
  return {
    event: {
      slug: event.slug,
      title: event.title,
      timeZone: event.timeZone,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venueName: event.venueName,
      format: event.format,
    },
    holderName: 'Siti Rahma',
    status: 'confirmed',
    waitlistPosition: null,
    ticketCode: 'q0RjT2dV9yXr0b7cGkq1yQ5n3mZ8pL4wE6tH2uJ9sAa',
    // The api's drawing of that code: a 33-module symbol (its finder's first row shown).
    ticketQr: {
      size: 33,
      path: 'M0 0h1v1h-1zM1 0h1v1h-1zM2 0h1v1h-1zM3 0h1v1h-1zM4 0h1v1h-1zM5 0h1v1h-1zM6 0h1v1h-1z',
    },
    checkedInAt: null,
    joinUrl: null,
    ...overrides,
  };
}
