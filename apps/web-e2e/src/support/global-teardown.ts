import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { ProductAddresses } from './product';

export default async function globalTeardown(): Promise<void> {
  const product = (globalThis as { product?: ChildProcess }).product;
  if (product?.pid) {
    const exited = new Promise((resolve) => product.once('exit', resolve));
    process.kill(-product.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
  }
  const addresses = JSON.parse(process.env['E2E_ADDRESSES'] ?? '{}') as Partial<ProductAddresses>;
  if (addresses.databaseUrl) {
    const name = new URL(addresses.databaseUrl).pathname.slice(1);
    const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
  if (addresses.redisPrefix) {
    const redis = new Redis('redis://127.0.0.1:6379');
    const keys = await redis.keys(`${addresses.redisPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
}
