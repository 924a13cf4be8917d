import { linkIn, startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn } from '../testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { IdentityModule, identityMigrations } from './identity.module';

describe('password reset and change', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ modules: [IdentityModule], migrations: identityMigrations });
  });
  afterAll(() => t.close());

  it('emails a one-time link; using it sets the password and signs out every device', async () => {
    const user = await createTestUser(t.db);
    const session = await signIn(t.api, user);

    const asked = await t.api.post<{ message: string }>('/api/auth/password/forgot', { email: user.email });
    expect(asked.status).toBe(202);
    expect(asked.body.message).toBe(
      'Jika email tersebut terdaftar, kami telah mengirimkan tautan untuk mengatur ulang kata sandi.',
    );
    const mail = await t.mailbox.waitFor(user.email);
    expect(mail.subject).toBe('Atur ulang kata sandi Bina Pustaka');
    const { token } = linkIn(mail, '/atur-ulang-sandi');

    expect((await t.api.post('/api/auth/password/reset', { token, password: 'Sandi-Baru-2026' })).status).toBe(204);
    expect((await t.api.get('/api/me', { token: session.token })).status).toBe(401);
    expect((await t.api.post('/api/auth/refresh', undefined, { cookie: session.cookie })).status).toBe(401);
    expect((await t.api.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(401);
    expect((await t.api.post('/api/auth/login', { email: user.email, password: 'Sandi-Baru-2026' })).status).toBe(200);

    const reused = await t.api.post<ApiErrorBody>('/api/auth/password/reset', { token, password: 'Sandi-Lain-2026' });
    expect(reused.status).toBe(400);
    expect(reused.body.message).toBe('Tautan atur ulang kata sandi tidak valid atau sudah pernah digunakan.');
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const before = t.mailbox.messages.length;
    const response = await t.api.post('/api/auth/password/forgot', { email: 'tidak.terdaftar@uji.test' });
    expect(response.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.mailbox.messages.length).toBe(before);
  });

  it('only the newest link works, and an expired one says so', async () => {
    const user = await createTestUser(t.db);
    await t.api.post('/api/auth/password/forgot', { email: user.email });
    const first = linkIn(await t.mailbox.waitFor(user.email), '/atur-ulang-sandi').token;
    await t.api.post('/api/auth/password/forgot', { email: user.email });
    const second = linkIn(
      await t.mailbox.waitFor(user.email, (m) => !m.text.includes(first)),
      '/atur-ulang-sandi',
    ).token;
    expect((await t.api.post('/api/auth/password/reset', { token: first, password: 'Sandi-Baru-2026' })).status).toBe(
      400,
    );

    await t.db.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    const expired = await t.api.post<ApiErrorBody>('/api/auth/password/reset', {
      token: second,
      password: 'Sandi-Baru-2026',
    });
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('auth.resetExpired');
  });

  it('limits reset mails per address', async () => {
    const user = await createTestUser(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await t.api.post('/api/auth/password/forgot', { email: user.email })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('changing the password needs the current one and signs out the other devices only', async () => {
    const user = await createTestUser(t.db);
    const laptop = await signIn(t.api, user);
    const phone = await signIn(t.api, user);
    const wrong = await t.api.put<ApiErrorBody>(
      '/api/me/password',
      { currentPassword: 'bukan-ini-123', newPassword: 'Sandi-Baru-2026' },
      { token: laptop.token },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe('Kata sandi saat ini salah.');

    const changed = await t.api.put(
      '/api/me/password',
      { currentPassword: user.password, newPassword: 'Sandi-Baru-2026' },
      { token: laptop.token },
    );
    expect(changed.status).toBe(204);
    expect((await t.api.get('/api/me', { token: laptop.token })).status).toBe(200);
    expect((await t.api.get('/api/me', { token: phone.token })).status).toBe(401);
  });
});
