import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestInstitution, createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type { ApiErrorBody, CourseDetail, SurveyAnswerInput, SurveyForm } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { insertSurvey, responseRows } from '../testing/answering-fixtures';
import { GENERAL_ANSWERS } from '../testing/survey-definitions';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';
import type { SurveyEntity } from './entities/survey.entity';

describe('answering a survey signed in', () => {
  let t: TestApp;
  let cast: SurveyCast;
  let joko: SignedInUser;
  let course: CourseDetail;
  let cohortId: string;
  let institutionId: string;

  const answer = (who: SignedInUser, survey: SurveyEntity, answers: SurveyAnswerInput[], context?: object) =>
    t.api.post<ApiErrorBody>(`/api/surveys/${survey.id}/responses`, { answers, context }, as(who));
  const formOf = (who: SignedInUser, survey: SurveyEntity, query = '') =>
    t.api.get<SurveyForm & ApiErrorBody>(`/api/surveys/${survey.id}/form${query}`, as(who));
  const speakerAnswers = () => [
    { questionId: 'penguasaan', speakerId: cast.trainer.id, number: 4 },
    { questionId: 'penguasaan', speakerId: joko.id, number: 3 },
  ];

  beforeAll(async () => {
    t = await startTestApp(SURVEY_TEST_APP);
    cast = await signInCast(t);
    institutionId = (await createTestInstitution(t.db, 'Perpustakaan Kota Sukamaju')).id;
    await t.db.query(`UPDATE users SET institution_id = $1 WHERE id = $2`, [institutionId, cast.dewi.id]);
    cast.dewi = await signIn(t.api, cast.dewi);
    joko = await signIn(t.api, await createTestUser(t.db, { fullName: 'Joko Prasetyo', roles: ['trainer'] }));
    course = await publishedCourse(t.api, cast.trainer.token);
    await t.api.patch(`/api/courses/${course.id}`, { trainerIds: [joko.id] }, as(cast.trainer));
    cohortId = (await runningCohort(t.api, cast.coordinator.token, course.id)).id;
    await t.api.post(`/api/cohorts/${cohortId}/enrolments`, { userIds: [cast.dewi.id] }, as(cast.coordinator));
  });
  afterAll(() => t.close());

  async function courseEvaluation(fields: Partial<SurveyEntity> = {}): Promise<SurveyEntity> {
    const survey = await insertSurvey(t.db, fields);
    await t.db.query(`DELETE FROM survey_course_evaluations WHERE course_id = $1`, [course.id]);
    await t.db.query(`INSERT INTO survey_course_evaluations (course_id, survey_id) VALUES ($1, $2)`, [
      course.id,
      survey.id,
    ]);
    return survey;
  }

  it("shows a course's evaluation with one speaker block per trainer, and takes every kind of answer", async () => {
    const survey = await courseEvaluation();
    const form = await formOf(cast.dewi, survey, `?courseId=${course.id}`);
    expect(form.status).toBe(200);
    expect(form.body.sections.map((s) => [s.id, s.speaker?.fullName ?? null])).toEqual([
      ['umum', null],
      ['narasumber', 'Nur Aini'],
      ['narasumber', 'Joko Prasetyo'],
    ]);
    expect(form.body).toMatchObject({ answered: false, closedReason: null, anonymous: false });

    const done = await answer(cast.dewi, survey, [...GENERAL_ANSWERS, ...speakerAnswers()], { courseId: course.id });
    expect(done.status).toBe(201);
    expect(done.body).toEqual({ message: 'Terima kasih. Jawaban Anda sudah kami terima.' });

    const [response] = await t.db.query(`SELECT * FROM survey_responses WHERE survey_id = $1`, [survey.id]);
    expect(response).toMatchObject({
      user_id: cast.dewi.id,
      course_id: course.id,
      cohort_id: cohortId,
      webinar_session_id: null,
      institution_id: institutionId,
    });
    const [{ today }] = await t.db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS today`);
    expect(
      await t.db.query(`SELECT submitted_on::text AS day FROM survey_responses WHERE survey_id = $1`, [survey.id]),
    ).toEqual([{ day: today }]);
    const answers = await t.db.query(
      `SELECT question_id, speaker_id, row_id, number_value::float AS number, choices, text_value, date_value::text AS date
         FROM survey_answers WHERE survey_id = $1 ORDER BY question_id, row_id, speaker_id`,
      [survey.id],
    );
    // Each row as its filled-in columns, in the SELECT's order.
    const brief = answers.map((a: Record<string, unknown>) => Object.values(a).filter((v) => v !== null && v !== ''));
    const expected = [
      ['penguasaan', joko.id, 3],
      ['penguasaan', cast.trainer.id, 4],
      ['puas', 4],
      ['nilai', 9],
      ['cara', ['lainnya'], 'Spanduk di perpustakaan'],
      ['manfaat', ['materi', 'narasumber']],
      ['aspek', 'jelas', 3],
      ['aspek', 'waktu', 2],
      ['kesan', 'Bermanfaat'],
      ['saran', 'Tambah sesi praktik.'],
      ['jam', 12],
      ['mulai', '2026-11-25'],
    ];
    expect(brief).toHaveLength(expected.length);
    expect(brief).toEqual(expect.arrayContaining(expected));
    expect(await responseRows(t.db, survey.id)).toMatchObject({ responses: 1, respondents: 1, counted: 1 });
    expect((await formOf(cast.dewi, survey, `?courseId=${course.id}`)).body.answered).toBe(true);

    const again = await answer(cast.dewi, survey, [...GENERAL_ANSWERS, ...speakerAnswers()], { courseId: course.id });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'survey.alreadyAnswered' });
    expect(await responseRows(t.db, survey.id)).toMatchObject({ responses: 1, respondents: 1, counted: 1 });
  });

  it('refuses each wrong answer with a 422 naming the question, and stores nothing', async () => {
    const survey = await courseEvaluation();
    const context = { courseId: course.id };
    const good = () => [...GENERAL_ANSWERS, ...speakerAnswers()];
    const without = (id: string) => good().filter((a) => a.questionId !== id);
    const cases: [SurveyAnswerInput[], string, string][] = [
      [[...good(), { questionId: 'q77', number: 1 }], 'survey.answerUnknownQuestion', 'q77'],
      [
        [...without('puas'), { questionId: 'puas', text: 'puas' }],
        'survey.answerWrongType',
        'Seberapa puas Anda dengan pelatihan ini?',
      ],
      [
        [...without('puas'), { questionId: 'puas', number: 6 }],
        'survey.answerOutOfRange',
        'Seberapa puas Anda dengan pelatihan ini?',
      ],
      [
        [...without('nilai'), { questionId: 'nilai', number: 11 }],
        'survey.answerOutOfRange',
        'Nilai pelatihan ini (1-10)',
      ],
      [
        [...without('jam'), { questionId: 'jam', number: 1.5 }],
        'survey.answerOutOfRange',
        'Berapa jam Anda belajar mandiri?',
      ],
      [
        [...without('cara'), { questionId: 'cara', choices: ['koran'] }],
        'survey.answerChoiceNotOffered',
        'Cara mengikuti yang Anda sukai',
      ],
      [
        [...without('cara'), { questionId: 'cara', choices: ['daring', 'luring'] }],
        'survey.answerOneChoice',
        'Cara mengikuti yang Anda sukai',
      ],
      [
        [...without('cara'), { questionId: 'cara', choices: ['lainnya'] }],
        'survey.answerOtherText',
        'Cara mengikuti yang Anda sukai',
      ],
      [
        [...without('manfaat'), { questionId: 'manfaat', choices: ['materi', 'materi'] }],
        'survey.answerChoiceTwice',
        'Bagian yang paling bermanfaat',
      ],
      [
        [...without('aspek'), { questionId: 'aspek', rows: { jelas: 3, atap: 2 } }],
        'survey.answerRowUnknown',
        'Penilaian aspek',
      ],
      [[...without('kesan'), { questionId: 'kesan', text: 'x'.repeat(301) }], 'survey.answerTooLong', 'Kesan singkat'],
      [without('nilai'), 'survey.answerRequired', 'Nilai pelatihan ini (1-10)'],
      [
        [...good(), { questionId: 'kurang', text: 'Antre' }],
        'survey.answerHidden',
        'Apa yang kurang dari pelatihan ini?',
      ],
      [[...good(), { questionId: 'nilai', number: 8 }], 'survey.answerTwice', 'Nilai pelatihan ini (1-10)'],
      [[...without('penguasaan'), speakerAnswers()[0]], 'survey.answerRequired', 'Penguasaan materi (Joko Prasetyo)'],
      [
        [
          ...without('penguasaan'),
          ...speakerAnswers(),
          { questionId: 'penguasaan', speakerId: cast.budi.id, number: 2 },
        ],
        'survey.answerSpeakerUnknown',
        'Penguasaan materi',
      ],
      [
        [...without('nilai'), { questionId: 'nilai', speakerId: joko.id, number: 9 }],
        'survey.answerSpeakerNotAsked',
        'Nilai pelatihan ini (1-10)',
      ],
    ];
    for (const [answers, code, question] of cases) {
      const refused = await answer(cast.dewi, survey, answers, context);
      expect({ code, status: refused.status, body: refused.body.code }).toEqual({ code, status: 422, body: code });
      expect(refused.body.message).toContain(`"${question}"`);
    }
    // An impossible date is already refused by the request's schema.
    const date = await answer(
      cast.dewi,
      survey,
      [...without('mulai'), { questionId: 'mulai', date: '2026-02-30' }],
      context,
    );
    expect([date.status, date.body.code]).toEqual([400, 'validation.failed']);
    const english = await t.api.post<ApiErrorBody>(
      `/api/surveys/${survey.id}/responses`,
      { answers: without('nilai'), context },
      { ...as(cast.dewi), headers: { 'accept-language': 'en' } },
    );
    expect(english.body.message).toBe('The question "Nilai pelatihan ini (1-10)" must be answered.');
    expect(await responseRows(t.db, survey.id)).toEqual({
      responses: 0,
      answers: 0,
      respondents: 0,
      publicRespondents: 0,
      counted: 0,
    });
  });

  it('asks the conditional question only after a low mark, and then requires it', async () => {
    const survey = await insertSurvey(t.db);
    const low = [...GENERAL_ANSWERS.filter((a) => a.questionId !== 'puas'), { questionId: 'puas', number: 1 }];
    const missing = await answer(cast.budi, survey, low);
    expect(missing.status).toBe(422);
    expect(missing.body.message).toBe('Pertanyaan "Apa yang kurang dari pelatihan ini?" wajib dijawab.');
    const done = await answer(cast.budi, survey, [...low, { questionId: 'kurang', text: 'Antrean panjang.' }]);
    expect(done.status).toBe(201);
    // Standalone: no speakers, so the per-speaker section is not asked.
    expect((await formOf(cast.budi, survey)).body.sections.map((s) => s.id)).toEqual(['umum']);
  });

  it('keeps an anonymous response apart from its person: no user, only the day', async () => {
    const survey = await insertSurvey(t.db, { anonymous: true });
    expect((await answer(cast.budi, survey, GENERAL_ANSWERS)).status).toBe(201);
    const rows = await t.db.query(`SELECT * FROM survey_responses WHERE survey_id = $1`, [survey.id]);
    expect(rows).toEqual([expect.objectContaining({ user_id: null })]);
    expect(Object.keys(rows[0]).sort()).toEqual(
      [
        'cohort_id',
        'course_id',
        'id',
        'institution_id',
        'submitted_on',
        'survey_id',
        'user_id',
        'webinar_session_id',
      ].sort(),
    );
    expect(
      await t.db.query(`SELECT user_id, context_key FROM survey_respondents WHERE survey_id = $1`, [survey.id]),
    ).toEqual([{ user_id: cast.budi.id, context_key: '' }]);
  });

  it('refuses a closed, a not yet open and a full survey with a 409 that says why', async () => {
    const hour = 3_600_000;
    const closed = await insertSurvey(t.db, { closesAt: new Date(Date.now() - hour) });
    const later = await insertSurvey(t.db, { opensAt: new Date(Date.now() + 24 * hour) });
    const full = await insertSurvey(t.db, { responseLimit: 1 });
    const status = await insertSurvey(t.db, { status: 'closed' });
    expect((await answer(cast.budi, full, GENERAL_ANSWERS)).status).toBe(201);
    for (const [survey, code, reason] of [
      [closed, 'survey.closed', 'closed'],
      [status, 'survey.closed', 'closed'],
      [later, 'survey.notOpenUntil', 'not-open'],
      [full, 'survey.limitReached', 'limit-reached'],
    ] as const) {
      const refused = await answer(cast.dewi, survey, GENERAL_ANSWERS);
      expect([refused.status, refused.body.code]).toEqual([409, code]);
      expect((await formOf(cast.dewi, survey)).body.closedReason).toBe(reason);
    }
    const opening = await answer(cast.dewi, later, GENERAL_ANSWERS);
    expect(opening.body.message).toBe(`Survei ini baru dibuka pada ${formatDateTime(later.opensAt as Date, 'id')}.`);
    expect(await responseRows(t.db, full.id)).toMatchObject({ responses: 1, counted: 1 });
  });

  it('lets only those who take part answer in a context; drafts are previews for those who manage them', async () => {
    const survey = await courseEvaluation();
    const stranger = await answer(cast.budi, survey, GENERAL_ANSWERS, { courseId: course.id });
    expect([stranger.status, stranger.body.code]).toEqual([403, 'learn.notEnrolled']);
    const other = await insertSurvey(t.db);
    const notIts = await formOf(cast.dewi, other, `?courseId=${course.id}`);
    expect([notIts.status, notIts.body.code]).toEqual([404, 'survey.notForCourse']);
    const both = await formOf(cast.dewi, survey, `?courseId=${course.id}&webinarSessionId=${course.id}`);
    expect([both.status, both.body.code]).toEqual([422, 'survey.oneContext']);

    const draft = await insertSurvey(t.db, { status: 'draft', createdBy: cast.trainer.id });
    expect((await formOf(cast.dewi, draft)).status).toBe(404);
    expect((await answer(cast.dewi, draft, GENERAL_ANSWERS)).status).toBe(404);
    const preview = await formOf(cast.trainer, draft);
    expect([preview.status, preview.body.closedReason]).toEqual([200, 'not-open']);
    expect((await formOf(cast.coordinator, draft, `?courseId=${course.id}`)).status).toBe(404);
    const template = await insertSurvey(t.db, { isTemplate: true });
    expect((await formOf(cast.dewi, template)).status).toBe(404);
    const publicOne = await insertSurvey(t.db, { audience: 'public' });
    expect((await answer(cast.dewi, publicOne, GENERAL_ANSWERS)).status).toBe(404);
    // Previewed, never answered here, even by the staff.
    expect((await formOf(cast.coordinator, template)).status).toBe(200);
    expect((await answer(cast.coordinator, template, GENERAL_ANSWERS)).status).toBe(404);
    expect((await answer(cast.coordinator, publicOne, GENERAL_ANSWERS)).status).toBe(404);
  });

  it("asks a webinar session's evaluation about its narasumber, of those who registered", async () => {
    const survey = await insertSurvey(t.db);
    const [{ id: sessionId }] = await t.db.query(
      `INSERT INTO webinar_sessions (title, description, audience, starts_at, duration_minutes, time_zone, jp, status)
       VALUES ('Literasi Informasi', '', 'registered', now() - interval '2 hours', 60, 'Asia/Jakarta', 2, 'ended')
       RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO webinar_staff (session_id, user_id, role) VALUES ($1, $2, 'presenter'), ($1, $3, 'host')`,
      [sessionId, joko.id, cast.coordinator.id],
    );
    await t.db.query(`INSERT INTO webinar_registrations (session_id, user_id) VALUES ($1, $2)`, [
      sessionId,
      cast.dewi.id,
    ]);
    await t.db.query(`INSERT INTO survey_webinar_evaluations (webinar_session_id, survey_id) VALUES ($1, $2)`, [
      sessionId,
      survey.id,
    ]);
    const form = await formOf(cast.dewi, survey, `?webinarSessionId=${sessionId}`);
    expect(form.body.sections.map((s) => s.speaker?.fullName ?? null)).toEqual([null, 'Joko Prasetyo']);
    const absent = await formOf(cast.budi, survey, `?webinarSessionId=${sessionId}`);
    expect([absent.status, absent.body.code]).toEqual([403, 'survey.notAttended']);
    const context = { webinarSessionId: sessionId };
    const done = await answer(cast.dewi, survey, [...GENERAL_ANSWERS, speakerAnswers()[1]], context);
    expect(done.status).toBe(201);
    expect(
      await t.db.query(`SELECT webinar_session_id FROM survey_responses WHERE survey_id = $1`, [survey.id]),
    ).toEqual([{ webinar_session_id: sessionId }]);
    // Answering standalone is another context: the same survey once more.
    expect((await answer(cast.dewi, survey, GENERAL_ANSWERS)).status).toBe(201);
  });
});
