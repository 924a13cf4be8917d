import { TranslocoTestingModule } from '@jsverse/transloco';
import type { EventLiveAck, EventRegistrationCounts, EventRoster } from '@bina-pustaka/shared-contracts';
import type { EventLiveSocket } from '@bina-pustaka/web-data-access/events';
import en from '../i18n/en.json';
import id from '../i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

export const EVENT_ID = '6f1d2c1e-9999-4c3a-9b1a-000000000001';
export const SITI = '6f1d2c1e-9999-4c3a-9b1a-0000000000a1';
export const BUDI = '6f1d2c1e-9999-4c3a-9b1a-0000000000a2';
export const SITI_CODE = 'c2l0aS10aWNrZXQtY29kZQ_abc-123';
export const BUDI_CODE = 'YnVkaS10aWNrZXQtY29kZQ_def-456';
/** sha256 of each code in hex (worked out apart from the code under test, as the api stores it). */
const CODE_HASHES: Record<string, string> = {
  [SITI_CODE]: 'cf01a4a7b387a6de48731584f5962c5d111ba73c237c50522f6bf1cb5666ef90',
  [BUDI_CODE]: '3f3b85612dd1faa5c8fb826f2dbe52e57710e19ae3faf077dfbffc5b7aeaf9c9',
};

/** Transloco with the real door scope (as `event-door.*`) and the few shared words the page uses. */
export function doorTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        'event-door': id,
        common: { optional: '(opsional)', retry: 'Coba lagi' },
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        validation: { required: 'Wajib diisi.', email: 'Email tidak valid.', phone: 'Nomor tidak valid.' },
      },
      en: { 'event-door': en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

export function counts(changes: Partial<EventRegistrationCounts> = {}): EventRegistrationCounts {
  return { confirmed: 120, unconfirmed: 3, waitlisted: 0, cancelled: 1, arrived: 41, walkIns: 0, ...changes };
}

/** Two confirmed guests; Budi came in at 09.05 WITA. Codes are matched by their sha256, as on the api. */
export function roster(changes: Partial<EventRoster> = {}): EventRoster {
  const hash = (code: string) => CODE_HASHES[code];
  return {
    eventId: EVENT_ID,
    entries: [
      {
        registrationId: SITI,
        status: 'confirmed',
        name: 'Siti Rahmawati',
        affiliation: 'SMA Negeri 3 Kupang',
        codeHash: hash(SITI_CODE),
        checkedInAt: null,
      },
      {
        registrationId: BUDI,
        status: 'confirmed',
        name: 'Budi Santoso',
        affiliation: null,
        codeHash: hash(BUDI_CODE),
        checkedInAt: '2026-12-19T01:05:00.000Z',
      },
    ],
    counts: counts(),
    ...changes,
  };
}

/** The event as GET /api/events/:eventId answers (only what the door reads of it matters here). */
export const EVENT = { id: EVENT_ID, title: 'Peluncuran Buku Cerita Rakyat NTT', timeZone: 'Asia/Makassar' };

/** The /events socket's boundary: the test pushes what the server would. */
export class FakeLiveSocket implements EventLiveSocket {
  active = true;
  readonly watched: unknown[] = [];
  private readonly listeners = new Map<string, ((payload?: unknown) => void)[]>();

  on(event: string, listener: (...args: never[]) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as (payload?: unknown) => void]);
  }
  emit(event: string, payload: unknown, ack: (answer: EventLiveAck) => void): void {
    this.watched.push({ event, payload });
    ack({ ok: true, data: null });
  }
  connect(): void {
    /* the test says when it connects */
  }
  disconnect(): void {
    this.listeners.clear();
  }
  push(event: string, payload?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
}
