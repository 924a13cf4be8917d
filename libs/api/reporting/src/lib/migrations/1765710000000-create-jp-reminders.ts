import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The days a librarian was reminded of the yearly JP target (one row per person and WIB day):
 * the key that lets a reminder go at most once a day, however often the button is pressed.
 */
export class CreateJpReminders1765710000000 implements MigrationInterface {
  name = 'CreateJpReminders1765710000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE jp_reminders (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        sent_on date NOT NULL,
        sent_by uuid REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT pk_jp_reminders_once_a_day PRIMARY KEY (user_id, sent_on)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE jp_reminders`);
  }
}
