import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who has been reminded of an evaluation they have not answered (reminders/), per survey
 * and context ('course:<id>', 'webinar:<id>'): how many reminders and the last day one went
 * (a date in WIB, nothing finer). It says who was reminded, never what anyone answered.
 */
export class SurveyReminders1765400000000 implements MigrationInterface {
  name = 'SurveyReminders1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE survey_reminders (
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        context_key text NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        sent_count integer NOT NULL CHECK (sent_count BETWEEN 1 AND 3),
        last_sent_on date NOT NULL,
        PRIMARY KEY (survey_id, context_key, user_id)
      )`);
    await db.query(`CREATE INDEX ix_survey_reminders_user ON survey_reminders (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE survey_reminders`);
  }
}
