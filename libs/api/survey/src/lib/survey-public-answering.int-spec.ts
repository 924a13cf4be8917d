import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { ApiErrorBody, SurveyForm } from '@bina-pustaka/shared-contracts';
import { insertSurvey, responseRows } from '../testing/answering-fixtures';
import { GENERAL_ANSWERS } from '../testing/survey-definitions';
import { SURVEY_TEST_APP } from '../testing/survey-test-bed';
import type { SurveyEntity } from './entities/survey.entity';

const PER_HOUR = 3;

describe('answering a public survey without signing in', () => {
  let t: TestApp;
  let lastAddress = 0;

  beforeAll(async () => {
    // Behind one proxy, as in production: each test speaks from its own address.
    t = await startTestApp({
      ...SURVEY_TEST_APP,
      env: { SURVEY_PUBLIC_RESPONSES_PER_HOUR: String(PER_HOUR), TRUST_PROXY: '1' },
    });
  });
  afterAll(() => t.close());

  const newAddress = () => `198.51.100.${++lastAddress}`;
  const publicSurvey = (fields: Partial<SurveyEntity> = {}) =>
    insertSurvey(t.db, { audience: 'public', anonymous: true, ...fields });
  const submit = (survey: SurveyEntity, body: object, address = newAddress()) =>
    t.api.post<ApiErrorBody>(
      `/api/public/surveys/${survey.publicSlug}/responses`,
      { answers: GENERAL_ANSWERS, browserId: randomUUID(), ...body },
      { headers: { 'x-forwarded-for': address } },
    );

  it('shows a published survey by its link and takes an answer with no name and no address', async () => {
    const survey = await publicSurvey();
    const form = await t.api.get<SurveyForm>(`/api/public/surveys/${survey.publicSlug}`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ surveyId: survey.id, audience: 'public', answered: false, closedReason: null });
    expect(form.body.sections.map((section) => section.id)).toEqual(['umum']);

    const browserId = randomUUID();
    const done = await submit(survey, { browserId });
    expect([done.status, done.body]).toEqual([201, { message: 'Terima kasih. Jawaban Anda sudah kami terima.' }]);
    const [response] = await t.db.query(`SELECT * FROM survey_responses WHERE survey_id = $1`, [survey.id]);
    expect(response).toMatchObject({ user_id: null, institution_id: null, course_id: null });
    // Only a hash of the survey and the browser's id is kept, never the id itself.
    const [{ hash }] = await t.db.query(
      `SELECT encode(browser_hash, 'hex') AS hash FROM survey_public_respondents WHERE survey_id = $1`,
      [survey.id],
    );
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(browserId.replace(/-/g, ''));

    const again = await submit(survey, { browserId });
    expect([again.status, again.body.code]).toEqual([409, 'survey.alreadyAnsweredHere']);
    expect(again.body.message).toContain('peramban ini');
    expect(await responseRows(t.db, survey.id)).toMatchObject({ responses: 1, publicRespondents: 1, counted: 1 });
  });

  it('hides drafts and signed-in surveys, and names the question of a wrong answer', async () => {
    const draft = await publicSurvey({ status: 'draft' });
    expect((await t.api.get(`/api/public/surveys/${draft.publicSlug}`)).status).toBe(404);
    expect((await submit(draft, {})).status).toBe(404);
    expect((await t.api.get(`/api/public/surveys/bukan-survei`)).status).toBe(404);
    const closed = await publicSurvey({ status: 'closed' });
    expect((await t.api.get<SurveyForm>(`/api/public/surveys/${closed.publicSlug}`)).body.closedReason).toBe('closed');
    expect((await submit(closed, {})).body.code).toBe('survey.closed');

    const survey = await publicSurvey();
    const wrong = await submit(survey, { answers: [...GENERAL_ANSWERS, { questionId: 'nilai', number: 0 }] });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'survey.answerTwice']);
    const outOfRange = await submit(survey, {
      answers: [...GENERAL_ANSWERS.filter((a) => a.questionId !== 'nilai'), { questionId: 'nilai', number: 0 }],
    });
    expect(outOfRange.body.message).toBe(
      'Jawaban untuk "Nilai pelatihan ini (1-10)" berada di luar pilihan nilai yang tersedia.',
    );
    const inCourse = await submit(survey, { context: { courseId: randomUUID() } });
    expect([inCourse.status, inCourse.body.code]).toEqual([422, 'survey.publicNoContext']);
    expect(await responseRows(t.db, survey.id)).toMatchObject({ responses: 0, answers: 0, publicRespondents: 0 });
  });

  it('refuses a form whose hidden field a script filled in', async () => {
    const survey = await publicSurvey();
    const bot = await submit(survey, { website: 'https://murah.example' });
    expect([bot.status, bot.body.code]).toEqual([422, 'survey.honeypot']);
    expect(await responseRows(t.db, survey.id)).toMatchObject({ responses: 0, publicRespondents: 0, counted: 0 });
  });

  it('takes a few responses per address per hour, then a 429 with Retry-After', async () => {
    const survey = await publicSurvey();
    const address = newAddress();
    for (let i = 0; i < PER_HOUR; i += 1) expect((await submit(survey, {}, address)).status).toBe(201);
    const refused = await submit(survey, {}, address);
    expect([refused.status, refused.body.code]).toEqual([429, 'survey.tooManyResponses']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    // Another survey, or another address, is counted apart.
    expect((await submit(await publicSurvey(), {}, address)).status).toBe(201);
    expect((await submit(survey, {})).status).toBe(201);
  });

  it('stores exactly as many responses as the limit when twenty arrive at once', async () => {
    const survey = await publicSurvey({ responseLimit: 10 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(survey, {})));
    const statuses = answers.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(10);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'survey.limitReached')).toBe(true);
    expect(await responseRows(t.db, survey.id)).toMatchObject({ responses: 10, publicRespondents: 10, counted: 10 });
    const form = await t.api.get<SurveyForm>(`/api/public/surveys/${survey.publicSlug}`);
    expect(form.body.closedReason).toBe('limit-reached');
  });
});
