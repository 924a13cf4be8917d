import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { NotificationInbox } from '@bina-pustaka/shared-contracts';
import { NotificationsModule, notificationsMigrations } from './notifications.module';
import { NotificationsService } from './inbox/notifications.service';

describe('in-app notifications', () => {
  let t: TestApp;
  let dewi: SignedInUser;
  let budi: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, NotificationsModule],
      migrations: [...identityMigrations, ...notificationsMigrations],
    });
    dewi = await signIn(t.api, await createTestUser(t.db));
    budi = await signIn(t.api, await createTestUser(t.db));
  });
  afterAll(() => t.close());

  it('shows people their own notifications, newest first, and marks them read', async () => {
    const notifications = t.app.get(NotificationsService);
    for (const number of ['001/BP/XI/2026', '002/BP/XI/2026']) {
      await notifications.notify(dewi.id, {
        kind: 'certificate-issued',
        params: { subject: 'Katalogisasi dengan RDA', number },
        link: '/sertifikat-saya',
      });
    }
    const inbox = await t.api.get<NotificationInbox>('/api/me/notifications', { token: dewi.token });
    expect(inbox.body.unread).toBe(2);
    expect(inbox.body.items.map((item) => item.params['number'])).toEqual(['002/BP/XI/2026', '001/BP/XI/2026']);
    expect((await t.api.get<NotificationInbox>('/api/me/notifications', { token: budi.token })).body).toEqual({
      unread: 0,
      items: [],
    });

    // Someone else's ids change nothing.
    const ids = inbox.body.items.map((item) => item.id);
    await t.api.post('/api/me/notifications/read', { ids }, { token: budi.token });
    expect((await t.api.get<NotificationInbox>('/api/me/notifications', { token: dewi.token })).body.unread).toBe(2);

    const one = await t.api.post<NotificationInbox>(
      '/api/me/notifications/read',
      { ids: [ids[0]] },
      { token: dewi.token },
    );
    expect(one.body.unread).toBe(1);
    const all = await t.api.post<NotificationInbox>('/api/me/notifications/read', {}, { token: dewi.token });
    expect(all.body.unread).toBe(0);
    expect(all.body.items.every((item) => item.readAt !== null)).toBe(true);
    expect((await t.api.post('/api/me/notifications/read', { ids: ['x'] }, { token: dewi.token })).status).toBe(400);
  });
});
