import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig, type Env } from '@bina-pustaka/api-platform';
import { Redis } from 'ioredis';
import { Client } from 'pg';

const BASE_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Config for one test file: its own database and its own Redis key prefix, so files
 * run in parallel and in any order without seeing each other's data.
 */
export function testConfig(env: Env = {}): AppConfig {
  const id = randomBytes(5).toString('hex');
  const databaseUrl = new URL(BASE_DATABASE_URL);
  databaseUrl.pathname = `/bp_test_${id}`;
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL,
    REDIS_PREFIX: `bpt-${id}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DEMO_SEED: 'false',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
    API_DOCS: 'false',
    PUBLIC_URL: 'http://bina-pustaka.test',
    ...env,
  });
}

/** Drops the test database and deletes the test's Redis keys. */
export async function dropTestResources(config: AppConfig): Promise<void> {
  const url = new URL(config.database.url);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  const redis = new Redis(config.redis.url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redis.prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
