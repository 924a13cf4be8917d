import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions for people invited by name (a focus group's online sessions): the invitees are
 * rows of webinar_registrations, so only the audience's check widens.
 */
export class WebinarInvitedAudience1765050000000 implements MigrationInterface {
  name = 'WebinarInvitedAudience1765050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE webinar_sessions DROP CONSTRAINT ck_webinar_sessions_audience`);
    await db.query(
      `ALTER TABLE webinar_sessions ADD CONSTRAINT ck_webinar_sessions_audience
       CHECK (audience IN ('cohort', 'course', 'registered', 'invited'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM webinar_sessions WHERE audience = 'invited'`);
    await db.query(`ALTER TABLE webinar_sessions DROP CONSTRAINT ck_webinar_sessions_audience`);
    await db.query(
      `ALTER TABLE webinar_sessions ADD CONSTRAINT ck_webinar_sessions_audience
       CHECK (audience IN ('cohort', 'course', 'registered'))`,
    );
  }
}
