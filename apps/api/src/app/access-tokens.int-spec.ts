import { claimsOf, jwt, startTestApp, TOKEN_MUTATIONS, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

/** Tampered access tokens get a clear 401, never a 5xx and never access. */
describe('access tokens that must not work', () => {
  let t: TestApp;
  let user: SignedInUser;
  let claims: Record<string, unknown>;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
    user = await signIn(t.api, await createTestUser(t.db));
    claims = claimsOf(user.token);
  });
  afterAll(() => t.close());

  const me = (token: string) => t.api.get<ApiErrorBody>('/api/me', { token });

  it('the genuine token works (the control case)', async () => {
    expect((await me(user.token)).status).toBe(200);
  });

  it.each<[string, () => string, string]>([
    ...TOKEN_MUTATIONS.map(({ name, expired, mutate }): [string, () => string, string] => [
      name,
      () => mutate(user.token, t.config.auth.jwtSecret),
      expired ? 'auth.tokenExpired' : 'auth.tokenInvalid',
    ]),
    [
      'without a session',
      () => jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: undefined }, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'a webinar join ticket (same key, the webinar audience)',
      () =>
        jwt(
          { alg: 'HS256', typ: 'JWT' },
          {
            sub: claims['sub'],
            ses: '00000000-0000-4000-8000-000000000001',
            role: 'attendee',
            jti: '00000000-0000-4000-8000-000000000002',
            iss: 'bina-pustaka',
            aud: 'bina-pustaka-webinar',
            iat: now(),
            exp: now() + 60,
          },
          t.config.auth.jwtSecret,
        ),
      'auth.tokenInvalid',
    ],
    [
      'a webinar join ticket that also names the session',
      () =>
        jwt(
          { alg: 'HS256', typ: 'JWT' },
          { ...claims, ses: '00000000-0000-4000-8000-000000000001', role: 'attendee', aud: 'bina-pustaka-webinar' },
          t.config.auth.jwtSecret,
        ),
      'auth.tokenInvalid',
    ],
  ])('%s', async (_name, makeToken, code) => {
    const response = await me(makeToken());
    expect(response.status).toBe(401);
    expect(response.body.code).toBe(code);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
  });

  it("a correctly signed token naming someone else's session is refused", async () => {
    const other = await signIn(t.api, await createTestUser(t.db));
    const otherClaims = claimsOf(other.token);
    const forged = jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: otherClaims['sid'] }, t.config.auth.jwtSecret);
    const response = await me(forged);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('auth.sessionEnded');
  });

  it('a token of another device stops working when the password is changed', async () => {
    const someone = await createTestUser(t.db);
    const laptop = await signIn(t.api, someone);
    const phone = await signIn(t.api, someone);
    const changed = await t.api.put(
      '/api/me/password',
      { currentPassword: someone.password, newPassword: 'Sandi-Baru-Sekali-2026' },
      { token: laptop.token },
    );
    expect(changed.status).toBe(204);
    const refused = await me(phone.token);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('auth.sessionEnded');
  });

  it('a token of a disabled account stops working at once', async () => {
    const admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
    const someone = await signIn(t.api, await createTestUser(t.db));
    expect((await me(someone.token)).status).toBe(200);
    const disabled = await t.api.post(`/api/users/${someone.id}/disable`, undefined, { token: admin.token });
    expect(disabled.status).toBe(200);
    const refused = await me(someone.token);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('auth.sessionEnded');
  });

  it('explains itself in English when asked', async () => {
    const response = await t.api.get<ApiErrorBody>('/api/me', { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('Please sign in first.');
  });
});
