import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { Page, SurveySummary } from '@bina-pustaka/shared-contracts';
import { SURVEY_TEST_APP } from '../testing/survey-test-bed';

/** The demo library's surveys (DEMO_SEED): the city library's SKM with its answers, and a course evaluation. */
describe('survey demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...SURVEY_TEST_APP, env: { DEMO_SEED: 'true' } });
  });
  afterAll(() => t.close());

  it('has a public satisfaction survey with 60 anonymous responses over the last three months', async () => {
    const [skm] = await t.db.query(
      `SELECT id, status, audience, anonymous, template_key AS "templateKey", response_count AS "responseCount"
         FROM surveys WHERE public_slug = 'kepuasan-layanan'`,
    );
    expect(skm).toMatchObject({
      status: 'published',
      audience: 'public',
      anonymous: true,
      templateKey: 'survei-kepuasan',
      responseCount: 60,
    });
    const [responses] = await t.db.query(
      `SELECT count(*)::int AS count, count(user_id)::int AS named,
              bool_and(submitted_on BETWEEN current_date - 91 AND current_date + 1) AS recent
         FROM survey_responses WHERE survey_id = $1`,
      [skm.id],
    );
    expect(responses).toEqual({ count: 60, named: 0, recent: true });
    const elements = await t.db.query(
      `SELECT question_id AS "questionId", count(*)::int AS answered, min(number_value)::int AS low, max(number_value)::int AS high
         FROM survey_answers WHERE survey_id = $1 AND question_id LIKE 'u_' GROUP BY 1 ORDER BY 1`,
      [skm.id],
    );
    expect(elements).toHaveLength(9);
    for (const element of elements) {
      expect(element.answered).toBe(60);
      expect(element.low).toBeGreaterThanOrEqual(1);
      expect(element.high).toBeLessThanOrEqual(4);
    }
    const [others] = await t.db.query(
      `SELECT count(*)::int AS count FROM survey_answers WHERE survey_id = $1 AND question_id = 'pekerjaan' AND choices = '{lainnya}' AND text_value IS NOT NULL`,
      [skm.id],
    );
    expect(others.count).toBeGreaterThan(0);
  });

  it('the coordinator finds both copies beside the templates', async () => {
    const login = await t.api.post<{ accessToken: string }>('/api/auth/login', {
      email: 'koordinator@perpustakaan.test',
      password: 'PustakaDemo2026',
    });
    const list = await t.api.get<Page<SurveySummary>>('/api/surveys?templates=false', {
      token: login.body.accessToken,
    });
    expect(list.body.items.map((survey) => [survey.title, survey.status, survey.templateKey]).sort()).toEqual([
      ['Evaluasi Pelatihan Katalogisasi Bahan Pustaka dengan RDA', 'published', 'evaluasi-penyelenggaraan'],
      ['Survei Kepuasan Layanan Perpustakaan Kota', 'published', 'survei-kepuasan'],
    ]);
  });
});
