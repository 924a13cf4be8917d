import { createHmac } from 'node:crypto';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(header: object, payload: object, secret: string | null): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  const signature =
    secret === null
      ? ''
      : createHmac(header['alg' as keyof object] === 'HS512' ? 'sha512' : 'sha256', secret)
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

  it('explains itself in English when asked', async () => {
    const response = await t.api.get<ApiErrorBody>('/api/me', { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('Please sign in first.');
  });
});
