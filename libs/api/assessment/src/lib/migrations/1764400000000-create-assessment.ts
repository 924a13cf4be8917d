import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssessment1764400000000 implements MigrationInterface {
  name = 'CreateAssessment1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE question_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_question_categories_course_name UNIQUE (course_id, name)
      )`);

    await db.query(`
      CREATE TABLE questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        category_id uuid REFERENCES question_categories (id) ON DELETE SET NULL,
        type text NOT NULL,
        prompt text NOT NULL,
        points numeric NOT NULL,
        body jsonb NOT NULL,
        feedback jsonb NOT NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_questions_type CHECK (type IN ('single-choice', 'multiple-response', 'true-false',
          'short-answer', 'numeric', 'matching', 'ordering', 'essay')),
        CONSTRAINT ck_questions_type_matches_body CHECK (body ->> 'type' = type),
        CONSTRAINT ck_questions_points_positive CHECK (points > 0)
      )`);
    await db.query(`CREATE INDEX ix_questions_course_category ON questions (course_id, category_id)`);

    await db.query(`
      CREATE TABLE quizzes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        module_id uuid NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL,
        published boolean NOT NULL,
        selection jsonb NOT NULL,
        shuffle_questions boolean NOT NULL,
        shuffle_options boolean NOT NULL,
        time_limit_minutes integer,
        opens_at timestamptz,
        closes_at timestamptz,
        attempts_allowed integer,
        grading_method text NOT NULL,
        passing_score numeric NOT NULL,
        review jsonb NOT NULL,
        role text NOT NULL,
        required_for_completion boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_quizzes_grading_method CHECK (grading_method IN ('highest', 'last', 'average')),
        CONSTRAINT ck_quizzes_role CHECK (role IN ('none', 'pre-test', 'post-test')),
        CONSTRAINT ck_quizzes_window_in_order CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
      )`);
    await db.query(`CREATE INDEX ix_quizzes_course ON quizzes (course_id)`);

    await db.query(`
      CREATE TABLE quiz_overrides (
        quiz_id uuid NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        extra_minutes integer NOT NULL,
        extra_attempts integer NOT NULL,
        opens_at timestamptz,
        closes_at timestamptz,
        PRIMARY KEY (quiz_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quiz_id uuid NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        cohort_id uuid REFERENCES cohorts (id) ON DELETE SET NULL,
        number integer NOT NULL,
        status text NOT NULL,
        slots jsonb NOT NULL,
        started_at timestamptz NOT NULL,
        deadline_at timestamptz,
        submitted_at timestamptz,
        submitted_by text,
        score numeric,
        passed boolean,
        needs_grading boolean NOT NULL DEFAULT false,
        CONSTRAINT uq_attempts_quiz_user_number UNIQUE (quiz_id, user_id, number),
        CONSTRAINT ck_attempts_status CHECK (status IN ('in-progress', 'submitted')),
        CONSTRAINT ck_attempts_submitted_has_time CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
      )`);
    // A learner works on at most one attempt of a quiz at a time (a second tab resumes it).
    await db.query(
      `CREATE UNIQUE INDEX uq_attempts_one_in_progress ON attempts (quiz_id, user_id) WHERE status = 'in-progress'`,
    );
    // The sweep looks for running attempts past their deadline.
    await db.query(`CREATE INDEX ix_attempts_running_deadline ON attempts (deadline_at) WHERE status = 'in-progress'`);

    await db.query(`
      CREATE TABLE attempt_answers (
        attempt_id uuid NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        value jsonb NOT NULL,
        seq bigint NOT NULL,
        saved_at timestamptz NOT NULL,
        mark numeric,
        grader_comment text,
        graded_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        PRIMARY KEY (attempt_id, question_id),
        CONSTRAINT ck_attempt_answers_mark_range CHECK (mark IS NULL OR mark BETWEEN 0 AND 1)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attempt_answers, attempts, quiz_overrides, quizzes, questions, question_categories`);
  }
}
