/**
 * Surveys and their responses written straight into the tables, the way the answering stage
 * stores them (one survey_responses row per response, one survey_answers row per answer, a
 * matrix answer one row per row, per-speaker answers with their speaker; anonymous ones with
 * no user and only the day). For the results' int specs and the `bench:survey` benchmark,
 * which needs 20,000 responses in seconds: rows go in with one INSERT ... unnest() per chunk.
 */
import { randomUUID } from 'node:crypto';
import type { SurveyDefinition, SurveyTemplateKey } from '@bina-pustaka/shared-contracts';
import type { DataSource } from 'typeorm';

export interface SeedSurvey {
  title?: string;
  anonymous?: boolean;
  definition: SurveyDefinition;
  createdBy?: string | null;
  templateKey?: SurveyTemplateKey | null;
  audience?: 'signed-in' | 'public';
}

export async function insertSurvey(db: DataSource, survey: SeedSurvey): Promise<string> {
  const id = randomUUID();
  const audience = survey.audience ?? 'signed-in';
  await db.query(
    `INSERT INTO surveys (id, title, status, audience, anonymous, template_key, definition, public_slug, created_by)
     VALUES ($1, $2, 'published', $3, $4, $5, $6, $7, $8)`,
    [
      id,
      survey.title ?? 'Evaluasi Penyelenggaraan Pelatihan',
      audience,
      survey.anonymous ?? false,
      survey.templateKey ?? null,
      JSON.stringify(survey.definition),
      audience === 'public' ? `s-${id.slice(0, 8)}` : null,
      survey.createdBy ?? null,
    ],
  );
  return id;
}

/**
 * One answer, compactly: a number (likert point, rating, number), a string (text), a list
 * (choice ids), `{ choices, text }` (with a "Lainnya" text), `{ rows }` (matrix) or `{ date }`.
 */
export type SeedAnswer =
  | number
  | string
  | string[]
  | { choices: string[]; text: string }
  | { rows: Record<string, number> }
  | { date: string };

export interface SeedResponse {
  /** Named surveys only (an anonymous response has no person). */
  userId?: string | null;
  /** YYYY-MM-DD (default 2026-11-25). */
  on?: string;
  courseId?: string | null;
  cohortId?: string | null;
  webinarSessionId?: string | null;
  institutionId?: string | null;
  answers?: Record<string, SeedAnswer>;
  /** Per-speaker blocks: speaker id -> question id -> answer. */
  speakers?: Record<string, Record<string, SeedAnswer>>;
}

const CHUNK = 2_000;

/** Inserts the responses (and their answers); returns how many went in. */
export async function insertResponses(
  db: DataSource,
  surveyId: string,
  responses: readonly SeedResponse[],
): Promise<number> {
  for (let start = 0; start < responses.length; start += CHUNK) {
    await insertChunk(db, surveyId, responses.slice(start, start + CHUNK));
  }
  return responses.length;
}

