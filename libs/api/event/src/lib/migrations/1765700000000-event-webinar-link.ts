import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Online and hybrid events: whether the event's webinar session was picked by the organiser
 * (a session they run: the event neither moves nor cancels it) or made by the event when it
 * was published (kept in step with the event's title, first day and cancellation).
 */
export class EventWebinarLink1765700000000 implements MigrationInterface {
  name = 'EventWebinarLink1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE events ADD COLUMN webinar_session_picked boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE events DROP COLUMN webinar_session_picked`);
  }
}
