/**
 * Generated data for the dashboard's int spec (and a benchmark): two institutions' librarians
 * learning, taking quizzes, attending webinars and events, answering a satisfaction survey and
 * visiting the portal over several months, written straight into each domain's tables, with
 * rows around every edge the figures have (outside the period, another year, not yet
 * submitted, a host not an attendee, a draft event, a pending enrolment, a disabled account).
 * A seeded random source makes the same world every run.
 */
import { ikmDefinition } from '@bina-pustaka/api-survey/testing';
import { IKM_ELEMENTS } from '@bina-pustaka/shared-contracts';
import { seededRandom } from '@bina-pustaka/shared-util';
import type { DataSource } from 'typeorm';

export interface DashboardWorld {
  institutionA: string;
  institutionB: string;
  librariansA: string[];
  librariansB: string[];
  /** An account of A that is not counted: a disabled learner. */
  disabledA: string;
  trainer: string;
  courses: { id: string; category: string; cohortId: string }[];
  surveyId: string;
}

/** Moments spread from 2026-08-25 to 2027-01-10 (WIB), some exactly on month edges. */
const EDGES = [
  '2026-09-30T23:59:59+07:00',
  '2026-10-01T00:00:00+07:00',
  '2026-12-31T23:59:59+07:00',
  '2027-01-01T00:00:00+07:00',
];

export async function buildDashboardWorld(db: DataSource, seed = 16): Promise<DashboardWorld> {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const span = [Date.parse('2026-08-25T00:00:00+07:00'), Date.parse('2027-01-10T00:00:00+07:00')];
  const moment = () =>
    next() < 0.1 ? new Date(pick(EDGES)) : new Date(span[0] + Math.floor(next() * (span[1] - span[0])));
  const one = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[])[0].id;

  const institution = (name: string) => one(`INSERT INTO institutions (name) VALUES ($1) RETURNING id`, [name]);
  const [institutionA, institutionB] = [
    await institution('Perpustakaan Kota Sukamaju'),
    await institution('Perpustakaan Universitas Sukamaju'),
  ];
  let n = 0;
  const user = (institutionId: string | null, roles: string[], status = 'active') =>
    one(
      `INSERT INTO users (email, full_name, institution_id, roles, status, password_hash)
       VALUES ($1, $2, $3, $4, $5, 'x') RETURNING id`,
      [`pustakawan-${++n}@dasbor.test`, `Pustakawan ${n}`, institutionId, roles, status],
    );
  const librariansA: string[] = [];
  const librariansB: string[] = [];
  for (let i = 0; i < 12; i++) librariansA.push(await user(institutionA, ['learner']));
  for (let i = 0; i < 10; i++) librariansB.push(await user(institutionB, ['learner']));
  const disabledA = await user(institutionA, ['learner'], 'disabled');
  const trainer = await user(institutionA, ['trainer']);
  const people = [...librariansA, ...librariansB, disabledA, trainer];

  const courses: DashboardWorld['courses'] = [];
  for (const [index, category] of ['pengolahan', 'layanan', 'literasi'].entries()) {
    const id = await one(
      `INSERT INTO courses (title, category, jp, status, owner_id, published_at)
       VALUES ($1, $2, $3, 'published', $4, now()) RETURNING id`,
      [`Pelatihan ${category}`, category, 4 + index, trainer],
    );
    const moduleId = await one(
      `INSERT INTO course_modules (course_id, title, position) VALUES ($1, 'Modul 1', 1) RETURNING id`,
      [id],
    );
    for (let position = 1; position <= 3; position++) {
      await db.query(
        `INSERT INTO lessons (course_id, module_id, title, kind, position) VALUES ($1, $2, $3, 'text', $4)`,
        [id, moduleId, `Pelajaran ${position}`, position],
      );
    }
    const cohortId = await one(
      `INSERT INTO cohorts (course_id, name, enrol_opens_at, enrol_closes_at, starts_at, ends_at)
       VALUES ($1, 'Angkatan 2026', '2026-08-01', '2027-02-01', '2026-08-01', '2027-03-01') RETURNING id`,
      [id],
    );
    courses.push({ id, category, cohortId });
    await learn(db, id, cohortId, people, moment, next);
    await quizzes(db, id, moduleId, cohortId, people, moment, next);
  }
  await webinars(db, courses, people, moment, next, trainer);
  await events(db, people, moment, next);
  await jpCredits(db, people, next);
  const surveyId = await survey(
    db,
    [...librariansA.map((id) => [id, institutionA]), ...librariansB.map((id) => [id, institutionB])],
    moment,
    next,
  );
  for (let day = Date.parse('2026-09-28'); day <= Date.parse('2027-01-03'); day += 86_400_000) {
    const iso = new Date(day).toISOString().slice(0, 10);
    const home = 5 + Math.floor(next() * 40);
    const events = Math.floor(next() * 20);
    await db.query(
      `INSERT INTO portal_visit_days (day, section, views, visitors) VALUES ($1, 'home', $2, $3), ($1, 'events', $4, $5), ($1, 'all', $6, $7)`,
      [iso, home, Math.ceil(home / 2), events, Math.ceil(events / 3), home + events, Math.ceil(home / 2) + 1],
    );
  }
  return { institutionA, institutionB, librariansA, librariansB, disabledA, trainer, courses, surveyId };
}

