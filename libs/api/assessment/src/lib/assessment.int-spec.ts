import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { enrolAndComplete, publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type {
  AnswerValue,
  ApiErrorBody,
  AttemptView,
  CourseDetail,
  LearnerCourse,
  Question,
  QuestionBankExport,
  QuestionCategory,
  Quiz,
  QuizResults,
  StaffAttempt,
} from '@bina-pustaka/shared-contracts';
import { AssessmentModule, assessmentMigrations, AssessmentWorkerModule } from './assessment.module';

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One question of every type, as a trainer writes them. */
const EVERY_TYPE = [
  {
    prompt: 'Standar katalogisasi yang menggantikan AACR2 adalah…',
    body: {
      type: 'single-choice',
      options: [
        { text: 'RDA', correct: true, feedback: 'Benar, RDA.' },
        { text: 'MARC', correct: false, feedback: 'MARC adalah format, bukan standar deskripsi.' },
      ],
    },
    feedback: { correct: 'Tepat.', incorrect: 'Pelajari lagi modul 1.', general: 'RDA terbit 2010.' },
  },
  {
    prompt: 'Manakah yang termasuk elemen inti RDA?',
    body: {
      type: 'multiple-response',
      partialCredit: true,
      options: [
        { text: 'Judul', correct: true },
        { text: 'Pernyataan tanggung jawab', correct: true },
        { text: 'Warna sampul', correct: false },
      ],
    },
  },
  { prompt: 'DDC membagi ilmu pengetahuan menjadi 10 kelas utama.', body: { type: 'true-false', answer: true } },
  {
    prompt: 'Singkatan sistem klasifikasi Dewey?',
    body: { type: 'short-answer', acceptedAnswers: ['DDC', 'Dewey Decimal Classification'] },
  },
  { prompt: 'Berapa JP untuk 90 menit?', body: { type: 'numeric', answer: 2, tolerance: 0 } },
  {
    prompt: 'Jodohkan kelas DDC dengan subjeknya',
    body: {
      type: 'matching',
      pairs: [
        { left: '000', right: 'Karya umum' },
        { left: '900', right: 'Sejarah dan geografi' },
      ],
    },
  },
  {
    prompt: 'Urutkan alur pengolahan bahan pustaka',
    body: { type: 'ordering', items: [{ text: 'Inventarisasi' }, { text: 'Katalogisasi' }, { text: 'Penyelesaian' }] },
  },
  {
    prompt: 'Jelaskan manfaat katalog daring bagi pemustaka.',
    body: { type: 'essay', rubric: 'Menyebut akses jarak jauh (2), temu kembali (2), contoh (1).' },
    points: 5,
  },
] as const;

/** The right answer for a question as stored (keys included). */
function rightAnswer(question: Question): AnswerValue {
  const body = question.body;
  switch (body.type) {
    case 'single-choice':
      return { type: body.type, optionId: body.options.find((o) => o.correct)?.id ?? '' };
    case 'multiple-response':
      return { type: body.type, optionIds: body.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true-false':
      return { type: body.type, value: body.answer };
    case 'short-answer':
      return { type: body.type, text: '  dewey  DECIMAL classification ' };
    case 'numeric':
      return { type: body.type, value: body.answer };
    case 'matching':
      return { type: body.type, matches: Object.fromEntries(body.pairs.map((p) => [p.id, p.rightId])) };
    case 'ordering':
      return { type: body.type, order: body.items.map((i) => i.id) };
    case 'essay':
      return { type: body.type, text: 'Katalog daring membuat koleksi dapat dicari dari rumah.' };
  }
}

/** Every field name in a JSON value, at any depth. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

const KEY_FIELDS = [
  'correct',
  'answer',
  'acceptedAnswers',
  'tolerance',
  'rightId',
  'rubric',
  'feedback',
  'score',
  'passed',
  'review',
  'points_earned',
  'mark',
  'correctAnswer',
];

describe('assessment', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let otherTrainer: SignedInUser;
  let learners: SignedInUser[];
  let course: CourseDetail;
  let questions: Question[];
  let seq = 10_000_000;

  const post = <T>(path: string, body: unknown, who: SignedInUser) => t.api.post<T>(path, body, { token: who.token });
  const newQuiz = async (fields: Record<string, unknown>) => {
    const response = await post<Quiz>(
      '/api/quizzes',
      {
        moduleId: course.modules[0].id,
        title: 'Kuis Katalogisasi',
        published: true,
        selection: { mode: 'fixed', questionIds: questions.map((q) => q.id) },
        attemptsAllowed: 3,
        ...fields,
      },
      trainer,
    );
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body;
  };
  const start = async (quiz: Quiz, learner: SignedInUser) => {
    const response = await post<AttemptView>(`/api/learn/quizzes/${quiz.id}/attempts`, undefined, learner);
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    return response.body;
  };
  const save = (attemptId: string, questionId: string, answer: AnswerValue, learner: SignedInUser, at = ++seq) =>
    t.api.put<{ seq: number }>(
      `/api/quiz-attempts/${attemptId}/answers/${questionId}`,
      { answer, seq: at },
      { token: learner.token },
    );
  const answerAll = async (attempt: AttemptView, learner: SignedInUser, pick = rightAnswer) => {
    for (const slot of attempt.questions) {
      const question = questions.find((q) => q.id === slot.questionId) as Question;
      expect((await save(attempt.id, slot.questionId, pick(question), learner)).status).toBe(200);
    }
  };
  const submit = (attemptId: string, learner: SignedInUser) =>
    post<AttemptView>(`/api/quiz-attempts/${attemptId}/submit`, undefined, learner);

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule, AssessmentModule],
      migrations: [...identityMigrations, ...learningMigrations, ...assessmentMigrations, ...auditMigrations],
      workerModules: [AssessmentWorkerModule],
      // A short grace, so the deadline test does not wait long.
      env: { ASSESSMENT_SAVE_GRACE_SECONDS: '1' },
    });
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Agus Setiawan' }));
    otherTrainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    learners = await Promise.all(
      ['Dewi Lestari', 'Budi Santoso', 'Ayu Pratiwi', 'Rizky Ramadhan'].map(async (fullName) =>
        signIn(t.api, await createTestUser(t.db, { roles: ['learner'], fullName })),
      ),
    );
    course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA', jp: 6 });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    const category = (
      await post<QuestionCategory>(`/api/courses/${course.id}/question-categories`, { name: 'Dasar' }, trainer)
    ).body;
    questions = [];
    for (const question of EVERY_TYPE) {
      const response = await post<Question>(
        `/api/courses/${course.id}/questions`,
        { ...question, categoryId: category.id },
        trainer,
      );
      expect(response.status).toBe(201);
      questions.push(response.body);
    }
    // A required quiz exists before the learners finish their lessons: the course waits for it.
    await newQuiz({ title: 'Ujian akhir', requiredForCompletion: true, passingScore: 60, attemptsAllowed: null });
    await enrolAndComplete(t.api, coordinator.token, cohort.id, course, learners);
  });
  afterAll(() => t.close());

  it('refuses bad questions and quizzes with clear Indonesian messages', async () => {
    const twoRight = await post<ApiErrorBody>(
      `/api/courses/${course.id}/questions`,
      {
        prompt: 'Pilih satu',
        body: {
          type: 'single-choice',
          options: [
            { text: 'A', correct: true },
            { text: 'B', correct: true },
          ],
        },
      },
      trainer,
    );
    expect(twoRight.status).toBe(400);
    expect(twoRight.body.issues).toEqual([
      { field: 'body.options', message: 'Soal pilihan ganda harus memiliki tepat satu jawaban benar.' },
    ]);
    const noAnswers = await post<ApiErrorBody>(
      `/api/courses/${course.id}/questions`,
      { prompt: 'Isian', body: { type: 'short-answer', acceptedAnswers: [] } },
      trainer,
    );
    expect(noAnswers.body.issues?.[0].message).toBe('Isi minimal satu jawaban yang diterima.');
    const window = await post<ApiErrorBody>(
      '/api/quizzes',
      {
        moduleId: course.modules[0].id,
        title: 'Kuis',
        selection: { mode: 'fixed', questionIds: [questions[0].id] },
        opensAt: '2026-05-02T00:00:00+07:00',
        closesAt: '2026-05-01T00:00:00+07:00',
      },
      trainer,
    );
    expect(window.body.issues).toEqual([{ field: 'closesAt', message: 'Waktu tutup harus setelah waktu buka.' }]);
    const tooMany = await post<ApiErrorBody>(
      '/api/quizzes',
      {
        moduleId: course.modules[0].id,
        title: 'Kuis acak',
        selection: { mode: 'random', rules: [{ categoryId: questions[0].categoryId, count: 50 }] },
      },
      trainer,
    );
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.message).toBe('Kategori "Dasar" hanya memiliki 8 soal, kurang dari 50 soal yang diminta.');
    // Another trainer's course is not theirs to change.
    const notTheirs = await post<ApiErrorBody>(`/api/courses/${course.id}/questions`, EVERY_TYPE[2], otherTrainer);
    expect(notTheirs.status).toBe(403);
  });

  it('grades every question type, essays by hand, and feeds course completion', async () => {
    const [learner] = learners;
    const before = await t.api.get<LearnerCourse>(`/api/learn/courses/${course.id}`, { token: learner.token });
    expect(before.body.completed).toBe(false);
    expect(before.body.conditions).toContainEqual({ kind: 'quizzes', met: false, detail: '0 dari 1 kuis wajib lulus' });

    const finalQuiz = (await t.api.get<Quiz[]>(`/api/courses/${course.id}/quizzes`, { token: trainer.token })).body[0];
    const attempt = await start(finalQuiz, learner);
    await answerAll(attempt, learner);
    const submitted = await submit(attempt.id, learner);
    expect(submitted.status).toBe(200);
    const marks = await t.db.query(`SELECT question_id, mark FROM attempt_answers WHERE attempt_id = $1`, [attempt.id]);
    for (const question of questions) {
      const row = marks.find((m: { question_id: string }) => m.question_id === question.id);
      expect([question.body.type, row.mark === null ? null : Number(row.mark)]).toEqual([
        question.body.type,
        question.body.type === 'essay' ? null : 1,
      ]);
    }
    // 7 of 12 points until the essay is graded: 58.33% and pass unknown.
    expect(submitted.body.score).toBe(58.33);
    expect(submitted.body.passed).toBeNull();

    const essays = await t.api.get<{ attemptId: string; questionId: string }[]>(`/api/quizzes/${finalQuiz.id}/essays`, {
      token: trainer.token,
    });
    expect(essays.body).toHaveLength(1);
    const graded = await t.api.put<StaffAttempt>(
      `/api/quiz-attempts/${attempt.id}/answers/${essays.body[0].questionId}/grade`,
      { points: 4, comment: 'Contoh kurang spesifik.' },
      { token: trainer.token },
    );
    expect(graded.body).toMatchObject({ score: 91.67, passed: true, needsGrading: false });
    const review = (await t.api.get<AttemptView>(`/api/quiz-attempts/${attempt.id}`, { token: learner.token })).body;
    const essayReview = review.questions.find((q) => q.body.type === 'essay')?.review;
    expect(essayReview?.feedback).toContain('Contoh kurang spesifik.');

    const after = await t.api.get<LearnerCourse>(`/api/learn/courses/${course.id}`, { token: learner.token });
    expect(after.body.completed).toBe(true);
  });

  it('never shows a key, a correctness flag or a score to a learner before the review allows', async () => {
    const learner = learners[1];
    const quiz = await newQuiz({
      title: 'Kuis tertutup',
      shuffleOptions: true,
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      review: { when: 'after-close', score: true, correctness: true, correctAnswers: true, feedback: true },
    });
    const attempt = await start(quiz, learner);
    await answerAll(attempt, learner);
    const answering = await t.api.get<AttemptView>(`/api/quiz-attempts/${attempt.id}`, { token: learner.token });
    const submitted = await submit(attempt.id, learner);
    const info = await t.api.get(`/api/learn/quizzes/${quiz.id}`, { token: learner.token });
    const list = await t.api.get(`/api/learn/courses/${course.id}/quizzes`, { token: learner.token });
    for (const body of [attempt, answering.body, submitted.body, info.body, list.body]) {
      // The learner's own answers (question.answer) are theirs to see; nothing else may name a key.
      const keys = keysOf(JSON.parse(JSON.stringify(body), (key, value) => (key === 'answer' ? undefined : value)));
      expect(KEY_FIELDS.filter((field) => keys.has(field))).toEqual([]);
    }
    expect(answering.body.questions.every((q) => q.answer !== null)).toBe(true);
    // Every type's learner body carries only ids and texts.
    expect(new Set(attempt.questions.map((q) => q.body.type))).toEqual(new Set(EVERY_TYPE.map((q) => q.body.type)));
    const ordering = attempt.questions.find((q) => q.body.type === 'ordering');
    expect(keysOf(ordering?.body)).toEqual(new Set(['type', 'items', 'id', 'text']));

    // Once the quiz has closed, the review shows what the policy lists.
    await t.api.patch(
      `/api/quizzes/${quiz.id}`,
      { closesAt: new Date(Date.now() - 1000).toISOString() },
      { token: trainer.token },
    );
    const reviewed = (await t.api.get<AttemptView>(`/api/quiz-attempts/${attempt.id}`, { token: learner.token })).body;
    expect(reviewed.reviewShown).toBe(true);
    expect(reviewed.score).toBe(58.33);
    expect(reviewed.questions[0].review).toHaveProperty('correctAnswer');
  });

  it('keeps other learners out of an attempt (404) and staff of other courses out of results (403)', async () => {
    const [owner, intruder] = [learners[2], learners[3]];
    const quiz = await newQuiz({ title: 'Kuis pribadi' });
    const attempt = await start(quiz, owner);
    const question = attempt.questions[0];
    const answer = rightAnswer(questions.find((q) => q.id === question.questionId) as Question);
    expect((await t.api.get(`/api/quiz-attempts/${attempt.id}`, { token: intruder.token })).status).toBe(404);
    expect((await save(attempt.id, question.questionId, answer, intruder)).status).toBe(404);
    expect((await submit(attempt.id, intruder)).status).toBe(404);
    expect((await t.api.get(`/api/quizzes/${quiz.id}/attempts`, { token: otherTrainer.token })).status).toBe(403);
    expect((await t.api.get(`/api/quizzes/${quiz.id}/attempts`, { token: owner.token })).status).toBe(403);
    const stillMine = await t.api.get<AttemptView>(`/api/quiz-attempts/${attempt.id}`, { token: owner.token });
    expect(stillMine.body.questions[0].answer).toBeNull();
  });

  it('loses no answer when duplicate saves race a submit, and takes no write after it', async () => {
    const learner = learners[2];
    const quiz = await newQuiz({ title: 'Kuis balapan', attemptsAllowed: null });
    for (let round = 0; round < 5; round += 1) {
      const attempt = await start(quiz, learner);
      const acknowledged = new Map<string, number>();
      const saves = attempt.questions.flatMap((slot) => {
        const answer = rightAnswer(questions.find((q) => q.id === slot.questionId) as Question);
        const at = ++seq;
        // The same save three times at once (a retry and a second tab), then an older one arriving late.
        return [at, at, at, at - 5_000_000].map(async (sent) => {
          const response = await save(attempt.id, slot.questionId, answer, learner, sent);
          if (response.status === 200)
            acknowledged.set(slot.questionId, Math.max(acknowledged.get(slot.questionId) ?? 0, sent));
          else expect(response.status).toBe(409);
        });
      });
      const [submitted] = await Promise.all([submit(attempt.id, learner), ...saves]);
      expect(submitted.status).toBe(200);
      const rows = await t.db.query(
        `SELECT x.question_id, x.seq, x.saved_at > a.submitted_at AS late, x.mark
           FROM attempt_answers x JOIN attempts a ON a.id = x.attempt_id WHERE a.id = $1`,
        [attempt.id],
      );
      for (const [questionId, sent] of acknowledged) {
        const row = rows.find((r: { question_id: string }) => r.question_id === questionId);
        expect(Number(row?.seq)).toBeGreaterThanOrEqual(sent);
      }
      expect(rows.filter((r: { late: boolean }) => r.late)).toEqual([]);
      expect(
        rows.filter(
          (r: { mark: string | null; question_id: string }) => r.mark === null && r.question_id !== questions[7].id,
        ),
      ).toEqual([]);
      const after = await save(
        attempt.id,
        attempt.questions[0].questionId,
        { type: 'true-false', value: true },
        learner,
      );
      expect(after.status).toBeGreaterThanOrEqual(409);
    }
    // An older save never overwrites a newer answer.
    const attempt = await start(quiz, learner);
    const trueFalse = questions[2];
    const first = await save(attempt.id, trueFalse.id, { type: 'true-false', value: true }, learner, 2_000_000_000);
    const stale = await save(attempt.id, trueFalse.id, { type: 'true-false', value: false }, learner, 1_999_999_999);
    expect(stale.body.seq).toBe(2_000_000_000);
    // A duplicate is acknowledged with the stored save, its time unchanged.
    const again = await save(attempt.id, trueFalse.id, { type: 'true-false', value: true }, learner, 2_000_000_000);
    expect([again.status, again.body]).toEqual([200, first.body]);
    expect(stale.body).toEqual(first.body);
    const view = await t.api.get<AttemptView>(`/api/quiz-attempts/${attempt.id}`, { token: learner.token });
    expect(view.body.questions.find((q) => q.questionId === trueFalse.id)?.answer).toEqual({
      type: 'true-false',
      value: true,
    });
    await submit(attempt.id, learner);
  });

  it('submits at the deadline through the worker, and refuses saves after the grace', async () => {
    const learner = learners[3];
    const quiz = await newQuiz({ title: 'Kuis berwaktu', closesAt: new Date(Date.now() + 2_500).toISOString() });
    const attempt = await start(quiz, learner);
    expect(attempt.deadlineAt).toBe(quiz.closesAt);
    const [first] = attempt.questions;
    const answer = rightAnswer(questions.find((q) => q.id === first.questionId) as Question);
    expect((await save(attempt.id, first.questionId, answer, learner)).status).toBe(200);
    const done = await eventually(
      async () => (await t.api.get<StaffAttempt[]>(`/api/quizzes/${quiz.id}/attempts`, { token: trainer.token })).body,
      (list) => list[0]?.status === 'submitted',
      'the deadline submit',
    );
    expect(done[0].submittedBy).toBe('deadline');
    const late = await save(attempt.id, first.questionId, answer, learner);
    expect(late.status).toBe(409);
    expect((late.body as unknown as ApiErrorBody).message).toBe(
      'Kuis sudah dikumpulkan; jawaban tidak dapat diubah lagi.',
    );
  });

  it('applies per-learner overrides: extra attempts, extra time and other dates', async () => {
    const [learner, other] = [learners[0], learners[1]];
    const quiz = await newQuiz({
      title: 'Kuis susulan',
      attemptsAllowed: 1,
      timeLimitMinutes: 10,
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const notOpen = await post<ApiErrorBody>(`/api/learn/quizzes/${quiz.id}/attempts`, undefined, other);
    expect([notOpen.status, notOpen.body.message]).toEqual([409, 'Kuis ini belum dibuka.']);
    const override = await t.api.put(
      `/api/quizzes/${quiz.id}/overrides/${learner.id}`,
      { extraMinutes: 20, extraAttempts: 1, opensAt: new Date(Date.now() - 60_000).toISOString() },
      { token: trainer.token },
    );
    expect(override.status).toBe(200);
    const first = await start(quiz, learner);
    const minutes = (new Date(first.deadlineAt ?? 0).getTime() - new Date(first.startedAt).getTime()) / 60_000;
    expect(Math.round(minutes)).toBe(30);
    await submit(first.id, learner);
    const second = await start(quiz, learner);
    expect(second.number).toBe(2);
    await submit(second.id, learner);
    const third = await post<ApiErrorBody>(`/api/learn/quizzes/${quiz.id}/attempts`, undefined, learner);
    expect([third.status, third.body.message]).toEqual([409, 'Kesempatan mengerjakan kuis ini sudah habis.']);
  });

  it('regrades after a correction, reports results and CSV, and round-trips the bank as JSON', async () => {
    const numeric = questions[4];
    const quiz = (await t.api.get<Quiz[]>(`/api/courses/${course.id}/quizzes`, { token: trainer.token })).body[0];
    const corrected = await t.api.patch<Question>(
      `/api/questions/${numeric.id}`,
      { body: { type: 'numeric', answer: 3, tolerance: 0 } },
      { token: trainer.token },
    );
    expect(corrected.status).toBe(200);
    const attempts = (await t.api.get<StaffAttempt[]>(`/api/quizzes/${quiz.id}/attempts`, { token: trainer.token }))
      .body;
    expect(attempts[0].score).toBe(83.33);

    const results = await t.api.get<QuizResults>(`/api/quizzes/${quiz.id}/results`, { token: trainer.token });
    expect(results.body).toMatchObject({ learners: 1, attempts: 1, passRate: 100 });
    expect(results.body.distribution[8]).toBe(1);
    expect(results.body.questions.find((q) => q.questionId === numeric.id)?.difficulty).toBe(0);
    const csv = await t.api.get<string>(`/api/quizzes/${quiz.id}/results.csv`, { token: trainer.token });
    expect(csv.body.split('\n')[1]).toContain('Dewi Lestari');

    const exported = (
      await t.api.get<QuestionBankExport>(`/api/courses/${course.id}/questions/export`, { token: trainer.token })
    ).body;
    const copy = await publishedCourse(t.api, trainer.token, { title: 'Salinan bank soal' });
    const imported = await post<{ imported: number }>(`/api/courses/${copy.id}/questions/import`, exported, trainer);
    expect(imported.body).toEqual({ imported: 8 });
    const copied = (await t.api.get<Question[]>(`/api/courses/${copy.id}/questions`, { token: trainer.token })).body;
    expect(copied.map((q) => q.body.type)).toEqual(questions.map((q) => q.body.type));
    expect(copied[0].id).not.toBe(questions[0].id);
  });
});
