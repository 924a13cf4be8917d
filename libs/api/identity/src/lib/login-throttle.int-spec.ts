import { REDIS } from '@bina-pustaka/api-platform';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';
import { createTestUser, TEST_PASSWORD } from '../testing';
import { IdentityModule, identityMigrations } from './identity.module';

/**
 * Sign-in throttling under attack: bursts, repeated lockouts and forged client addresses.
 * The api sits behind one trusted proxy here (TRUST_PROXY=1), so each test speaks as its
 * own client address, the last one in X-Forwarded-For, as a reverse proxy would append it.
 */
describe('sign-in throttling', () => {
  let t: TestApp;
  const ACCOUNT_LIMIT = 10;
  const IP_LIMIT = 40;

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule],
      migrations: identityMigrations,
      env: {
        TRUST_PROXY: '1',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: String(ACCOUNT_LIMIT),
        LOGIN_MAX_FAILURES_PER_IP: String(IP_LIMIT),
        LOGIN_FAILURE_WINDOW_MINUTES: '15',
      },
    });
  });
  afterAll(() => t.close());

  /** A documentation-range address of its own for each test (RFC 5737). */
  let clients = 0;
  const clientAddress = () => `198.51.100.${++clients}`;
  const login = (email: string, password: string, forwardedFor: string) =>
    t.api.post<ApiErrorBody>('/api/auth/login', { email, password }, { headers: { 'x-forwarded-for': forwardedFor } });

  it('lets no more than the limit of a parallel burst reach the password check', async () => {
    const user = await createTestUser(t.db);
    const ip = clientAddress();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(user.email, `salah-sekali-${i}`, ip)));
    const statuses = answers.map((answer) => answer.status);
    // A 401 means the password was checked; a 429 means it was not.
    expect(statuses.filter((status) => status === 401)).toHaveLength(ACCOUNT_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30 - ACCOUNT_LIMIT);

    // The right password is refused too while the account is locked.
    expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(429);
  });

  it('a successful sign-in gives its reserved attempt back', async () => {
    const user = await createTestUser(t.db);
    const ip = clientAddress();
    for (let i = 0; i < ACCOUNT_LIMIT + 5; i++) expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(200);
  });

  it('makes each repeated lockout of an account longer', async () => {
    const user = await createTestUser(t.db);
    const ip = clientAddress();
    const lockOut = async () => {
      for (let i = 0; i < ACCOUNT_LIMIT; i++)
        expect((await login(user.email, `salah-${i}-abcdef`, ip)).status).toBe(401);
      const locked = await login(user.email, 'salah-lagi-abcdef', ip);
      expect(locked.status).toBe(429);
      return Number(locked.headers.get('retry-after'));
    };

    const first = await lockOut();
    expect(first).toBeGreaterThan(14 * 60);
    expect(first).toBeLessThanOrEqual(15 * 60);

    // The first lockout runs out (its counter expires in Redis); the account fails again.
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.config.redis.prefix}:rl:login-fail-account:${user.email}`);
    expect(keys).toHaveLength(1);
    await redis.del(...keys);
    const second = await lockOut();
    expect(second).toBeGreaterThan(first);
    expect(second).toBeGreaterThan(29 * 60);
  });

  it('counts the address the trusted proxy saw, whatever the client forges before it', async () => {
    const ip = clientAddress();
    for (let i = 0; i < IP_LIMIT; i++) {
      const someone = await createTestUser(t.db);
      // A new forged left-most address each time, as a client picking its own would send.
      const forged = `203.0.113.${i}`;
      expect((await login(someone.email, 'bukan-sandinya-1', `${forged}, ${ip}`)).status).toBe(401);
    }
    const anyone = await createTestUser(t.db);
    const limited = await login(anyone.email, TEST_PASSWORD, `192.0.2.77, ${ip}`);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.tooManyFailures');

    // Another client behind the same proxy is not affected.
    expect((await login(anyone.email, TEST_PASSWORD, `192.0.2.77, ${clientAddress()}`)).status).toBe(200);
  });
});
