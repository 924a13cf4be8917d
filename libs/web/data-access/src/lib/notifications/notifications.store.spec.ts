import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { NotificationInbox } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '../auth.store';
import { NotificationsStore } from './notifications.store';

describe('NotificationsStore', () => {
  const signedIn = signal(false);
  let http: HttpTestingController;
  let store: NotificationsStore;
  const inbox: NotificationInbox = {
    unread: 1,
    items: [
      {
        id: 'n1',
        kind: 'certificate-issued',
        params: { subject: 'Katalogisasi', number: '001/BP/XI/2026' },
        link: '/sertifikat-saya',
        createdAt: '2026-11-25T07:00:00.000Z',
        readAt: null,
      },
    ],
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AuthStore, useValue: { signedIn } }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NotificationsStore);
  });

  afterEach(() => signedIn.set(false));

  it('asks for the inbox once signed in, and forgets it on sign-out', async () => {
    TestBed.tick();
    http.expectNone('/api/me/notifications');
    signedIn.set(true);
    TestBed.tick();
    http.expectOne('/api/me/notifications').flush(inbox);
    await Promise.resolve();
    expect(store.inbox()?.unread).toBe(1);
    signedIn.set(false);
    TestBed.tick();
    expect(store.inbox()).toBeNull();
  });

  it('marks everything read', async () => {
    signedIn.set(true);
    TestBed.tick();
    http.expectOne('/api/me/notifications').flush(inbox);
    const done = store.markAllRead();
    const request = http.expectOne('/api/me/notifications/read');
    expect(request.request.body).toEqual({});
    request.flush({ unread: 0, items: [{ ...inbox.items[0], readAt: '2026-11-25T08:00:00.000Z' }] });
    await done;
    expect(store.inbox()?.unread).toBe(0);
  });
});
