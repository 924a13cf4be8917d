import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, TEST_PASSWORD } from '../testing';
import type { ApiErrorBody, CurrentUser, SignedIn } from '@bina-pustaka/shared-contracts';
import { IdentityModule, identityMigrations } from './identity.module';

describe('signing in, refreshing and signing out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule],
      migrations: identityMigrations,
      env: {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_FAILURES_PER_IP: '8',
        LOGIN_FAILURE_WINDOW_MINUTES: '60',
      },
    });
  });
  afterAll(() => t.close());

  it('signs in with email and password, and puts the refresh token only in a strict httpOnly cookie', async () => {
    const user = await createTestUser(t.db, { fullName: 'Dewi Lestari' });
    const response = await t.api.post<SignedIn>('/api/auth/login', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });

    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ email: user.email, fullName: 'Dewi Lestari', roles: ['learner'] });
    expect(JSON.stringify(response.body)).not.toContain(response.refreshCookie);
    const cookie = response.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await t.api.get<CurrentUser>('/api/me', { token: response.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown email the same way, in the language asked for', async () => {
    const user = await createTestUser(t.db);
    const wrong = await t.api.post<ApiErrorBody>('/api/auth/login', {
      email: user.email,
      password: 'salah-sekali-123',
    });
    const unknown = await t.api.post<ApiErrorBody>('/api/auth/login', {
      email: 'tidak.ada@uji.test',
      password: 'salah-sekali-123',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe('Email atau kata sandi salah.');
    expect(unknown.body).toEqual(wrong.body);

    const english = await t.api.post<ApiErrorBody>(
      '/api/auth/login',
      { email: user.email, password: 'salah-sekali-123' },
      { headers: { 'accept-language': 'en-US,en;q=0.9' } },
    );
    expect(english.body.message).toBe('Wrong email or password.');
  });

  it('rotates the refresh token, and a stolen old token ends the whole session', async () => {
    const user = await signIn(t.api, await createTestUser(t.db));

    const first = await t.api.post<SignedIn>('/api/auth/refresh', undefined, { cookie: user.cookie });
    expect(first.status).toBe(200);
    expect(first.refreshCookie).toBeTruthy();
    expect(first.refreshCookie).not.toBe(user.cookie);

    // Past the grace window for two tabs racing, the old token coming back means a copy exists.
    await t.db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`);
    const replay = await t.api.post<ApiErrorBody>('/api/auth/refresh', undefined, { cookie: user.cookie });
    expect(replay.status).toBe(401);
    expect(replay.refreshCookie).toBe('');

    // The legitimate holder of the newest token is out too, and so is the access token.
    const next = await t.api.post('/api/auth/refresh', undefined, { cookie: first.refreshCookie });
    expect(next.status).toBe(401);
    const me = await t.api.get<ApiErrorBody>('/api/me', { token: first.body.accessToken });
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('auth.sessionEnded');
  });

  it('lets two tabs refresh with the same cookie at the same moment', async () => {
    const user = await signIn(t.api, await createTestUser(t.db));
    const [a, b] = await Promise.all([
      t.api.post('/api/auth/refresh', undefined, { cookie: user.cookie }),
      t.api.post('/api/auth/refresh', undefined, { cookie: user.cookie }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
  });

  it('gives two tabs refreshing with the same cookie the same successor, never a second chain', async () => {
    const user = await signIn(t.api, await createTestUser(t.db));
    const [a, b] = await Promise.all([
      t.api.post('/api/auth/refresh', undefined, { cookie: user.cookie }),
      t.api.post('/api/auth/refresh', undefined, { cookie: user.cookie }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.refreshCookie).toBeTruthy();
    expect(b.refreshCookie).toBe(a.refreshCookie);
    const [{ live }] = await t.db.query(
      `SELECT count(*)::int AS live FROM refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id
        WHERE s.user_id = $1 AND r.used_at IS NULL`,
      [user.id],
    );
    expect(live).toBe(1);
  });

  it('a copy replayed within the grace window gets the same successor, so the copies cannot fork', async () => {
    const user = await signIn(t.api, await createTestUser(t.db));
    const holder = await t.api.post('/api/auth/refresh', undefined, { cookie: user.cookie });
    const thief = await t.api.post('/api/auth/refresh', undefined, { cookie: user.cookie });
    expect(thief.status).toBe(200);
    expect(thief.refreshCookie).toBe(holder.refreshCookie);

    // The holder moves on; the thief's copy of that successor is then a used token coming back.
    const next = await t.api.post('/api/auth/refresh', undefined, { cookie: holder.refreshCookie });
    expect(next.status).toBe(200);
    await t.db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`);
    expect((await t.api.post('/api/auth/refresh', undefined, { cookie: thief.refreshCookie })).status).toBe(401);
    expect((await t.api.post('/api/auth/refresh', undefined, { cookie: next.refreshCookie })).status).toBe(401);
  });

  it('signs out: the refresh cookie is cleared and the access token stops working at once', async () => {
    const user = await signIn(t.api, await createTestUser(t.db));
    const logout = await t.api.post('/api/auth/logout', undefined, { cookie: user.cookie });
    expect(logout.status).toBe(204);
    expect(logout.refreshCookie).toBe('');
    expect((await t.api.get('/api/me', { token: user.token })).status).toBe(401);
    expect((await t.api.post('/api/auth/refresh', undefined, { cookie: user.cookie })).status).toBe(401);
  });

  it('refuses a refresh without a cookie', async () => {
    const response = await t.api.post<ApiErrorBody>('/api/auth/refresh');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('auth.refreshInvalid');
  });

  it('stops trying a password after too many failures on one account, even the right one', async () => {
    const user = await createTestUser(t.db);
    for (let i = 0; i < 3; i++) {
      expect((await t.api.post('/api/auth/login', { email: user.email, password: `salah-${i}-abcdef` })).status).toBe(
        401,
      );
    }
    const locked = await t.api.post<ApiErrorBody>('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(locked.body.message).toMatch(/Terlalu banyak percobaan masuk yang gagal\. .* coba lagi dalam \d+ menit\./);

    // Other accounts are not affected by that account's lock.
    const other = await createTestUser(t.db);
    expect((await t.api.post('/api/auth/login', { email: other.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('limits failures per IP address across accounts', async () => {
    // 3 failures above plus these reach the per-IP budget of 8.
    for (let i = 0; i < 5; i++) {
      const someone = await createTestUser(t.db);
      await t.api.post('/api/auth/login', { email: someone.email, password: 'bukan-sandinya-1' });
    }
    const anyone = await createTestUser(t.db);
    const response = await t.api.post<ApiErrorBody>('/api/auth/login', {
      email: anyone.email,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(429);
  });
});
