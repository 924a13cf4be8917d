import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A speaker's (_narasumber_) roll-up reads their answers by `speaker_id` over every survey
 * (SpeakerEvaluationService: `WHERE a.speaker_id = $1`), which without an index scans all
 * answers. Partial: most answers belong to no speaker. It also serves the foreign key's
 * ON DELETE SET NULL when a user is deleted.
 */
export class SurveyAnswersSpeakerIndex1765400000100 implements MigrationInterface {
  name = 'SurveyAnswersSpeakerIndex1765400000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX ix_survey_answers_speaker ON survey_answers (speaker_id) WHERE speaker_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_survey_answers_speaker`);
  }
}
