import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys (issue 14). What someone answered (survey_responses, survey_answers) is kept
 * apart from who has answered (survey_respondents, survey_public_respondents): the two
 * share no key and no time finer than the day, so a gate ("has this learner answered?")
 * works without an anonymous answer being traceable to its person.
 */
export class CreateSurveys1765300000000 implements MigrationInterface {
  name = 'CreateSurveys1765300000000';

  async up(db: QueryRunner): Promise<void> {
    // response_count: counted in the transaction that stores a response, under the survey's
    // row lock, so a response limit holds when many submit at once.
    await db.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
        audience text NOT NULL CHECK (audience IN ('signed-in', 'public')),
        anonymous boolean NOT NULL,
        template_key text CHECK (template_key IN ('evaluasi-penyelenggaraan', 'evaluasi-narasumber', 'survei-kepuasan')),
        is_template boolean NOT NULL DEFAULT false,
        definition jsonb NOT NULL,
        public_slug text UNIQUE,
        opens_at timestamptz,
        closes_at timestamptz,
        response_limit integer CHECK (response_limit > 0),
        response_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((audience = 'public') = (public_slug IS NOT NULL) OR is_template)
      )`);
    await db.query(`CREATE INDEX ix_surveys_created_by ON surveys (created_by)`);
    await db.query(`
      CREATE TABLE survey_course_evaluations (
        course_id uuid PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE RESTRICT
      )`);
    await db.query(`
      CREATE TABLE survey_webinar_evaluations (
        webinar_session_id uuid PRIMARY KEY REFERENCES webinar_sessions (id) ON DELETE CASCADE,
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE RESTRICT,
        required_for_certificate boolean NOT NULL DEFAULT false
      )`);
    // user_id only for named surveys; an anonymous response has no person, no address and
    // only its day. The context columns file it for the results' filters.
    await db.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        submitted_on date NOT NULL,
        course_id uuid REFERENCES courses (id) ON DELETE SET NULL,
        cohort_id uuid REFERENCES cohorts (id) ON DELETE SET NULL,
        webinar_session_id uuid REFERENCES webinar_sessions (id) ON DELETE SET NULL,
        institution_id uuid REFERENCES institutions (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_survey_responses_survey ON survey_responses (survey_id, submitted_on)`);
    await db.query(`CREATE INDEX ix_survey_responses_user ON survey_responses (user_id) WHERE user_id IS NOT NULL`);
    // One row per answer; a matrix answer is one row per row_id, a per-speaker block's
    // answers carry the speaker. choices: the option ids chosen.
    await db.query(`
      CREATE TABLE survey_answers (
        response_id uuid NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        question_id text NOT NULL,
        speaker_id uuid REFERENCES users (id) ON DELETE SET NULL,
        row_id text NOT NULL DEFAULT '',
        number_value numeric,
        choices text[],
        text_value text,
        date_value date
      )`);
    await db.query(`
      CREATE UNIQUE INDEX ux_survey_answers ON survey_answers
        (response_id, question_id, coalesce(speaker_id, '00000000-0000-0000-0000-000000000000'::uuid), row_id)`);
    await db.query(`CREATE INDEX ix_survey_answers_question ON survey_answers (survey_id, question_id)`);
    // Who has answered, per context ('' standalone, 'course:<id>', 'webinar:<id>'): no time, no response id.
    await db.query(`
      CREATE TABLE survey_respondents (
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        context_key text NOT NULL,
        PRIMARY KEY (survey_id, user_id, context_key)
      )`);
    await db.query(`CREATE INDEX ix_survey_respondents_user ON survey_respondents (user_id)`);
    // Public surveys: one response per browser, by a hash of the browser's random id.
    await db.query(`
      CREATE TABLE survey_public_respondents (
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        browser_hash bytea NOT NULL,
        PRIMARY KEY (survey_id, browser_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE survey_public_respondents, survey_respondents, survey_answers, survey_responses,
        survey_webinar_evaluations, survey_course_evaluations, surveys`,
    );
  }
}
