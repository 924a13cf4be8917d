import { loadConfig } from './app-config';
import { preflight } from './preflight';

describe('preflight', () => {
  it('passes when PostgreSQL and Redis answer', async () => {
    await expect(preflight(loadConfig({}))).resolves.toBeUndefined();
  });

  it('says which service is missing and how to start it, without leaking the password', async () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres:rahasia@127.0.0.1:1/bina_pustaka',
      REDIS_URL: 'redis://127.0.0.1:2',
    });
    const error: Error = await preflight(config).then(
      () => new Error('preflight passed'),
      (caught: Error) => caught,
    );
    expect(error.message).toContain('PostgreSQL is not reachable at postgres://postgres:***@127.0.0.1:1/bina_pustaka');
    expect(error.message).toContain('Redis is not reachable at redis://127.0.0.1:2');
    expect(error.message).toContain('docker compose -f docker/compose.dev.yml up -d');
    expect(error.message).not.toContain('rahasia');
  });
});