/** `count` responses made by `make(i)`: a compact way to describe a crowd. */
export function manyResponses(count: number, make: (index: number) => SeedResponse): SeedResponse[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

/** Who has answered (the gate's table), as the answering stage writes it beside an anonymous response. */
export async function insertRespondents(
  db: DataSource,
  surveyId: string,
  userIds: readonly string[],
  contextKey = '',
): Promise<void> {
  await db.query(
    `INSERT INTO survey_respondents (survey_id, user_id, context_key)
     SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
    [surveyId, userIds, contextKey],
  );
}

async function insertChunk(db: DataSource, surveyId: string, responses: readonly SeedResponse[]): Promise<void> {
  const r = { id: [] as string[], user: [] as (string | null)[], on: [] as string[] };
  const context = { course: [] as (string | null)[], cohort: [] as (string | null)[] };
  const more = { webinar: [] as (string | null)[], institution: [] as (string | null)[] };
  const a = {
    response: [] as string[],
    question: [] as string[],
    speaker: [] as (string | null)[],
    row: [] as string[],
    number: [] as (number | null)[],
    // Choice ids joined by commas (keys hold none): unnest() cannot take an array of arrays.
    choices: [] as (string | null)[],
    text: [] as (string | null)[],
    date: [] as (string | null)[],
  };
  const push = (responseId: string, questionId: string, speakerId: string | null, answer: SeedAnswer) => {
    const cells = (
      row: string,
      number: number | null,
      choices: string[] | null,
      text: string | null,
      date: string | null,
    ) => {
      a.response.push(responseId);
      a.question.push(questionId);
      a.speaker.push(speakerId);
      a.row.push(row);
      a.number.push(number);
      a.choices.push(choices ? choices.join(',') : null);
      a.text.push(text);
      a.date.push(date);
    };
    if (typeof answer === 'number') cells('', answer, null, null, null);
    else if (typeof answer === 'string') cells('', null, null, answer, null);
    else if (Array.isArray(answer)) cells('', null, answer, null, null);
    else if ('rows' in answer)
      for (const [row, point] of Object.entries(answer.rows)) cells(row, point, null, null, null);
    else if ('date' in answer) cells('', null, null, null, answer.date);
    else cells('', null, answer.choices, answer.text, null);
  };
  for (const response of responses) {
    const id = randomUUID();
    r.id.push(id);
    r.user.push(response.userId ?? null);
    r.on.push(response.on ?? '2026-11-25');
    context.course.push(response.courseId ?? null);
    context.cohort.push(response.cohortId ?? null);
    more.webinar.push(response.webinarSessionId ?? null);
    more.institution.push(response.institutionId ?? null);
    for (const [questionId, answer] of Object.entries(response.answers ?? {})) push(id, questionId, null, answer);
    for (const [speakerId, answers] of Object.entries(response.speakers ?? {})) {
      for (const [questionId, answer] of Object.entries(answers)) push(id, questionId, speakerId, answer);
    }
  }
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO survey_responses (id, survey_id, user_id, submitted_on, course_id, cohort_id, webinar_session_id, institution_id)
       SELECT id, $1, user_id, on_day, course_id, cohort_id, webinar_session_id, institution_id
       FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[])
         AS t(id, user_id, on_day, course_id, cohort_id, webinar_session_id, institution_id)`,
      [surveyId, r.id, r.user, r.on, context.course, context.cohort, more.webinar, more.institution],
    );
    await manager.query(
      `INSERT INTO survey_answers (response_id, survey_id, question_id, speaker_id, row_id, number_value, choices, text_value, date_value)
       SELECT response_id, $1, question_id, speaker_id, row_id, number_value,
              CASE WHEN choices IS NULL THEN NULL ELSE string_to_array(choices, ',') END, text_value, date_value
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::numeric[], $7::text[], $8::text[], $9::date[])
         AS t(response_id, question_id, speaker_id, row_id, number_value, choices, text_value, date_value)`,
      [surveyId, a.response, a.question, a.speaker, a.row, a.number, a.choices, a.text, a.date],
    );
    await manager.query(`UPDATE surveys SET response_count = response_count + $2 WHERE id = $1`, [
      surveyId,
      responses.length,
    ]);
  });
}

/** Where responses are filed, for the results' filters: a course with a cohort, and a webinar session. */
export interface SeedContexts {
  courseId: string;
  cohortId: string;
  webinarSessionId: string;
}

/** A published course with one cohort and an ended webinar session, straight in their tables (test data only). */
export async function insertContexts(
  db: DataSource,
  ownerId: string,
  title = 'Katalogisasi Dasar',
): Promise<SeedContexts> {
  const [{ id: courseId }] = await db.query(
    `INSERT INTO courses (title, summary, category, jp, skkni_units, status, owner_id, published_at)
     VALUES ($1, '', 'pengolahan', 2, '{}', 'published', $2, now()) RETURNING id`,
    [title, ownerId],
  );
  const [{ id: cohortId }] = await db.query(
    `INSERT INTO cohorts (course_id, name, enrol_opens_at, enrol_closes_at, starts_at, ends_at)
     VALUES ($1, 'Angkatan 1 Tahun 2026', now() - interval '30 days', now() + interval '30 days',
             now() - interval '7 days', now() + interval '60 days') RETURNING id`,
    [courseId],
  );
  const [{ id: webinarSessionId }] = await db.query(
    `INSERT INTO webinar_sessions (title, description, audience, starts_at, duration_minutes, time_zone, jp, status,
       opened_at, ended_at, created_by_id)
     VALUES ($1, '', 'registered', now() - interval '2 hours', 60, 'Asia/Jakarta', 2,
       'ended', now() - interval '2 hours', now() - interval '1 hour', $2) RETURNING id`,
    [`Bincang ${title}`, ownerId],
  );
  return { courseId, cohortId, webinarSessionId };
}
