import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AppNotification, NotificationInbox } from '@bina-pustaka/shared-contracts';
import { NotificationsStore } from '@bina-pustaka/web-data-access';
import notifications from '../../i18n/notifications/id.json';
import { NotificationsPage } from './notifications.page';

const notice = (id: string, kind: AppNotification['kind'], params: Record<string, string>): AppNotification => ({
  id,
  kind,
  params,
  link: null,
  readAt: '2026-11-25T08:00:00Z',
  createdAt: '2026-11-25T07:00:00Z',
});

/** The page over a store holding these notices, rendered and settled. */
async function render(items: AppNotification[]) {
  const inbox = signal<NotificationInbox | null>(null);
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { id: { notifications } },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
      }),
    ],
    providers: [
      provideRouter([]),
      {
        provide: NotificationsStore,
        useValue: { inbox, refresh: async () => undefined, markAllRead: async () => undefined },
      },
    ],
  });
  inbox.set({ unread: 0, items });
  const fixture = TestBed.createComponent(NotificationsPage);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('NotificationsPage', () => {
  it('offers a webinar’s evaluation survey with a link that keeps the session in its query', async () => {
    const page = await render([
      {
        ...notice('n1', 'survey-evaluation', {
          title: 'Evaluasi Narasumber',
          sessionTitle: 'Literasi Digital',
        }),
        link: '/survei/5b0f6c1e-3f4a-4c2b-9a51-0d2e8c7f1a90?webinarSessionId=9e1d2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f',
      },
    ]);
    expect(page.querySelector('.notification p')?.textContent?.trim()).toBe(
      'Webinar “Literasi Digital” sudah selesai. Mohon isi survei evaluasi “Evaluasi Narasumber”.',
    );
    expect(page.querySelector('.notification a')?.getAttribute('href')).toBe(
      '/survei/5b0f6c1e-3f4a-4c2b-9a51-0d2e8c7f1a90?webinarSessionId=9e1d2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f',
    );
  });

  it('reminds of an unanswered evaluation of a course or a session, with the deadline when there is one', async () => {
    const page = await render([
      notice('n1', 'survey-reminder', {
        title: 'Evaluasi Penyelenggaraan',
        courseTitle: 'Pelestarian Naskah Kuno',
        closesAt: '2026-11-25T09:00:00Z',
      }),
      notice('n2', 'survey-reminder', { title: 'Evaluasi Narasumber', sessionTitle: 'Literasi Digital' }),
      notice('n3', 'survey-evaluation', {
        title: 'Evaluasi Narasumber',
        sessionTitle: 'Literasi Digital',
        closesAt: '2026-11-25T09:00:00Z',
      }),
    ]);
    const texts = [...page.querySelectorAll('.notification p:first-of-type')].map((p) => p.textContent?.trim());
    expect(texts).toEqual([
      'Pengingat: mohon isi survei evaluasi “Evaluasi Penyelenggaraan” untuk pelatihan “Pelestarian Naskah Kuno”, paling lambat 25 November 2026, 16.00 WIB.',
      'Pengingat: mohon isi survei evaluasi “Evaluasi Narasumber” untuk sesi webinar “Literasi Digital”.',
      'Webinar “Literasi Digital” sudah selesai. Mohon isi survei evaluasi “Evaluasi Narasumber”, paling lambat 25 November 2026, 16.00 WIB.',
    ]);
  });

  it('words the focus groups’ notices with their dates and role in the reader’s words', async () => {
    const page = await render([
      notice('n1', 'focus-group-invited', { topic: 'Layanan keliling', role: 'facilitator' }),
      notice('n2', 'focus-group-session', {
        topic: 'Layanan keliling',
        title: 'Sesi pertama',
        startsAt: '2026-11-25T07:00:00Z',
      }),
      notice('n3', 'action-item-assigned', {
        topic: 'Layanan keliling',
        what: 'Menyusun jadwal',
        dueOn: '2026-11-30',
      }),
    ]);
    const texts = [...page.querySelectorAll('.notification p:first-of-type')].map((p) => p.textContent?.trim());
    expect(texts).toEqual([
      'Anda diundang sebagai fasilitator dalam diskusi fokus “Layanan keliling”.',
      'Sesi “Sesi pertama” diskusi fokus “Layanan keliling” dijadwalkan 25 November 2026, 14.00 WIB.',
      'Anda menjadi penanggung jawab tindak lanjut “Menyusun jadwal” dari diskusi fokus “Layanan keliling”, tenggat 30 November 2026.',
    ]);
  });
});
