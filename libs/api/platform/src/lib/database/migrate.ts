import type { DataSource } from 'typeorm';

/** Any fixed number works; it only has to be the same for every process of this app. */
const MIGRATION_LOCK_KEY = 7_061_727;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that several api
 * nodes and the worker starting together migrate once, in order.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
