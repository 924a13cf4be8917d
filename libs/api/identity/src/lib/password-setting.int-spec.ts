import { linkIn, startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { createTestUser, signIn } from '../testing';
import { IdentityModule, identityMigrations } from './identity.module';
import { PasswordsService } from './services/passwords.service';

/**
 * Every path that sets a password (reset link, invitation, profile) checks what it cheaply
 * can before the expensive argon2id hash, and is limited per account and per address.
 * Behind one trusted proxy here, so each test speaks from an address of its own.
 */
describe('setting a password: checks before hashing, and limits', () => {
  let t: TestApp;
  let hashes: jest.SpyInstance;
  let clients = 0;
  const from = () => ({ headers: { 'x-forwarded-for': `198.51.100.${++clients}` } });
  const bogusToken = (i: number) => `tidak-ada-token-seperti-ini-${i}`.padEnd(43, 'x');

  beforeAll(async () => {
    t = await startTestApp({ modules: [IdentityModule], migrations: identityMigrations, env: { TRUST_PROXY: '1' } });
    hashes = jest.spyOn(t.app.get(PasswordsService), 'hash');
  });
  beforeEach(() => hashes.mockClear());
  afterAll(() => t.close());

  it('refuses an unknown reset link before hashing the new password', async () => {
    const response = await t.api.post<ApiErrorBody>(
      '/api/auth/password/reset',
      { token: bogusToken(0), password: 'Sandi-Baru-2026' },
      from(),
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('auth.resetInvalid');
    expect(hashes).not.toHaveBeenCalled();
  });

  it('refuses an expired reset link before hashing the new password', async () => {
    const user = await createTestUser(t.db);
    await t.api.post('/api/auth/password/forgot', { email: user.email }, from());
    const { token } = linkIn(await t.mailbox.waitFor(user.email), '/atur-ulang-sandi');
    await t.db.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'`);
    const response = await t.api.post<ApiErrorBody>(
      '/api/auth/password/reset',
      { token, password: 'Sandi-Baru-2026' },
      from(),
    );
    expect(response.body.code).toBe('auth.resetExpired');
    expect(hashes).not.toHaveBeenCalled();
  });

  it('refuses an unknown invitation before hashing the new password', async () => {
    const response = await t.api.post<ApiErrorBody>(
      '/api/auth/invitations/accept',
      { token: bogusToken(1), fullName: 'Budi Santoso', password: 'Literasi-2026' },
      from(),
    );
    expect(response.status).toBe(404);
    expect(hashes).not.toHaveBeenCalled();
  });

  it.each([
    ['reset links', '/api/auth/password/reset', (i: number) => ({ token: bogusToken(i), password: 'Sandi-Baru-2026' })],
    [
      'invitations',
      '/api/auth/invitations/accept',
      (i: number) => ({ token: bogusToken(i), fullName: 'Budi Santoso', password: 'Literasi-2026' }),
    ],
  ])('limits guessing %s per address, with a clear 429', async (_name, path, body) => {
    const client = from();
    for (let i = 0; i < 20; i++) expect((await t.api.post(path, body(i), client)).status).not.toBe(429);
    const limited = await t.api.post<ApiErrorBody>(path, body(20), client);
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(
      /^Terlalu banyak percobaan mengatur kata sandi\. Demi keamanan, coba lagi dalam \d+ menit\.$/,
    );
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else is not affected.
    expect((await t.api.post(path, body(21), from())).status).not.toBe(429);
  });

  it('limits password changes per account, whatever the address', async () => {
    const user = await signIn(t.api, await createTestUser(t.db));
    const change = (currentPassword: string) =>
      t.api.put<ApiErrorBody>(
        '/api/me/password',
        { currentPassword, newPassword: 'Sandi-Baru-2026' },
        { token: user.token, ...from() },
      );
    for (let i = 0; i < 5; i++) expect((await change(`tebakan-ke-${i}`)).status).toBe(400);
    const limited = await change(user.password);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.tooManyPasswordAttempts');
    expect(
      (
        await t.api.put<ApiErrorBody>(
          '/api/me/password',
          { currentPassword: user.password, newPassword: 'Sandi-Baru-2026' },
          { token: user.token, headers: { 'x-forwarded-for': '198.51.100.250', 'accept-language': 'en' } },
        )
      ).body.message,
    ).toMatch(/^Too many attempts to set a password\. For your safety, try again in \d+ minutes\.$/);
  });

  describe('a common password is refused on every path that sets one, in both languages', () => {
    const ID = 'Kata sandi ini terlalu umum sehingga mudah ditebak. Pilih yang lain, misalnya gabungan beberapa kata.';
    const EN = 'This password is too common and easy to guess. Choose another, for example a few words together.';

    it.each([
      ['perpustakaan123', 'id', ID],
      ['Password123', 'en', EN],
    ])('%s (%s)', async (password, language, message) => {
      const headers = { 'accept-language': language };
      const user = await signIn(t.api, await createTestUser(t.db));
      await t.api.post('/api/auth/password/forgot', { email: user.email }, from());
      const { token: resetToken } = linkIn(await t.mailbox.waitFor(user.email), '/atur-ulang-sandi');
      const admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
      const invitee = `undangan-${language}@uji.test`;
      await t.api.post(
        '/api/invitations',
        { email: invitee, fullName: 'Tamu Undangan', roles: ['learner'] },
        { token: admin.token },
      );
      const { token: invitationToken } = linkIn(await t.mailbox.waitFor(invitee), '/undangan');

      const answers = await Promise.all([
        t.api.post<ApiErrorBody>('/api/auth/password/reset', { token: resetToken, password }, { headers }),
        t.api.post<ApiErrorBody>(
          '/api/auth/invitations/accept',
          { token: invitationToken, fullName: 'Tamu Undangan', password },
          { headers },
        ),
        t.api.put<ApiErrorBody>(
          '/api/me/password',
          { currentPassword: user.password, newPassword: password },
          { token: user.token, headers },
        ),
      ]);
      for (const answer of answers) {
        expect(answer.status).toBe(400);
        expect(answer.body.issues?.map((issue) => issue.message)).toEqual([message]);
      }
      expect(hashes).not.toHaveBeenCalled();
    });
  });
});
