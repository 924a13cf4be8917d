import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLearning1764100000000 implements MigrationInterface {
  name = 'CreateLearning1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        original_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL,
        storage_key text NOT NULL,
        purpose text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_files_storage_key UNIQUE (storage_key),
        CONSTRAINT ck_files_purpose CHECK (purpose IN ('course-cover', 'lesson-file', 'lesson-video', 'lesson-image', 'material'))
      )`);

    await db.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        category text NOT NULL,
        jp integer NOT NULL,
        language text NOT NULL DEFAULT 'id',
        skkni_units text[] NOT NULL DEFAULT '{}',
        cover_file_id uuid REFERENCES files (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'draft',
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        completion_rules jsonb NOT NULL DEFAULT '{"minWebinarAttendancePercent": null}',
        outline_version integer NOT NULL DEFAULT 0,
        published_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('indonesian', title), 'A') ||
          setweight(to_tsvector('indonesian', summary), 'B') ||
          setweight(to_tsvector('indonesian', description), 'C')
        ) STORED,
        CONSTRAINT ck_courses_status CHECK (status IN ('draft', 'published', 'archived')),
        CONSTRAINT ck_courses_jp CHECK (jp BETWEEN 1 AND 100),
        CONSTRAINT ck_courses_language CHECK (language IN ('id', 'en'))
      )`);
    await db.query(`CREATE INDEX ix_courses_search ON courses USING gin (search_vector)`);
    await db.query(`CREATE INDEX ix_courses_skkni_units ON courses USING gin (skkni_units)`);
    await db.query(`CREATE INDEX ix_courses_status ON courses (status)`);

    await db.query(`
      CREATE TABLE course_trainers (
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (course_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_course_trainers_user ON course_trainers (user_id)`);

    await db.query(`
      CREATE TABLE course_prerequisites (
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        required_course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        PRIMARY KEY (course_id, required_course_id),
        CONSTRAINT ck_course_prerequisites_not_self CHECK (course_id <> required_course_id)
      )`);

    // Positions are unique per parent, checked at commit so a reorder can swap them.
    await db.query(`
      CREATE TABLE course_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        title text NOT NULL,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_course_modules_position UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await db.query(`
      CREATE TABLE lessons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        module_id uuid NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
        title text NOT NULL,
        kind text NOT NULL,
        required boolean NOT NULL DEFAULT true,
        estimated_minutes integer NOT NULL DEFAULT 10,
        position integer NOT NULL,
        body_markdown text,
        body_html text,
        video_url text,
        video_embed_url text,
        video_file_id uuid REFERENCES files (id) ON DELETE SET NULL,
        video_duration_seconds integer,
        file_id uuid REFERENCES files (id) ON DELETE SET NULL,
        link_url text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_lessons_position UNIQUE (module_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT ck_lessons_kind CHECK (kind IN ('text', 'video', 'file', 'link')),
        CONSTRAINT ck_lessons_minutes CHECK (estimated_minutes BETWEEN 1 AND 600)
      )`);
    await db.query(`CREATE INDEX ix_lessons_course ON lessons (course_id)`);

    await db.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
        name text NOT NULL,
        enrol_opens_at timestamptz NOT NULL,
        enrol_closes_at timestamptz NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer,
        self_enrolment text NOT NULL DEFAULT 'closed',
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_cohorts_enrol_window CHECK (enrol_closes_at > enrol_opens_at),
        CONSTRAINT ck_cohorts_dates CHECK (ends_at > starts_at),
        CONSTRAINT ck_cohorts_capacity CHECK (capacity IS NULL OR capacity > 0),
        CONSTRAINT ck_cohorts_self_enrolment CHECK (self_enrolment IN ('closed', 'open', 'approval'))
      )`);
    await db.query(`CREATE INDEX ix_cohorts_course ON cohorts (course_id)`);

    await db.query(`
      CREATE TABLE cohort_trainers (
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (cohort_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE RESTRICT,
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL,
        ends_at timestamptz,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        decided_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_enrolments_status CHECK (status IN ('pending', 'active', 'completed', 'withdrawn', 'rejected'))
      )`);
    // One live enrolment per person and course: enrolling twice is refused by the database too.
    await db.query(`
      CREATE UNIQUE INDEX uq_enrolments_one_live_per_course ON enrolments (course_id, user_id)
      WHERE status IN ('pending', 'active', 'completed')`);
    await db.query(`CREATE INDEX ix_enrolments_cohort ON enrolments (cohort_id, status)`);
    await db.query(`CREATE INDEX ix_enrolments_user ON enrolments (user_id, status)`);

    await db.query(`
      CREATE TABLE lesson_progress (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        state text NOT NULL,
        watched_fraction real NOT NULL DEFAULT 0,
        last_opened_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz,
        PRIMARY KEY (user_id, lesson_id),
        CONSTRAINT ck_lesson_progress_state CHECK (state IN ('in-progress', 'done'))
      )`);
    await db.query(`CREATE INDEX ix_lesson_progress_user_course ON lesson_progress (user_id, course_id)`);
    await db.query(`CREATE INDEX ix_lesson_progress_course ON lesson_progress (course_id)`);

    await db.query(`
      CREATE TABLE course_completions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE RESTRICT,
        jp integer NOT NULL,
        completed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_course_completions_user_course UNIQUE (user_id, course_id)
      )`);

    await db.query(`
      CREATE TABLE jp_ledger_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        source text NOT NULL,
        source_id uuid NOT NULL,
        title text NOT NULL,
        jp numeric(6, 2) NOT NULL,
        earned_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_jp_ledger_entries_source UNIQUE (user_id, source, source_id),
        CONSTRAINT ck_jp_ledger_entries_source CHECK (source IN ('course', 'webinar')),
        CONSTRAINT ck_jp_ledger_entries_jp CHECK (jp > 0)
      )`);
    await db.query(`CREATE INDEX ix_jp_ledger_entries_user_time ON jp_ledger_entries (user_id, earned_at)`);

    await db.query(`
      CREATE TABLE materials (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        kind text NOT NULL,
        file_id uuid REFERENCES files (id) ON DELETE SET NULL,
        url text,
        tags text[] NOT NULL DEFAULT '{}',
        audience_roles text[] NOT NULL DEFAULT '{}',
        created_by_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('indonesian', title), 'A') || setweight(to_tsvector('indonesian', description), 'B')
        ) STORED,
        CONSTRAINT ck_materials_kind CHECK (kind IN ('document', 'link', 'video'))
      )`);
    await db.query(`CREATE INDEX ix_materials_search ON materials USING gin (search_vector)`);
    await db.query(`CREATE INDEX ix_materials_tags ON materials USING gin (tags)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE materials, jp_ledger_entries, course_completions, lesson_progress, enrolments,
      cohort_trainers, cohorts, lessons, course_modules, course_prerequisites, course_trainers, courses, files`);
  }
}
