import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visits say when they were last seen alive, so a visit left open by an api process that
 * stopped ends when it was last seen; sessions say when their ledger was settled, so no one
 * reads an ended session's ledger half-written.
 */
export class WebinarAttendanceTracking1764500000001 implements MigrationInterface {
  name = 'WebinarAttendanceTracking1764500000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE webinar_visits ADD COLUMN seen_at timestamptz NOT NULL DEFAULT now()`);
    await db.query(`CREATE INDEX ix_webinar_visits_open ON webinar_visits (seen_at) WHERE left_at IS NULL`);
    await db.query(`ALTER TABLE webinar_sessions ADD COLUMN attendance_settled_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE webinar_sessions DROP COLUMN attendance_settled_at`);
    await db.query(`DROP INDEX ix_webinar_visits_open`);
    await db.query(`ALTER TABLE webinar_visits DROP COLUMN seen_at`);
  }
}
