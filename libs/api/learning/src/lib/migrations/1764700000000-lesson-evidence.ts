import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When each lesson was first served to each learner, and doubts about their pace (issue 12). */
export class LessonEvidence1764700000000 implements MigrationInterface {
  name = 'LessonEvidence1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lesson_evidence (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        first_opened_at timestamptz NOT NULL DEFAULT now(),
        refused_count integer NOT NULL DEFAULT 0,
        borderline_count integer NOT NULL DEFAULT 0,
        last_concern jsonb,
        PRIMARY KEY (user_id, lesson_id),
        CONSTRAINT ck_lesson_evidence_counts CHECK (refused_count >= 0 AND borderline_count >= 0)
      )`);
    await db.query(`CREATE INDEX ix_lesson_evidence_course ON lesson_evidence (course_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE lesson_evidence`);
  }
}
