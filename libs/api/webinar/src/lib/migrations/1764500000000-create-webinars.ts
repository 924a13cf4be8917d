import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebinars1764500000000 implements MigrationInterface {
  name = 'CreateWebinars1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webinar_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL,
        course_id uuid REFERENCES courses (id) ON DELETE RESTRICT,
        audience text NOT NULL,
        cohort_id uuid REFERENCES cohorts (id) ON DELETE RESTRICT,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL,
        time_zone text NOT NULL,
        jp integer NOT NULL,
        capacity integer,
        require_admission boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'scheduled',
        opened_at timestamptz,
        ended_at timestamptz,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_webinar_sessions_audience CHECK (audience IN ('cohort', 'course', 'registered')),
        CONSTRAINT ck_webinar_sessions_cohort_audience_names_cohort CHECK (audience <> 'cohort' OR cohort_id IS NOT NULL),
        CONSTRAINT ck_webinar_sessions_course_audience_names_course CHECK (audience <> 'course' OR course_id IS NOT NULL),
        CONSTRAINT ck_webinar_sessions_status CHECK (status IN ('scheduled', 'live', 'ended', 'cancelled')),
        CONSTRAINT ck_webinar_sessions_duration CHECK (duration_minutes BETWEEN 15 AND 480)
      )`);
    await db.query(`CREATE INDEX ix_webinar_sessions_starts_at ON webinar_sessions (starts_at)`);
    await db.query(
      `CREATE INDEX ix_webinar_sessions_course ON webinar_sessions (course_id) WHERE course_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ix_webinar_sessions_cohort ON webinar_sessions (cohort_id) WHERE cohort_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE webinar_staff (
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL,
        PRIMARY KEY (session_id, user_id),
        CONSTRAINT ck_webinar_staff_role CHECK (role IN ('host', 'presenter', 'moderator'))
      )`);
    await db.query(`CREATE INDEX ix_webinar_staff_user ON webinar_staff (user_id)`);

    await db.query(`
      CREATE TABLE webinar_registrations (
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        registered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_webinar_registrations_user ON webinar_registrations (user_id)`);

    await db.query(`
      CREATE TABLE webinar_bans (
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        banned_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        banned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE webinar_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL,
        joined_at timestamptz NOT NULL,
        left_at timestamptz,
        CONSTRAINT ck_webinar_visits_leaves_after_joining CHECK (left_at IS NULL OR left_at >= joined_at)
      )`);
    await db.query(`CREATE INDEX ix_webinar_visits_session_user ON webinar_visits (session_id, user_id, joined_at)`);

    await db.query(`
      CREATE TABLE webinar_attendance (
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL,
        first_joined_at timestamptz NOT NULL,
        last_left_at timestamptz NOT NULL,
        visits integer NOT NULL,
        minutes integer NOT NULL,
        percent integer NOT NULL,
        PRIMARY KEY (session_id, user_id),
        CONSTRAINT ck_webinar_attendance_percent CHECK (percent BETWEEN 0 AND 100)
      )`);
    await db.query(`CREATE INDEX ix_webinar_attendance_user ON webinar_attendance (user_id)`);

    await db.query(`
      CREATE TABLE webinar_chat_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        body text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by_id uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_webinar_chat_messages_session ON webinar_chat_messages (session_id, sent_at)`);

    await db.query(`
      CREATE TABLE webinar_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        body text NOT NULL,
        asked_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz
      )`);
    await db.query(`CREATE INDEX ix_webinar_questions_session ON webinar_questions (session_id, asked_at)`);
    await db.query(`
      CREATE TABLE webinar_question_votes (
        question_id uuid NOT NULL REFERENCES webinar_questions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (question_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE webinar_polls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        created_by_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        question text NOT NULL,
        options jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    await db.query(`CREATE INDEX ix_webinar_polls_session ON webinar_polls (session_id, created_at)`);
    await db.query(`
      CREATE TABLE webinar_poll_votes (
        poll_id uuid NOT NULL REFERENCES webinar_polls (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        option integer NOT NULL,
        PRIMARY KEY (poll_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'webinar_poll_votes',
      'webinar_polls',
      'webinar_question_votes',
      'webinar_questions',
      'webinar_chat_messages',
      'webinar_attendance',
      'webinar_visits',
      'webinar_bans',
      'webinar_registrations',
      'webinar_staff',
      'webinar_sessions',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
