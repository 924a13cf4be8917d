import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** Any fixed number works; it only has to be the same for every process of this app. */
const MIGRATION_LOCK_KEY = 7_061_727;

/** How often a process that does not migrate looks again for the schema it needs. */
const SCHEMA_POLL_MS = 1_000;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that several api
 * nodes and the worker starting together migrate once, in order: whoever comes first
 * migrates, the others wait for the lock and then find nothing left to do.
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

/**
 * Brings the schema to what this process's migrations describe before the process uses
 * it: migrates (MIGRATIONS_RUN=true, under the lock), or waits until a deploy step or
 * another process has migrated (MIGRATIONS_RUN=false).
 */
export async function prepareSchema(
  dataSource: DataSource,
  migrationsRun: boolean,
  pollMs = SCHEMA_POLL_MS,
): Promise<void> {
  const logger = new Logger('Database');
  if (migrationsRun) {
    const applied = await runMigrationsExclusively(dataSource);
    if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
    return;
  }
  let waitingSince: number | null = null;
  while (await dataSource.showMigrations()) {
    if (waitingSince === null || Date.now() - waitingSince > 60_000) {
      logger.warn(
        'Waiting for the database schema: migrations are pending (MIGRATIONS_RUN=false leaves them to a deploy step)',
      );
      waitingSince = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
