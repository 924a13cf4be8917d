import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { CertificatesModule, certificatesMigrations } from '@bina-pustaka/api-certificates';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { CourseParticipationService } from '@bina-pustaka/api-learning';
import { publishedCourse } from '@bina-pustaka/api-learning/testing';
import { WebinarHooksService, WebinarModule } from '@bina-pustaka/api-webinar';
import {
  DEFAULT_CERTIFICATE_NUMBER_PATTERN,
  type ApiErrorBody,
  type CertificateBatchResult,
  type CompletionConditionAvailability,
  type JpLedger,
  type LearnerCourse,
  type NotificationInbox,
  type SurveyStep,
  type WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { evaluationSurvey, seedEvaluatedCourse } from '../testing/evaluated-course';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';
import { SurveyEntity, SurveyRespondentEntity } from './entities/survey.entity';

describe('survey evaluations: the gate of a course and the offer of a webinar session', () => {
  let t: TestApp;
  let cast: SurveyCast;
  let otherTrainer: SignedInUser;

  /** A survey row as the builder would store it (the builder is another stage), by the trainer. */
  const survey = (fields: Partial<SurveyEntity> = {}): Promise<SurveyEntity> =>
    evaluationSurvey(t.db, { createdBy: cast.trainer.id, ...fields });

  /** What the answering stage records once someone has answered in a context. */
  const answered = (surveyId: string, userId: string, contextKey: string) =>
    t.db.getRepository(SurveyRespondentEntity).insert({ surveyId, userId, contextKey });

  const learnerView = async (courseId: string, who: SignedInUser) =>
    (await t.api.get<LearnerCourse>(`/api/learn/courses/${courseId}`, as(who))).body;

  beforeAll(async () => {
    t = await startTestApp({
      ...SURVEY_TEST_APP,
      modules: [...SURVEY_TEST_APP.modules, WebinarModule, CertificatesModule],
      migrations: [...SURVEY_TEST_APP.migrations, ...certificatesMigrations],
      env: { MEDIASOUP_WORKERS: '1' },
    });
    cast = await signInCast(t);
    otherTrainer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rahmat Hidayat', roles: ['trainer'] }));
  });
  afterAll(() => t.close());

  it('attaches only a survey the editor may use and learners can answer, by the course editors only', async () => {
    const course = await publishedCourse(t.api, cast.trainer.token);
    const path = `/api/courses/${course.id}/evaluation`;
    const own = await survey();
    const foreign = await t.api.put<ApiErrorBody>(path, { surveyId: own.id }, as(otherTrainer));
    expect(foreign.status).toBe(403);
    const learner = await t.api.put<ApiErrorBody>(path, { surveyId: own.id }, as(cast.dewi));
    expect(learner.status).toBe(403);
    const unknownCourse = await t.api.put<ApiErrorBody>(
      `/api/courses/${crypto.randomUUID()}/evaluation`,
      { surveyId: own.id },
      as(cast.trainer),
    );
    expect(unknownCourse.status).toBe(404);

    // A trainer may use only their own surveys; a coordinator's is not theirs to read.
    const coordinators = await survey({ createdBy: cast.coordinator.id });
    const notTheirs = await t.api.put<ApiErrorBody>(path, { surveyId: coordinators.id }, as(cast.trainer));
    expect(notTheirs.status).toBe(404);
    expect(notTheirs.body.code).toBe('survey.notFound');

    const refusals = [
      [await survey({ title: 'Templat Evaluasi', isTemplate: true }), 'survey.evaluationTemplate'],
      [
        await survey({ title: 'Survei Kepuasan', audience: 'public', publicSlug: 'ikm-2026' }),
        'survey.evaluationPublic',
      ],
      [await survey({ title: 'Survei Lama', status: 'closed' }), 'survey.evaluationClosed'],
      [await survey({ title: 'Survei Lewat', closesAt: new Date(Date.now() - 60_000) }), 'survey.evaluationClosed'],
    ] as const;
    for (const [refused, code] of refusals) {
      const response = await t.api.put<ApiErrorBody>(path, { surveyId: refused.id }, as(cast.trainer));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe(code);
      expect(response.body.message).toContain(`“${refused.title}”`);
    }
    const badBody = await t.api.put<ApiErrorBody>(path, { surveyId: 'bukan-id' }, as(cast.trainer));
    expect(badBody.status).toBe(400);
    expect(await t.db.query(`SELECT 1 FROM survey_course_evaluations`)).toEqual([]);

    // The coordinator may use any survey: theirs replaces the trainer's.
    const attached = await t.api.put<SurveyStep>(path, { surveyId: own.id }, as(cast.trainer));
    expect(attached.status).toBe(200);
    expect(attached.body).toEqual({ surveyId: own.id, title: own.title, answered: false, required: true });
    const replaced = await t.api.put<SurveyStep>(path, { surveyId: coordinators.id }, as(cast.coordinator));
    expect(replaced.body.surveyId).toBe(coordinators.id);
    expect(
      await t.db.query(`SELECT survey_id FROM survey_course_evaluations WHERE course_id = $1`, [course.id]),
    ).toEqual([{ survey_id: coordinators.id }]);
    expect((await t.api.delete(path, as(cast.trainer))).status).toBe(204);
    expect((await t.api.get<ApiErrorBody>(path, as(cast.trainer))).status).toBe(404);
  });

  it('keeps a course from completing until the learner has answered its evaluation, then completes it with its JP', async () => {
    const conditions = await t.api.get<CompletionConditionAvailability[]>(
      '/api/completion-conditions',
      as(cast.trainer),
    );
    expect(conditions.body).toContainEqual({ kind: 'survey', available: true });

    const { course, survey: evaluation } = await seedEvaluatedCourse(t, cast, {
      course: { title: 'Pelestarian Naskah Kuno', jp: 6 },
      survey: { title: 'Evaluasi Pelestarian Naskah' },
      learners: [cast.dewi, cast.budi],
    });
    const path = `/api/courses/${course.id}/evaluation`;

    const waiting = await learnerView(course.id, cast.dewi);
    expect(waiting.completed).toBe(false);
    expect(waiting.progressPercent).toBe(100);
    expect(waiting.conditions).toContainEqual({
      kind: 'survey',
      met: false,
      detail: 'Survei evaluasi “Evaluasi Pelestarian Naskah” belum diisi',
    });
    // The last step, for the web to open the form: only the course's learners and those who run it.
    const step = await t.api.get<SurveyStep>(path, as(cast.dewi));
    expect(step.body).toEqual({ surveyId: evaluation.id, title: evaluation.title, answered: false, required: true });
    const stranger = await signIn(t.api, await createTestUser(t.db, { fullName: 'Orang Luar' }));
    expect((await t.api.get<ApiErrorBody>(path, as(stranger))).status).toBe(404);
    expect((await t.api.get<SurveyStep>(path, as(cast.trainer))).status).toBe(200);

    // Answering the same survey elsewhere does not count for this course.
    await answered(evaluation.id, cast.dewi.id, 'webinar:00000000-0000-0000-0000-000000000000');
    const participation = t.app.get(CourseParticipationService);
    expect(await participation.reevaluate(cast.dewi.id, course.id)).toBe(false);
    await answered(evaluation.id, cast.dewi.id, `course:${course.id}`);
    expect(await participation.reevaluate(cast.dewi.id, course.id)).toBe(true);

    const done = await learnerView(course.id, cast.dewi);
    expect(done.completed).toBe(true);
    expect(done.conditions).toContainEqual({
      kind: 'survey',
      met: true,
      detail: 'Survei evaluasi “Evaluasi Pelestarian Naskah” sudah diisi',
    });
    expect((await t.api.get<SurveyStep>(path, as(cast.dewi))).body.answered).toBe(true);
    const ledger = await t.api.get<JpLedger>('/api/me/jp-ledger', as(cast.dewi));
    expect(ledger.body.entries).toContainEqual(
      expect.objectContaining({ source: 'course', sourceId: course.id, jp: 6 }),
    );

    // Budi has not answered; removing the evaluation completes the course for him at once.
    expect((await learnerView(course.id, cast.budi)).completed).toBe(false);
    expect((await t.api.delete(path, as(cast.trainer))).status).toBe(204);
    expect((await learnerView(course.id, cast.budi)).completed).toBe(true);
    expect((await t.api.get<ApiErrorBody>(path, as(cast.dewi))).body.code).toBe('survey.evaluationNotFound');
  });

  it('offers a webinar session’s evaluation when it ends and keeps non-respondents from its certificate', async () => {
    const scheduled = await t.api.post<WebinarSession>(
      '/api/webinars',
      {
        title: 'Temu Pustakawan: Literasi Digital',
        description: 'Diskusi daring.',
        audience: 'registered',
        startsAt: new Date(Date.now() + 5 * 60_000).toISOString(),
        durationMinutes: 60,
        jp: 2,
      },
      as(cast.trainer),
    );
    expect(scheduled.status).toBe(201);
    const sessionId = scheduled.body.id;
    const path = `/api/webinars/${sessionId}/evaluation`;
    for (const who of [cast.dewi, cast.budi]) {
      expect((await t.api.post(`/api/webinars/${sessionId}/registration`, undefined, as(who))).status).toBe(201);
    }
    const evaluation = await survey({ title: 'Evaluasi Narasumber Literasi Digital' });

    expect((await t.api.put<ApiErrorBody>(path, { surveyId: evaluation.id }, as(otherTrainer))).status).toBe(403);
    expect((await t.api.put<ApiErrorBody>(path, { surveyId: evaluation.id }, as(cast.dewi))).status).toBe(403);
    const template = await survey({ isTemplate: true });
    expect((await t.api.put<ApiErrorBody>(path, { surveyId: template.id }, as(cast.trainer))).status).toBe(422);
    const attached = await t.api.put<SurveyStep>(
      path,
      { surveyId: evaluation.id, requiredForCertificate: true },
      as(cast.trainer),
    );
    expect(attached.body).toEqual({
      surveyId: evaluation.id,
      title: evaluation.title,
      answered: false,
      required: true,
    });

    expect((await t.api.get<SurveyStep>(path, as(cast.dewi))).body).toMatchObject({ answered: false, required: true });
    expect((await t.api.get<ApiErrorBody>(path, as(otherTrainer))).status).toBe(404);

    // Dewi attends for most of the hour; Budi registered but never came.
    expect((await t.api.post(`/api/webinars/${sessionId}/open`, undefined, as(cast.trainer))).status).toBe(201);
    await t.db.query(`UPDATE webinar_sessions SET opened_at = now() - interval '55 minutes' WHERE id = $1`, [
      sessionId,
    ]);
    await t.db.query(
      `INSERT INTO webinar_visits (session_id, user_id, role, joined_at, left_at, seen_at)
       VALUES ($1, $2, 'attendee', now() - interval '54 minutes', now(), now())`,
      [sessionId, cast.dewi.id],
    );
    expect((await t.api.post(`/api/webinars/${sessionId}/end`, undefined, as(cast.trainer))).status).toBe(201);

    const inbox = await t.api.get<NotificationInbox>('/api/me/notifications', as(cast.dewi));
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'survey-evaluation',
        params: { title: evaluation.title, sessionTitle: 'Temu Pustakawan: Literasi Digital' },
        link: `/survei/${evaluation.id}?webinarSessionId=${sessionId}`,
      }),
    );
    const budiInbox = await t.api.get<NotificationInbox>('/api/me/notifications', as(cast.budi));
    expect(budiInbox.body.items.filter((item) => item.kind === 'survey-evaluation')).toEqual([]);

    // The participants' certificates wait for her answer: the coordinator's batch names her and why.
    const certificateTemplate = await t.api.post(
      '/api/certificate-templates',
      {
        name: 'Sertifikat webinar',
        isDefault: true,
        titleId: 'Sertifikat',
        bodyId: 'atas partisipasinya sebagai {{peran}} dalam "{{kegiatan}}" pada {{tanggal}}.',
        signatories: [{ name: 'Sri Wahyuni', position: 'Kepala Dinas Perpustakaan' }],
        numberPattern: DEFAULT_CERTIFICATE_NUMBER_PATTERN,
      },
      as(cast.coordinator),
    );
    expect(certificateTemplate.status).toBe(201);
    const batch = { sessionId, minAttendancePercent: 50 };
    const refused = await t.api.post<CertificateBatchResult>('/api/certificate-batches/webinar', batch, {
      token: cast.coordinator.token,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.rejected).toEqual([
      {
        userId: cast.dewi.id,
        row: null,
        reason: 'Belum mengisi survei evaluasi sesi ini, yang diwajibkan untuk sertifikat.',
      },
    ]);
    await answered(evaluation.id, cast.dewi.id, `webinar:${sessionId}`);
    expect((await t.api.get<SurveyStep>(path, as(cast.dewi))).body.answered).toBe(true);
    const issued = await t.api.post<CertificateBatchResult>('/api/certificate-batches/webinar', batch, {
      token: cast.coordinator.token,
    });
    expect(issued.status).toBe(201);
    expect(issued.body.batch).toMatchObject({ total: 1 });

    // Not required any more: nobody is held back.
    await t.api.put(path, { surveyId: evaluation.id, requiredForCertificate: false }, as(cast.trainer));
    const hooks = t.app.get(WebinarHooksService);
    expect(await hooks.certifiable(sessionId, [cast.budi.id])).toEqual({
      allowed: [cast.budi.id],
      withheld: new Map(),
    });
    expect((await t.api.delete(path, as(cast.trainer))).status).toBe(204);
    expect((await t.api.get<ApiErrorBody>(path, as(cast.dewi))).status).toBe(404);

    // A survey attached after the end is offered to the attendees at once, and only once.
    const late = await survey({ title: 'Evaluasi Susulan' });
    const offers = async () =>
      (await t.api.get<NotificationInbox>('/api/me/notifications', as(cast.dewi))).body.items.filter(
        (item) => item.kind === 'survey-evaluation' && item.params['title'] === late.title,
      );
    await t.api.put(path, { surveyId: late.id }, as(cast.trainer));
    await t.api.put(path, { surveyId: late.id, requiredForCertificate: true }, as(cast.trainer));
    expect(await offers()).toEqual([
      expect.objectContaining({ link: `/survei/${late.id}?webinarSessionId=${sessionId}` }),
    ]);
  });
});
