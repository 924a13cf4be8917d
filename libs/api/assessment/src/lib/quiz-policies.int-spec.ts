import {
  ESCAPED_FORMULA_TEXT,
  FORMULA_TEXT,
  formulaCells,
  startTestApp,
  type TestApp,
} from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type {
  ApiErrorBody,
  AttemptView,
  CourseDetail,
  LearnerCourse,
  Question,
  Quiz,
  ReviewPolicy,
} from '@bina-pustaka/shared-contracts';
import { AssessmentModule, assessmentMigrations } from './assessment.module';

const HIDDEN_UNTIL_CLOSE: ReviewPolicy = {
  when: 'after-close',
  score: true,
  correctness: true,
  correctAnswers: true,
  feedback: true,
};
const ANSWERS_AT_ONCE: ReviewPolicy = {
  when: 'immediately',
  score: true,
  correctness: true,
  correctAnswers: true,
  feedback: true,
};

describe('quiz policies: what learners may learn of results, and settings that would leak the key', () => {
  let t: TestApp;
  let trainer: SignedInUser;
  let coordinator: SignedInUser;
  let course: CourseDetail;
  let question: Question;
  let cohortId: string;

  const newQuiz = (fields: Record<string, unknown>) =>
    t.api.post<Quiz & ApiErrorBody>(
      '/api/quizzes',
      {
        moduleId: course.modules[0].id,
        title: 'Kuis RDA',
        published: true,
        selection: { mode: 'fixed', questionIds: [question.id] },
        ...fields,
      },
      { token: trainer.token },
    );
  const learnerIn = async (fullName: string) => {
    const learner = await signIn(t.api, await createTestUser(t.db, { fullName }));
    await t.api.post(`/api/cohorts/${cohortId}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token });
    return learner;
  };
  /** Takes the quiz once, answering right, and submits. */
  const pass = async (quizId: string, learner: SignedInUser) => {
    const attempt = await t.api.post<AttemptView>(`/api/learn/quizzes/${quizId}/attempts`, undefined, {
      token: learner.token,
    });
    expect(attempt.status).toBe(200);
    const body = question.body as { options: { id: string; correct: boolean }[] };
    const right = body.options.find((option) => option.correct)?.id;
    await t.api.put(
      `/api/quiz-attempts/${attempt.body.id}/answers/${question.id}`,
      { answer: { type: 'single-choice', optionId: right }, seq: 1 },
      { token: learner.token },
    );
    expect(
      (await t.api.post(`/api/quiz-attempts/${attempt.body.id}/submit`, undefined, { token: learner.token })).status,
    ).toBe(200);
  };
  const quizCondition = async (learner: SignedInUser) => {
    const view = await t.api.get<LearnerCourse>(`/api/learn/courses/${course.id}`, { token: learner.token });
    return view.body.conditions.find((condition) => condition.kind === 'quizzes');
  };

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule, AssessmentModule],
      migrations: [...identityMigrations, ...learningMigrations, ...assessmentMigrations, ...auditMigrations],
    });
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    course = await publishedCourse(t.api, trainer.token, { title: 'Kebijakan Kuis' });
    cohortId = (await runningCohort(t.api, coordinator.token, course.id)).id;
    const created = await t.api.post<Question>(
      `/api/courses/${course.id}/questions`,
      {
        prompt: 'Standar yang menggantikan AACR2?',
        body: {
          type: 'single-choice',
          options: [
            { text: 'RDA', correct: true },
            { text: 'MARC', correct: false },
          ],
        },
      },
      { token: trainer.token },
    );
    expect(created.status).toBe(201);
    question = created.body;
  });
  afterAll(() => t.close());

  it('writes a learner name that looks like a formula into the results CSV as text', async () => {
    const quiz = (await newQuiz({ title: 'Kuis ekspor' })).body;
    const learner = await learnerIn(FORMULA_TEXT);
    await pass(quiz.id, learner);
    const csv = await t.api.get<string>(`/api/quizzes/${quiz.id}/results.csv`, { token: trainer.token });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(`"${ESCAPED_FORMULA_TEXT.replaceAll('"', '""')}"`);
    expect(formulaCells(csv.body)).toEqual([]);
  });

  it('does not tell a learner in the course player whether a required quiz was passed before its review opens', async () => {
    const quiz = (
      await newQuiz({
        title: 'Ujian tertutup',
        requiredForCompletion: true,
        attemptsAllowed: 3,
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
        review: HIDDEN_UNTIL_CLOSE,
      })
    ).body;
    const learner = await learnerIn('Peserta Penasaran');
    expect(await quizCondition(learner)).toEqual({ kind: 'quizzes', met: false, detail: '0 dari 1 kuis wajib lulus' });
    await pass(quiz.id, learner);
    const hidden = await quizCondition(learner);
    expect(hidden).toEqual({
      kind: 'quizzes',
      met: false,
      detail: '0 dari 1 kuis wajib lulus; hasil 1 kuis belum dapat dilihat',
    });

    // Once the quiz closes, the review (and so the count) opens.
    await t.api.patch(
      `/api/quizzes/${quiz.id}`,
      { closesAt: new Date(Date.now() - 1000).toISOString() },
      {
        token: trainer.token,
      },
    );
    expect(await quizCondition(learner)).toEqual({ kind: 'quizzes', met: true, detail: '1 dari 1 kuis wajib lulus' });
    // A review that never shows the score never tells it here either.
    await t.api.patch(
      `/api/quizzes/${quiz.id}`,
      { review: { ...HIDDEN_UNTIL_CLOSE, when: 'never' } },
      {
        token: trainer.token,
      },
    );
    expect(await quizCondition(learner)).toMatchObject({ met: false });
    await t.api.patch(
      `/api/quizzes/${quiz.id}`,
      { review: { ...HIDDEN_UNTIL_CLOSE, when: 'immediately', score: false, correctAnswers: false } },
      { token: trainer.token },
    );
    expect(await quizCondition(learner)).toMatchObject({ met: false });
    await t.api.patch(`/api/quizzes/${quiz.id}`, { requiredForCompletion: false }, { token: trainer.token });
  });

  it('refuses correct answers shown at once together with more than one attempt, however they are combined', async () => {
    const bothMessage = /"Jawaban yang benar".*"Segera setelah dikumpulkan".*"Jumlah kesempatan"/;
    const created = await newQuiz({ attemptsAllowed: 3, review: ANSWERS_AT_ONCE });
    expect(created.status).toBe(422);
    expect(created.body.message).toMatch(bothMessage);
    const unlimited = await newQuiz({ attemptsAllowed: null, review: ANSWERS_AT_ONCE });
    expect(unlimited.status).toBe(422);
    const english = await t.api.post<ApiErrorBody>(
      '/api/quizzes',
      {
        moduleId: course.modules[0].id,
        title: 'Kuis',
        selection: { mode: 'fixed', questionIds: [question.id] },
        attemptsAllowed: 2,
        review: ANSWERS_AT_ONCE,
      },
      { token: trainer.token, headers: { 'accept-language': 'en' } },
    );
    expect(english.body.message).toMatch(/"Correct answers".*"Right after submitting".*"Attempts allowed"/);

    // One attempt with the answers at once is fine; widening either side later is not.
    const single = await newQuiz({ title: 'Kuis sekali', attemptsAllowed: 1, review: ANSWERS_AT_ONCE });
    expect(single.status).toBe(201);
    const moreAttempts = await t.api.patch<ApiErrorBody>(
      `/api/quizzes/${single.body.id}`,
      { attemptsAllowed: 2 },
      {
        token: trainer.token,
      },
    );
    expect([moreAttempts.status, moreAttempts.body.message]).toEqual([422, expect.stringMatching(bothMessage)]);
    const extra = await t.api.put<ApiErrorBody>(
      `/api/quizzes/${single.body.id}/overrides/${trainer.id}`,
      { extraAttempts: 1 },
      { token: trainer.token },
    );
    expect(extra.status).toBe(422);
    expect(extra.body.message).toMatch(/"Tambahan kesempatan".*"Jawaban yang benar"/);

    const retries = await newQuiz({ title: 'Kuis berulang', attemptsAllowed: 3 });
    expect(retries.status).toBe(201);
    const answersNow = await t.api.patch<ApiErrorBody>(
      `/api/quizzes/${retries.body.id}`,
      { review: ANSWERS_AT_ONCE },
      {
        token: trainer.token,
      },
    );
    expect(answersNow.status).toBe(422);
    // Nothing of the refused changes was saved.
    const stored = await t.api.get<Quiz>(`/api/quizzes/${retries.body.id}`, { token: trainer.token });
    expect(stored.body.review.correctAnswers).toBe(false);
    expect(
      (await t.api.get<Quiz>(`/api/quizzes/${single.body.id}`, { token: trainer.token })).body.attemptsAllowed,
    ).toBe(1);
    // After the close, with a window, the answers may show with several attempts.
    const afterClose = await newQuiz({
      title: 'Kuis dibahas setelah tutup',
      attemptsAllowed: 3,
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      review: { ...ANSWERS_AT_ONCE, when: 'after-close' },
    });
    expect(afterClose.status).toBe(201);
  });
});
