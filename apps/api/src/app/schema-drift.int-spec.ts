import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';

/**
 * The schema is made by migrations only (never `synchronize`), so an entity changed without
 * its migration passes every unit test and breaks on a real database. Here the api migrates
 * a fresh database exactly as it does at start (every domain's migrations, in the app's
 * order), and TypeORM's schema builder lists the SQL that would turn that schema into the
 * one the entities describe. Any of it fails the test.
 *
 * Except one direction on purpose: our entities map columns, and the migrations add the
 * rules an entity does not (or cannot) state: foreign keys, CHECKs, UNIQUEs, partial and
 * GIN indexes, column defaults, generated full-text columns read by raw SQL. The builder
 * would drop those; dropping them is never the fix, so those statements are not drift.
 * Everything else (a missing table or column, another type, nullability, primary key, or
 * an index, constraint or relation an entity declares) is.
 */
const MIGRATION_ONLY: RegExp[] = [
  /^ALTER TABLE "[^"]+" DROP CONSTRAINT "[^"]+"$/,
  /^DROP INDEX "[^"]+"\."[^"]+"$/,
  /^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" DROP DEFAULT$/,
  // The builder's own bookkeeping for the generated columns it would drop (see below).
  /^DELETE FROM "typeorm_metadata" WHERE "type" = \$1/,
];

describe('schema drift: entities against migrations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
  });
  afterAll(() => t.close());

  it('the migrated schema is the one the entities describe', async () => {
    const fix = await schemaFix(t.db);
    if (fix.length > 0) {
      throw new Error(
        'The entities and the migrations disagree. This SQL (TypeORM schema builder) would make the ' +
          'database match the entities; write it as a migration of the domain that owns the table, ' +
          'or change the entity back:\n\n' +
          fix.join('\n'),
      );
    }
  });
});

/** The SQL that would bring the migrated schema to the entities, without migration-only rules. */
async function schemaFix(db: DataSource): Promise<string[]> {
  // TypeORM reads a generated column's expression from its own typeorm_metadata table, which
  // raw-SQL migrations never create; an empty one lets it read our tables.
  await db.query(
    `CREATE TABLE typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`,
  );
  const generated = new Set(
    (
      await db.query<{ table_name: string; column_name: string }[]>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND is_generated = 'ALWAYS'`,
      )
    ).map((row) => `ALTER TABLE "${row.table_name}" DROP COLUMN "${row.column_name}"`),
  );
  const { upQueries } = await db.driver.createSchemaBuilder().log();
  return upQueries
    .map(({ query }) => query.trim())
    .filter((query) => !generated.has(query) && !MIGRATION_ONLY.some((pattern) => pattern.test(query)))
    .map((query) => `${query};`);
}
