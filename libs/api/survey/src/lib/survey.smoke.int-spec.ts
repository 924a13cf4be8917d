import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { SURVEY_TEST_APP } from '../testing/survey-test-bed';

describe('survey module', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(SURVEY_TEST_APP);
  });
  afterAll(() => t.close());

  it('migrates its tables', async () => {
    const tables = await t.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'survey%' ORDER BY 1`,
    );
    expect(tables.map((row: { table_name: string }) => row.table_name)).toEqual([
      'survey_answers',
      'survey_course_evaluations',
      'survey_public_respondents',
      'survey_reminders',
      'survey_respondents',
      'survey_responses',
      'survey_webinar_evaluations',
      'surveys',
    ]);
  });
});
