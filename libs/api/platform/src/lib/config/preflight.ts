import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { AppConfig } from './app-config';

const HOW_TO_START = `Start them with one of:
  docker compose -f docker/compose.dev.yml up -d
  or, on Debian/Ubuntu: sudo apt-get install -y postgresql redis-server
     then: pg_ctlcluster 15 main start; redis-server --daemonize yes`;

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Before anything else: are PostgreSQL and Redis reachable? If not, stop with a message
 * that says how to start them, instead of a stack trace from deep inside a driver.
 */
export async function preflight(config: AppConfig): Promise<void> {
  const problems: string[] = [];

  const maintenance = new URL(config.database.url);
  maintenance.pathname = '/postgres';
  const pg = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await pg.connect();
  } catch (error) {
    problems.push(`PostgreSQL is not reachable at ${redact(config.database.url)} (${(error as Error).message})`);
  } finally {
    await pg.end().catch(() => undefined);
  }

  const redis = new Redis(config.redis.url, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(`Redis is not reachable at ${redact(config.redis.url)} (${(error as Error).message})`);
  } finally {
    redis.disconnect();
  }

  if (problems.length > 0) {
    throw new Error(`Bina Pustaka cannot start:\n  - ${problems.join('\n  - ')}\n${HOW_TO_START}`);
  }
}
