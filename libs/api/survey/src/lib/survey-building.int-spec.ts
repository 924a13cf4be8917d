import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody, Page, SurveyDetail, SurveySummary } from '@bina-pustaka/shared-contracts';
import { EVERY_KIND, SATISFACTION_5 } from '../testing/survey-definitions';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';

describe('surveys: building, templates, the wording-only rule, status, deletion, the poster', () => {
  let t: TestApp;
  let cast: SurveyCast;
  let otherTrainer: SignedInUser;

  const create = async (who: SignedInUser, body: Record<string, unknown>) => {
    const response = await t.api.post<SurveyDetail>('/api/surveys', { anonymous: true, ...body }, as(who));
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body;
  };
  const templateId = async (key: string) => {
    const templates = await t.api.get<Page<SurveySummary>>('/api/surveys?templates=true', as(cast.trainer));
    return templates.body.items.find((survey) => survey.templateKey === key)?.id as string;
  };
  /** As answering stores one: a response row, counted on the survey. */
  const answerOnce = async (surveyId: string) => {
    await t.db.query(`INSERT INTO survey_responses (survey_id, submitted_on) VALUES ($1, current_date)`, [surveyId]);
    await t.db.query(`UPDATE surveys SET response_count = response_count + 1 WHERE id = $1`, [surveyId]);
  };
  const auditActions = async (surveyId: string) =>
    (
      await t.db.query(`SELECT action FROM audit_entries WHERE subject_id = $1 ORDER BY occurred_at, id`, [surveyId])
    ).map((row: { action: string }) => row.action);

  beforeAll(async () => {
    t = await startTestApp(SURVEY_TEST_APP);
    cast = await signInCast(t);
    otherTrainer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Agus Setiawan', roles: ['trainer'] }));
  });
  afterAll(() => t.close());

  it('seeds three templates every builder may read but not change', async () => {
    const list = await t.api.get<Page<SurveySummary>>('/api/surveys?templates=true', as(cast.trainer));
    expect(list.status).toBe(200);
    expect(list.body.items.map((survey) => [survey.templateKey, survey.isTemplate, survey.createdBy]).sort()).toEqual([
      ['evaluasi-narasumber', true, null],
      ['evaluasi-penyelenggaraan', true, null],
      ['survei-kepuasan', true, null],
    ]);
    const skm = await t.api.get<SurveyDetail>(`/api/surveys/${await templateId('survei-kepuasan')}`, as(cast.trainer));
    expect(skm.body).toMatchObject({ title: 'Survei Kepuasan Masyarakat', may: { manage: false, readResults: false } });
    const elements = skm.body.definition.sections
      .flatMap((section) => section.questions)
      .flatMap((question) => (question.kind === 'likert' ? [question.ikmElement] : []));
    expect(elements).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);

    const change = await t.api.patch<ApiErrorBody>(
      `/api/surveys/${skm.body.id}`,
      { title: 'Milik saya' },
      as(cast.coordinator),
    );
    expect(change.status).toBe(409);
    expect(change.body).toMatchObject({ code: 'survey.templateReadOnly' });
    expect(change.body.message).toContain('Buat salinannya');
    expect((await t.api.delete(`/api/surveys/${skm.body.id}`, as(cast.coordinator))).status).toBe(409);
    expect(
      (await t.api.put(`/api/surveys/${skm.body.id}/status`, { status: 'closed' }, as(cast.coordinator))).status,
    ).toBe(409);
  });

  it('a trainer builds a blank survey with every kind of question; a learner may not', async () => {
    const survey = await create(cast.trainer, {
      title: 'Evaluasi Pelatihan SLiMS',
      audience: 'signed-in',
      definition: EVERY_KIND,
    });
    expect(survey).toMatchObject({
      status: 'draft',
      audience: 'signed-in',
      anonymous: true,
      templateKey: null,
      isTemplate: false,
      publicSlug: null,
      responseCount: 0,
      wordingOnly: false,
      courses: [],
      webinarSessions: [],
      createdBy: { id: cast.trainer.id, fullName: 'Nur Aini' },
      may: { manage: true, readResults: true },
    });
    const questions = survey.definition.sections[0].questions;
    expect(questions.map((question) => question.kind)).toEqual([
      'likert',
      'rating',
      'single-choice',
      'multiple-choice',
      'matrix',
      'short-text',
      'long-text',
      'number',
      'date',
      'long-text',
    ]);
    // Stored with every default filled in (required, help, showWhen, allowOther…).
    expect(questions[1]).toMatchObject({ required: true, help: null, showWhen: null });
    expect(questions[3]).toMatchObject({ required: false, help: null, showWhen: null, allowOther: false });
    expect(questions[9].showWhen).toEqual({ questionId: 'puas', equals: '1' });
    expect(survey.definition.sections[1]).toMatchObject({ perSpeaker: true, intro: null });
    expect(await auditActions(survey.id)).toEqual(['survey.created']);

    expect(
      (
        await t.api.post(
          '/api/surveys',
          { title: 'Survei saya', audience: 'public', anonymous: true, definition: EVERY_KIND },
          as(cast.dewi),
        )
      ).status,
    ).toBe(403);
    expect((await t.api.get('/api/surveys', as(cast.dewi))).status).toBe(403);
    expect((await t.api.get(`/api/surveys/${survey.id}`, as(cast.dewi))).status).toBe(403);
  });

  it('copies a template: its questions and key, a new title, a draft with a public link of its own', async () => {
    const templateIdSkm = await templateId('survei-kepuasan');
    const template = (await t.api.get<SurveyDetail>(`/api/surveys/${templateIdSkm}`, as(cast.trainer))).body;
    const copy = await create(cast.trainer, {
      title: 'Survei Kepuasan Layanan Keliling',
      audience: 'public',
      fromSurveyId: templateIdSkm,
    });
    expect(copy).toMatchObject({
      templateKey: 'survei-kepuasan',
      isTemplate: false,
      status: 'draft',
      responseCount: 0,
    });
    expect(copy.description).toBe(template.description);
    expect(copy.definition).toEqual(template.definition);
    expect(copy.publicSlug).toMatch(/^[a-z0-9]{10}$/);
    const again = await create(cast.trainer, {
      title: 'Survei Kepuasan Kedua',
      audience: 'public',
      fromSurveyId: copy.id,
    });
    expect(again.publicSlug).not.toBe(copy.publicSlug);
    expect(again.templateKey).toBe('survei-kepuasan');
  });

  it.each([
    [
      'the same question id twice',
      {
        sections: [
          {
            id: 's',
            title: 'S',
            questions: [
              { id: 'q1', kind: 'rating', text: 'A' },
              { id: 'q1', kind: 'rating', text: 'B' },
            ],
          },
        ],
      },
      'Kode yang sama dipakai dua kali',
    ],
    [
      'a condition on a later question',
      {
        sections: [
          {
            id: 's',
            title: 'S',
            questions: [
              { id: 'q1', kind: 'rating', text: 'A', showWhen: { questionId: 'q2', equals: '3' } },
              { id: 'q2', kind: 'rating', text: 'B' },
            ],
          },
        ],
      },
      'Syarat tampil harus merujuk pertanyaan yang muncul lebih dahulu',
    ],
    [
      'a scale with too few labels',
      {
        sections: [
          {
            id: 's',
            title: 'S',
            questions: [{ id: 'q1', kind: 'likert', text: 'A', scale: { points: 5, labels: ['a', 'b', 'c', 'd'] } }],
          },
        ],
      },
      'Jumlah label skala harus sama dengan jumlah poinnya',
    ],
    ['no question at all', { sections: [{ id: 's', title: 'S', questions: [] }] }, 'paling sedikit satu pertanyaan'],
  ])('refuses a definition with %s (400, said plainly)', async (_what, definition, message) => {
    const response = await t.api.post<ApiErrorBody>(
      '/api/surveys',
      { title: 'Survei rusak', audience: 'signed-in', anonymous: true, definition },
      as(cast.trainer),
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(message);
    expect((await t.db.query(`SELECT 1 FROM surveys WHERE title = 'Survei rusak'`)).length).toBe(0);
  });

  it('keeps a public survey anonymous: nobody signs in to be named (400 on create, 422 on change)', async () => {
    const named = await t.api.post<ApiErrorBody>(
      '/api/surveys',
      { title: 'Survei publik bernama', audience: 'public', anonymous: false, definition: EVERY_KIND },
      as(cast.trainer),
    );
    expect(named.status).toBe(400);
    expect(JSON.stringify(named.body)).toContain('Survei publik selalu anonim');
    const created = await t.api.post<SurveyDetail>(
      '/api/surveys',
      { title: 'Survei publik anonim', audience: 'public', anonymous: true, definition: EVERY_KIND },
      as(cast.trainer),
    );
    const change = await t.api.patch<ApiErrorBody>(
      `/api/surveys/${created.body.id}`,
      { anonymous: false },
      as(cast.trainer),
    );
    expect(change.status).toBe(422);
    expect(change.body.code).toBe('validation.surveyPublicNamed');
  });

  it("a trainer sees only their own surveys and the templates; another trainer's answers 404", async () => {
    const mine = await create(cast.trainer, {
      title: 'Survei internal Nur',
      audience: 'signed-in',
      definition: EVERY_KIND,
    });
    const path = `/api/surveys/${mine.id}`;
    expect((await t.api.get(path, as(otherTrainer))).status).toBe(404);
    expect((await t.api.patch(path, { title: 'Diambil alih' }, as(otherTrainer))).status).toBe(404);
    expect((await t.api.put(`${path}/status`, { status: 'published' }, as(otherTrainer))).status).toBe(404);
    expect((await t.api.delete(path, as(otherTrainer))).status).toBe(404);
    expect((await t.api.download(`${path}/poster.pdf`, as(otherTrainer))).status).toBe(404);
    const copy = await t.api.post<ApiErrorBody>(
      '/api/surveys',
      { title: 'Salinan curian', audience: 'signed-in', anonymous: true, fromSurveyId: mine.id },
      as(otherTrainer),
    );
    expect(copy.status).toBe(404);
    const theirs = (await t.api.get<Page<SurveySummary>>('/api/surveys?templates=false', as(otherTrainer))).body;
    expect(theirs.items.map((survey) => survey.id)).not.toContain(mine.id);
    // The staff read and manage every survey.
    const byCoordinator = await t.api.get<SurveyDetail>(path, as(cast.coordinator));
    expect(byCoordinator.body.may).toEqual({ manage: true, readResults: true });
    const found = await t.api.get<Page<SurveySummary>>('/api/surveys?q=internal%20nur', as(cast.coordinator));
    expect(found.body.items.map((survey) => survey.id)).toEqual([mine.id]);
  });

  it('once answered, a survey takes only wording changes, and keeps its anonymity', async () => {
    const survey = await create(cast.trainer, {
      title: 'Evaluasi Angkatan 3',
      audience: 'signed-in',
      definition: EVERY_KIND,
    });
    const path = `/api/surveys/${survey.id}`;
    // Unanswered: anything may change.
    const reshaped = structuredClone(EVERY_KIND);
    reshaped.sections[0].questions.pop();
    expect((await t.api.patch(path, { definition: reshaped, anonymous: false }, as(cast.trainer))).status).toBe(200);
    await t.api.patch(path, { definition: EVERY_KIND, anonymous: true }, as(cast.trainer));
    await t.api.put(`${path}/status`, { status: 'published' }, as(cast.trainer));
    await answerOnce(survey.id);

    const reworded = structuredClone(EVERY_KIND);
    reworded.sections[0].title = 'Penilaian Anda';
    reworded.sections[0].questions[0].text = 'Materi pelatihan mudah dipahami';
    reworded.sections[0].questions[2]['options'] = [
      { id: 'daring', label: 'Dalam jaringan' },
      { id: 'luring', label: 'Luar jaringan' },
    ];
    const fixed = await t.api.patch<SurveyDetail>(path, { definition: reworded }, as(cast.trainer));
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ wordingOnly: true, responseCount: 1 });
    expect(fixed.body.definition.sections[0].questions[0].text).toBe('Materi pelatihan mudah dipahami');

    const rekinded = structuredClone(reworded);
    Object.assign(rekinded.sections[0].questions[1], { kind: 'likert', scale: SATISFACTION_5 });
    const changed = await t.api.patch<ApiErrorBody>(path, { definition: rekinded }, as(cast.trainer));
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('survey.wordingOnly');
    expect(changed.body.message).toContain('Pertanyaan “Nilai pelatihan ini (1-10)” sudah dijawab');

    const added = structuredClone(reworded);
    added.sections[0].questions.push({ id: 'telepon', kind: 'short-text', text: 'Nomor telepon Anda' });
    const refused = await t.api.patch<ApiErrorBody>(path, { definition: added }, as(cast.trainer));
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('“Nomor telepon Anda”');

    const named = await t.api.patch<ApiErrorBody>(path, { anonymous: false }, as(cast.trainer));
    expect(named.status).toBe(409);
    expect(named.body.code).toBe('survey.anonymousFixed');
    // Nothing of the refused changes was kept.
    const after = (await t.api.get<SurveyDetail>(path, as(cast.trainer))).body;
    expect(after.anonymous).toBe(true);
    expect(after.definition).toEqual(fixed.body.definition);

    // A closed survey may still get wording fixes.
    await t.api.put(`${path}/status`, { status: 'closed' }, as(cast.trainer));
    reworded.sections[0].questions[0].text = 'Materinya mudah dipahami';
    expect((await t.api.patch(path, { definition: reworded }, as(cast.trainer))).status).toBe(200);
  });

  it('status: draft -> published -> closed -> published; back to draft only while unanswered', async () => {
    const survey = await create(cast.coordinator, {
      title: 'Survei Minat Baca',
      audience: 'signed-in',
      definition: EVERY_KIND,
    });
    const status = (to: string) =>
      t.api.put<SurveyDetail & ApiErrorBody>(`/api/surveys/${survey.id}/status`, { status: to }, as(cast.coordinator));
    const closeDraft = await status('closed');
    expect(closeDraft.status).toBe(409);
    expect(closeDraft.body.message).toContain('Terbitkan dulu');
    expect((await status('published')).body.status).toBe('published');
    expect((await status('draft')).body.status).toBe('draft');
    expect((await status('published')).body.status).toBe('published');
    expect((await status('closed')).body.status).toBe('closed');
    expect((await status('draft')).status).toBe(409);
    expect((await status('published')).body.status).toBe('published');
    await answerOnce(survey.id);
    const unpublish = await status('draft');
    expect(unpublish.status).toBe(409);
    expect(unpublish.body.code).toBe('survey.answeredToDraft');
    expect((await status('published')).status).toBe(200);
    expect(await auditActions(survey.id)).toEqual(['survey.created', ...Array(5).fill('survey.status.changed')]);
  });

  it('deletes only a survey nobody answered and no course uses', async () => {
    const answered = await create(cast.trainer, {
      title: 'Survei Terjawab',
      audience: 'signed-in',
      definition: EVERY_KIND,
    });
    await answerOnce(answered.id);
    const withAnswers = await t.api.delete<ApiErrorBody>(`/api/surveys/${answered.id}`, as(cast.trainer));
    expect(withAnswers.status).toBe(409);
    expect(withAnswers.body.message).toContain('sudah memiliki 1 jawaban');

    const used = await create(cast.coordinator, {
      title: 'Evaluasi RDA',
      audience: 'signed-in',
      definition: EVERY_KIND,
    });
    const course = await t.api.post<{ id: string }>(
      '/api/courses',
      { title: 'Katalogisasi dengan RDA', category: 'pengolahan', jp: 4 },
      as(cast.coordinator),
    );
    await t.db.query(`INSERT INTO survey_course_evaluations (course_id, survey_id) VALUES ($1, $2)`, [
      course.body.id,
      used.id,
    ]);
    const detail = (await t.api.get<SurveyDetail>(`/api/surveys/${used.id}`, as(cast.coordinator))).body;
    expect(detail.courses).toEqual([{ id: course.body.id, title: 'Katalogisasi dengan RDA' }]);
    const inUse = await t.api.delete<ApiErrorBody>(`/api/surveys/${used.id}`, as(cast.coordinator));
    expect(inUse.status).toBe(409);
    expect(inUse.body.message).toContain('evaluasi “Katalogisasi dengan RDA”');

    const spare = await create(cast.trainer, { title: 'Survei Coba', audience: 'public', definition: EVERY_KIND });
    expect((await t.api.delete(`/api/surveys/${spare.id}`, as(cast.trainer))).status).toBe(204);
    expect((await t.api.get(`/api/surveys/${spare.id}`, as(cast.trainer))).status).toBe(404);
    expect(await auditActions(spare.id)).toEqual(['survey.created', 'survey.deleted']);
  });

  it('prints an A4 poster with the QR code for public surveys only', async () => {
    // As long as a title may be: the poster still fits on one page.
    const title = `Survei Kepuasan Pojok Baca ${'Kelurahan Sukamaju '.repeat(7)}`.trim();
    const survey = await create(cast.trainer, {
      title,
      audience: 'public',
      closesAt: '2026-12-31T16:00:00+07:00',
      fromSurveyId: await templateId('survei-kepuasan'),
    });
    const pdf = await t.api.download(`/api/surveys/${survey.id}/poster.pdf`, as(cast.trainer));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The title is the document's title (pdfkit draws the text itself as glyph ids).
    expect(pdf.bytes.toString('latin1')).toContain(`(${title})`);
    expect(pdf.bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdf.bytes.toString('latin1')).toMatch(/\/Type \/Pages\s*\/Count 1\b/);

    const internal = await create(cast.trainer, {
      title: 'Survei Internal',
      audience: 'signed-in',
      definition: EVERY_KIND,
    });
    expect((await t.api.download(`/api/surveys/${internal.id}/poster.pdf`, as(cast.trainer))).status).toBe(404);
    const template = await templateId('survei-kepuasan');
    expect((await t.api.download(`/api/surveys/${template}/poster.pdf`, as(cast.trainer))).status).toBe(404);
  });
});