type Moment = () => Date;
type Next = () => number;

async function learn(db: DataSource, courseId: string, cohortId: string, people: string[], moment: Moment, next: Next) {
  const lessons: { id: string }[] = await db.query(`SELECT id FROM lessons WHERE course_id = $1`, [courseId]);
  for (const userId of people) {
    if (next() < 0.35) continue;
    const enrolledAt = moment();
    const status =
      next() < 0.1
        ? 'pending'
        : next() < 0.1
          ? 'rejected'
          : next() < 0.15
            ? 'withdrawn'
            : next() < 0.5
              ? 'completed'
              : 'active';
    const completedAt =
      status === 'completed' ? new Date(enrolledAt.getTime() + Math.floor(next() * 40 * 86_400_000)) : null;
    const [{ id: enrolmentId }] = await db.query(
      `INSERT INTO enrolments (cohort_id, course_id, user_id, status, enrolled_at, completed_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [cohortId, courseId, userId, status, enrolledAt, completedAt],
    );
    if (completedAt) {
      await db.query(
        `INSERT INTO course_completions (user_id, course_id, enrolment_id, jp, completed_at) VALUES ($1, $2, $3, 4, $4)`,
        [userId, courseId, enrolmentId, completedAt],
      );
    }
    for (const lesson of lessons) {
      if (next() < 0.5) continue;
      await db.query(
        `INSERT INTO lesson_progress (user_id, lesson_id, course_id, state, last_opened_at) VALUES ($1, $2, $3, 'in-progress', $4)`,
        [userId, lesson.id, courseId, moment()],
      );
    }
  }
}

async function quizzes(
  db: DataSource,
  courseId: string,
  moduleId: string,
  cohortId: string,
  people: string[],
  moment: Moment,
  next: Next,
) {
  for (const role of ['pre-test', 'post-test', 'none']) {
    const [{ id: quizId }] = await db.query(
      `INSERT INTO quizzes (course_id, module_id, title, description, published, selection, shuffle_questions, shuffle_options,
                            grading_method, passing_score, review, role, required_for_completion)
       VALUES ($1, $2, $3, '', true, '{}', false, false, 'highest', 70, '{}', $4, false) RETURNING id`,
      [courseId, moduleId, `Kuis ${role}`, role],
    );
    for (const userId of people) {
      const tries = Math.floor(next() * 3);
      for (let number = 1; number <= tries; number++) {
        const startedAt = moment();
        const submitted = next() < 0.85;
        const graded = submitted && next() < 0.9;
        const score = graded ? Math.round(next() * 10_000) / 100 : null;
        await db.query(
          `INSERT INTO attempts (quiz_id, user_id, cohort_id, number, status, slots, started_at, submitted_at, score, passed)
           VALUES ($1, $2, $3, $4, $5, '[]', $6, $7, $8, $9)`,
          [
            quizId,
            userId,
            next() < 0.8 ? cohortId : null,
            number,
            submitted ? 'submitted' : 'in-progress',
            startedAt,
            submitted ? new Date(startedAt.getTime() + 20 * 60_000) : null,
            score,
            score === null ? null : score >= 70,
          ],
        );
        if (!submitted) break;
      }
    }
  }
}

async function webinars(
  db: DataSource,
  courses: DashboardWorld['courses'],
  people: string[],
  moment: Moment,
  next: Next,
  host: string,
) {
  for (let i = 0; i < 10; i++) {
    const course = i % 4 === 3 ? null : courses[i % courses.length];
    const status = i === 4 ? 'cancelled' : i === 7 ? 'scheduled' : 'ended';
    const [{ id }] = await db.query(
      `INSERT INTO webinar_sessions (title, description, course_id, audience, cohort_id, starts_at, duration_minutes, time_zone, jp, status)
       VALUES ($1, '', $2, $3, $4, $5, 90, 'Asia/Jakarta', 2, $6) RETURNING id`,
      [
        `Webinar ${i + 1}`,
        course?.id ?? null,
        course ? 'cohort' : 'registered',
        course?.cohortId ?? null,
        moment(),
        status,
      ],
    );
    await db.query(
      `INSERT INTO webinar_attendance (session_id, user_id, role, first_joined_at, last_left_at, visits, minutes, percent)
       VALUES ($1, $2, 'host', now(), now(), 1, 90, 100)`,
      [id, host],
    );
    for (const userId of people) {
      if (userId === host || next() < 0.5) continue;
      const minutes = Math.floor(next() * 91);
      await db.query(
        `INSERT INTO webinar_attendance (session_id, user_id, role, first_joined_at, last_left_at, visits, minutes, percent)
         VALUES ($1, $2, 'attendee', now(), now(), 1, $3, $4)`,
        [id, userId, minutes, Math.round((minutes / 90) * 100)],
      );
    }
  }
}

async function events(db: DataSource, people: string[], moment: Moment, next: Next) {
  for (let i = 0; i < 6; i++) {
    const startsAt = moment();
    const [{ id }] = await db.query(
      `INSERT INTO events (slug, kind, format, status, title, time_zone, starts_at, ends_at, data_purpose)
       VALUES ($1, 'reading-club', 'in-person', $2, $3, 'Asia/Jakarta', $4, $5, 'Untuk tiket acara ini.') RETURNING id`,
      [
        `klub-baca-${i}`,
        i === 2 ? 'draft' : i === 4 ? 'cancelled' : 'published',
        `Klub Baca ${i}`,
        startsAt,
        new Date(startsAt.getTime() + 7_200_000),
      ],
    );
    const register = (userId: string | null, email: string, checkedIn: boolean) =>
      db.query(
        `INSERT INTO event_registrations (event_id, user_id, name, email, status, consented_at, checked_in_at, check_in_method)
         VALUES ($1, $2, 'Peserta', $3, 'confirmed', now(), $4, $5)`,
        [id, userId, email, checkedIn ? startsAt : null, checkedIn ? 'scan' : null],
      );
    for (const [index, userId] of people.entries())
      if (next() < 0.4) await register(userId, `anggota-${i}-${index}@dasbor.test`, next() < 0.7);
    for (let guest = 0; guest < 5; guest++) await register(null, `tamu-${i}-${guest}@dasbor.test`, next() < 0.6);
  }
}

/** JP from courses, webinars and events, in 2025, 2026 and 2027, some fractional. */
async function jpCredits(db: DataSource, people: string[], next: Next) {
  const years = [
    '2025-12-31T23:30:00+07:00',
    '2026-01-01T00:00:00+07:00',
    '2026-06-15T10:00:00+07:00',
    '2026-11-20T10:00:00+07:00',
    '2027-01-01T00:00:00+07:00',
  ];
  for (const userId of people) {
    const credits = Math.floor(next() * 6);
    for (let i = 0; i < credits; i++) {
      await db.query(
        `INSERT INTO jp_ledger_entries (user_id, source, source_id, title, jp, earned_at) VALUES ($1, $2, gen_random_uuid(), 'Kredit', $3, $4)`,
        [
          userId,
          ['course', 'webinar', 'event'][i % 3],
          [1.5, 2, 4, 6, 0.75][Math.floor(next() * 5)],
          years[Math.floor(next() * years.length)],
        ],
      );
    }
  }
}

/** The satisfaction survey: one 4-point question per IKM element, answered across institutions and months. */
async function survey(db: DataSource, respondents: string[][], moment: Moment, next: Next): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO surveys (title, status, audience, anonymous, template_key, definition)
     VALUES ('Survei Kepuasan Layanan', 'published', 'signed-in', false, 'survei-kepuasan', $1) RETURNING id`,
    [JSON.stringify(ikmDefinition())],
  );
  for (const [userId, institutionId] of respondents) {
    const on = moment().toISOString().slice(0, 10);
    const [{ id: responseId }] = await db.query(
      `INSERT INTO survey_responses (survey_id, user_id, submitted_on, institution_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [id, userId, on, institutionId],
    );
    for (const element of IKM_ELEMENTS) {
      await db.query(
        `INSERT INTO survey_answers (response_id, survey_id, question_id, number_value) VALUES ($1, $2, $3, $4)`,
        [responseId, id, `q-${element.toLowerCase()}`, 1 + Math.floor(next() * 4)],
      );
    }
  }
  return id;
}
