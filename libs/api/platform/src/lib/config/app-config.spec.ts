import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ConfigError, ENV_VARIABLES, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('works with no settings at all on a development machine', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/bina_pustaka');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.auth.cookieSecure).toBe(false);
  });

  it('seeds demo data and serves the API docs only when asked, in any environment', () => {
    for (const NODE_ENV of ['development', 'test', 'production'] as const) {
      const config = loadConfig({ NODE_ENV, JWT_SECRET: 'x'.repeat(40) });
      expect(config.demoSeed).toBe(false);
      expect(config.http.apiDocs).toBe(false);
    }
    const asked = loadConfig({ DEMO_SEED: 'true', API_DOCS: 'true' });
    expect(asked.demoSeed).toBe(true);
    expect(asked.http.apiDocs).toBe(true);
  });

  it('limits failed sign-ins to 10 per account and 100 per address in 15 minutes by default', () => {
    expect(loadConfig({}).auth).toMatchObject({
      loginMaxFailuresPerAccount: 10,
      loginMaxFailuresPerIp: 100,
      loginFailureWindowMinutes: 15,
    });
    expect(() => loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT_PER_HOUR: '100' } as never)).toThrow(
      /LOGIN_MAX_FAILURES_PER_ACCOUNT_PER_HOUR is no longer read: set LOGIN_MAX_FAILURES_PER_ACCOUNT/,
    );
  });

  it('trusts X-Forwarded-For only from a number of proxies or from listed ones', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,::1' }).http.trustProxy).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      '::1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY=true would believe any address a client writes in X-Forwarded-For: set the number of proxies/,
    );
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY must be false, a number of proxies/);
    expect(() => loadConfig({ TRUST_PROXY: '1000' })).toThrow(/TRUST_PROXY must be false/);
  });

  it('names every bad variable and what it should be', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', SELF_REGISTRATION: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT must be a number (got "eighty")');
    expect(message).toContain('REDIS_URL must be a URL like redis://127.0.0.1:6379');
    expect(message).toContain('SELF_REGISTRATION must be true or false (got "maybe")');
  });

  it('keeps the audit log two years and notifications half a year unless told otherwise', () => {
    expect(loadConfig({}).retention).toEqual({ auditDays: 730, notificationsDays: 180 });
    expect(loadConfig({ AUDIT_RETENTION_DAYS: '3650' }).retention.auditDays).toBe(3650);
    expect(() => loadConfig({ AUDIT_RETENTION_DAYS: '0', NOTIFICATIONS_RETENTION_DAYS: '1.5' })).toThrow(
      /AUDIT_RETENTION_DAYS must be greater than 0 \(got "0"\)\n.*NOTIFICATIONS_RETENTION_DAYS must be a whole number/,
    );
  });

  it('never echoes a secret back in the error', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET must be at least 32 characters$/m);
  });

  it('refuses production without a JWT secret, and secures cookies there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config.auth.cookieSecure).toBe(true);
    expect(config.demoSeed).toBe(false);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(3000);
  });

  it('runs one mediasoup worker per core on loopback by default', () => {
    const { mediasoup } = loadConfig({});
    expect(mediasoup).toEqual({
      workerBin: null,
      workers: availableParallelism(),
      listenIp: '127.0.0.1',
      announcedAddress: null,
      rtcMinPort: 40000,
      rtcMaxPort: 49999,
      consumersPerWorker: 600,
    });
    const custom = loadConfig({
      MEDIASOUP_WORKER_BIN: '/opt/mediasoup/mediasoup-worker',
      MEDIASOUP_WORKERS: '3',
      MEDIASOUP_LISTEN_IP: '0.0.0.0',
      MEDIASOUP_ANNOUNCED_IP: 'media.example.go.id',
      MEDIASOUP_RTC_MIN_PORT: '50000',
      MEDIASOUP_RTC_MAX_PORT: '50100',
      MEDIASOUP_CONSUMERS_PER_WORKER: '900',
    }).mediasoup;
    expect(custom).toEqual({
      workerBin: '/opt/mediasoup/mediasoup-worker',
      workers: 3,
      listenIp: '0.0.0.0',
      announcedAddress: 'media.example.go.id',
      rtcMinPort: 50000,
      rtcMaxPort: 50100,
      consumersPerWorker: 900,
    });
  });

  it('refuses mediasoup settings that cannot work', () => {
    expect(() => loadConfig({ MEDIASOUP_WORKER_BIN: 'mediasoup-worker' })).toThrow(
      /MEDIASOUP_WORKER_BIN must be an absolute path/,
    );
    expect(() => loadConfig({ MEDIASOUP_WORKERS: '0' })).toThrow(/MEDIASOUP_WORKERS must be greater than 0/);
    expect(() => loadConfig({ MEDIASOUP_LISTEN_IP: 'localhost' })).toThrow(/MEDIASOUP_LISTEN_IP must be an IP address/);
    expect(() => loadConfig({ MEDIASOUP_LISTEN_IP: '0.0.0.0' })).toThrow(/MEDIASOUP_ANNOUNCED_IP must be set/);
    expect(() => loadConfig({ MEDIASOUP_LISTEN_IP: '::' })).toThrow(/MEDIASOUP_ANNOUNCED_IP must be set/);
    expect(() => loadConfig({ MEDIASOUP_RTC_MIN_PORT: '80' })).toThrow(/MEDIASOUP_RTC_MIN_PORT must be between 1024/);
    expect(() => loadConfig({ MEDIASOUP_RTC_MIN_PORT: '45000', MEDIASOUP_RTC_MAX_PORT: '44000' })).toThrow(
      /MEDIASOUP_RTC_MIN_PORT must not be above MEDIASOUP_RTC_MAX_PORT/,
    );
    expect(loadConfig({ MEDIASOUP_LISTEN_IP: '::1' }).mediasoup.listenIp).toBe('::1');
  });

  it('is documented variable by variable in .env.example', () => {
    const example = readFileSync(join(__dirname, '../../../../../../.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...ENV_VARIABLES].sort());
  });
});
