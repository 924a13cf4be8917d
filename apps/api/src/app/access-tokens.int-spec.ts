import { createHmac } from 'node:crypto';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

/** The HMAC each header claims; RS256 is signed with the secret as an HMAC (algorithm confusion). */
const HMAC_OF: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512', RS256: 'sha256' };

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(header: object, payload: object, secret: string | null): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  const signature =
    secret === null
      ? ''
      : createHmac(HMAC_OF[String(header['alg' as keyof object])] ?? 'sha256', secret)
          .update(unsigned)
          .digest('base64url');
  return `${unsigned}.${signature}`;
}

/** Tampered access tokens get a clear 401, never a 5xx and never access. */
describe('access tokens that must not work', () => {
  let t: TestApp;
  let user: SignedInUser;
  let claims: Record<string, unknown>;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
    user = await signIn(t.api, await createTestUser(t.db));
    claims = JSON.parse(Buffer.from(user.token.split('.')[1], 'base64url').toString());
  });
  afterAll(() => t.close());

  const me = (token: string) => t.api.get<ApiErrorBody>('/api/me', { token });

  it('the genuine token works (the control case)', async () => {
    expect((await me(user.token)).status).toBe(200);
  });

  it.each([
    ['alg none', () => jwt({ alg: 'none', typ: 'JWT' }, claims, null), 'auth.tokenInvalid'],
    [
      'signed with another key',
      () => jwt({ alg: 'HS256', typ: 'JWT' }, claims, 'a-different-secret-of-enough-length!!'),
      'auth.tokenInvalid',
    ],
    [
      'another algorithm with the right key',
      () => jwt({ alg: 'HS512', typ: 'JWT' }, claims, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'expired',
      () =>
        jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now() - 7200, exp: now() - 3600 }, t.config.auth.jwtSecret),
      'auth.tokenExpired',
    ],
    [
      'for another audience',
      () => jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'another-app' }, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'from another issuer',
      () => jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' }, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'without a session',
      () => jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: undefined }, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'with a payload changed after signing',
      () => {
        const [header, , signature] = user.token.split('.');
        return `${header}.${base64url({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })}.${signature}`;
      },
      'auth.tokenInvalid',
    ],
    ['not a JWT at all', () => 'not-a-token', 'auth.tokenInvalid'],
    [
      'HS384 with the right key',
      () => jwt({ alg: 'HS384', typ: 'JWT' }, claims, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'RS256 in the header, signed with the secret as an HMAC key',
      () => jwt({ alg: 'RS256', typ: 'JWT' }, claims, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'not valid yet',
      () => jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, nbf: now() + 3600 }, t.config.auth.jwtSecret),
      'auth.tokenInvalid',
    ],
    [
      'without an expiry',
      () => jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: undefined }, t.config.auth.jwtSecret),
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
    const otherClaims = JSON.parse(Buffer.from(other.token.split('.')[1], 'base64url').toString());
    const forged = jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: otherClaims.sid }, t.config.auth.jwtSecret);
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
