import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A literacy event's facilitators are credited with its hours (issue 15): JP from an event. */
export class JpFromEvents1765530000000 implements MigrationInterface {
  name = 'JpFromEvents1765530000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE jp_ledger_entries DROP CONSTRAINT ck_jp_ledger_entries_source`);
    await db.query(
      `ALTER TABLE jp_ledger_entries ADD CONSTRAINT ck_jp_ledger_entries_source CHECK (source IN ('course', 'webinar', 'event'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM jp_ledger_entries WHERE source = 'event'`);
    await db.query(`ALTER TABLE jp_ledger_entries DROP CONSTRAINT ck_jp_ledger_entries_source`);
    await db.query(
      `ALTER TABLE jp_ledger_entries ADD CONSTRAINT ck_jp_ledger_entries_source CHECK (source IN ('course', 'webinar'))`,
    );
  }
}
