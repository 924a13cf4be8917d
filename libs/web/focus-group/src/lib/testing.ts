import { TranslocoTestingModule } from '@jsverse/transloco';
import type { FocusGroupDetail, FocusGroupSession, UserRef } from '@bina-pustaka/shared-contracts';
import en from './i18n/en.json';
import id from './i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

/** Transloco with the real focus-group scope (as `focusGroup.*`) and the few shared words the pages use. */
export function focusGroupTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        focusGroup: id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi', loading: 'Memuat…', cancel: 'Batal', optional: '(opsional)' },
        validation: { required: 'Wajib diisi.' },
        pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
      },
      en: { focusGroup: en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

/** Lets the people picker's pause in typing pass. */
export const typingPause = () => new Promise((resolve) => setTimeout(resolve, 250));

export const SITI: UserRef = { id: 'u-siti', fullName: 'Siti Rahma' };
export const BUDI: UserRef = { id: 'u-budi', fullName: 'Budi Santoso' };
export const GROUP_ID = '6f1d2c1e-4444-4c3a-9b1a-000000000001';

export function session(changes: Partial<FocusGroupSession> = {}): FocusGroupSession {
  return {
    id: 's1',
    title: 'Sesi pertama',
    startsAt: '2026-11-25T07:00:00Z',
    durationMinutes: 90,
    timeZone: 'Asia/Jakarta',
    mode: 'in-person',
    location: 'Ruang Baca Lt. 2',
    webinarSessionId: null,
    cancelled: false,
    notesHtml: '',
    notesMarkdown: null,
    notesUpdatedAt: null,
    notesUpdatedBy: null,
    ...changes,
  };
}

/** A group as the api sends it to one of its members; `changes` says what differs. */
export function focusGroup(changes: Partial<FocusGroupDetail> = {}): FocusGroupDetail {
  return {
    id: GROUP_ID,
    topic: 'Layanan perpustakaan keliling',
    purpose: 'Mendengar tantangan layanan keliling di desa.',
    status: 'active',
    allowAnonymous: true,
    forumId: 'f-fg1',
    people: [
      { user: SITI, role: 'facilitator', addedAt: '2026-11-20T03:00:00Z' },
      { user: BUDI, role: 'member', addedAt: '2026-11-20T03:00:00Z' },
    ],
    sessions: [],
    findings: [],
    actionItems: [],
    createdBy: { id: 'u-koor', fullName: 'Dewi Koordinator' },
    createdAt: '2026-11-20T03:00:00Z',
    myRole: 'member',
    may: { manage: false, postAnonymously: true },
    ...changes,
  };
}
