import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { FocusGroupDetail, FocusGroupSession, UserRef } from '@bina-pustaka/shared-contracts';
import en from './i18n/en.json';
import { settle } from '@bina-pustaka/web-ui/testing';
import { FocusGroupPage } from './group/focus-group.page';
import id from './i18n/id.json';

export { settle };

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

/**
 * The group page opened on `group` as the api sends it, with small hands to type into a
 * field (by selector) and find a button (by its words).
 */
export async function openGroupPage(group: FocusGroupDetail) {
  TestBed.configureTestingModule({
    imports: [focusGroupTranslocoTesting()],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'diskusi-fokus/:groupId', component: FocusGroupPage },
        { path: '**', children: [] },
      ]),
    ],
  });
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  void harness.navigateByUrl(`/diskusi-fokus/${GROUP_ID}`);
  const render = () => settle(harness.fixture);
  await render();
  http.expectOne(`/api/focus-groups/${GROUP_ID}`).flush(group);
  await render();
  const element = harness.routeNativeElement as HTMLElement;
  const type = (selector: string, value: string) => {
    const field = element.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  };
  const button = (text: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((each) => each.textContent?.includes(text));
  return { http, render, element, type, button };
}
