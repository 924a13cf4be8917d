import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { CourseReaction } from '@bina-pustaka/shared-contracts';
import { everyKindDefinition } from '../testing/survey-definitions';
import {
  insertContexts,
  insertResponses,
  insertSurvey,
  manyResponses,
  type SeedContexts,
} from '../testing/survey-seed';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';

/**
 * A course's reaction beside its learning gain: scores per cohort against a hand-worked
 * example, an anonymous survey's small groups hidden, and who may read it.
 */
describe("a course's reaction (its evaluation survey) per cohort", () => {
  let t: TestApp;
  let cast: SurveyCast;
  let otherTrainer: SignedInUser;
  let course: SeedContexts;
  let secondCohort: string;

  const reaction = (courseId: string, who: SignedInUser) =>
    t.api.get<CourseReaction>(`/api/courses/${courseId}/reaction`, as(who));
  const attach = (courseId: string, surveyId: string) =>
    t.db.query(`INSERT INTO survey_course_evaluations (course_id, survey_id) VALUES ($1, $2)`, [courseId, surveyId]);
  const addCohort = async (courseId: string, name: string): Promise<string> => {
    const [{ id }] = await t.db.query(
      `INSERT INTO cohorts (course_id, name, enrol_opens_at, enrol_closes_at, starts_at, ends_at)
       VALUES ($1, $2, now() - interval '30 days', now() + interval '30 days', now(), now() + interval '60 days')
       RETURNING id`,
      [courseId, name],
    );
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp(SURVEY_TEST_APP);
    cast = await signInCast(t);
    otherTrainer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rina Marlina', roles: ['trainer'] }));
    course = await insertContexts(t.db, cast.trainer.id);
    secondCohort = await addCohort(course.courseId, 'Angkatan 2 Tahun 2026');
  });
  afterAll(() => t.close());

  it('scores each response as the mean of its Likert and matrix answers on 0..100, and each group as the mean of those', async () => {
    // Scored: puas (Likert, 5 points), aspek (matrix, 4 points), penguasaan (per speaker, 4 points);
    // not the ratings (nilai, skor) nor the other kinds.
    const survey = await insertSurvey(t.db, { definition: everyKindDefinition(), createdBy: cast.trainer.id });
    await attach(course.courseId, survey);
    const { courseId, cohortId } = course;
    await insertResponses(t.db, survey, [
      // (100 + 100 + 75 + 100) / 4 = 93.75
      {
        userId: cast.dewi.id,
        courseId,
        cohortId,
        answers: { puas: 5, nilai: 2, aspek: { rows: { jelas: 4, waktu: 3 } }, kesan: 'Bagus' },
        speakers: { [cast.trainer.id]: { penguasaan: 4, skor: 1 } },
      },
      // (60 + 50 + 50) / 3 = 53.33...
      { userId: cast.budi.id, courseId, cohortId, answers: { puas: 3, aspek: { rows: { jelas: 2, waktu: 2 } } } },
      // (80 + 75 + 100 + 50) / 4 = 76.25
      {
        courseId,
        cohortId: secondCohort,
        answers: { puas: 4, aspek: { rows: { jelas: 3, waktu: 4 } } },
        speakers: { [cast.trainer.id]: { penguasaan: 2 } },
      },
      // Answered, but nothing scored: counts as a respondent, adds no score.
      { courseId, cohortId: secondCohort, answers: { nilai: 10, kesan: 'Lumayan' } },
      // Filed under no cohort: 100.
      { courseId, cohortId: null, answers: { puas: 5 } },
      // The same survey for another course: not this course's reaction.
      { courseId: null, answers: { puas: 1, aspek: { rows: { jelas: 1, waktu: 1 } } } },
    ]);

    const answer = await reaction(course.courseId, cast.trainer);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      courseId: course.courseId,
      surveyId: survey,
      surveyTitle: 'Evaluasi Penyelenggaraan Pelatihan',
      cohorts: [
        // (93.75 + 53.33) / 2 = 73.54
        { cohortId, cohortName: 'Angkatan 1 Tahun 2026', respondents: 2, reactionScore: 73.5, hidden: false },
        {
          cohortId: secondCohort,
          cohortName: 'Angkatan 2 Tahun 2026',
          respondents: 2,
          reactionScore: 76.3,
          hidden: false,
        },
        { cohortId: null, cohortName: '', respondents: 1, reactionScore: 100, hidden: false },
      ],
      // (93.75 + 53.33 + 76.25 + 100) / 4 = 80.83
      overall: { cohortId: null, cohortName: '', respondents: 5, reactionScore: 80.8, hidden: false },
    });
    // A named survey shows a group of one; the coordinators read it too.
    expect((await reaction(course.courseId, cast.coordinator)).body.cohorts).toHaveLength(3);
  });

  it('hides the score of an anonymous survey’s group of fewer than five, and the group that would give it away', async () => {
    const other = await insertContexts(t.db, cast.trainer.id, 'Pelestarian Naskah Kuno');
    const small = await addCohort(other.courseId, 'Angkatan 2 Tahun 2026');
    const survey = await insertSurvey(t.db, { definition: everyKindDefinition(), anonymous: true });
    await attach(other.courseId, survey);
    await insertResponses(t.db, survey, [
      ...manyResponses(5, () => ({ courseId: other.courseId, cohortId: other.cohortId, answers: { puas: 4 } })),
      ...manyResponses(2, () => ({ courseId: other.courseId, cohortId: small, answers: { puas: 2 } })),
    ]);

    // The whole course (7) shows; the first cohort (5) would, beside it, give the second's two away.
    const { body } = await reaction(other.courseId, cast.coordinator);
    expect(body.cohorts).toEqual([
      {
        cohortId: other.cohortId,
        cohortName: 'Angkatan 1 Tahun 2026',
        respondents: 5,
        reactionScore: null,
        hidden: true,
      },
      { cohortId: small, cohortName: 'Angkatan 2 Tahun 2026', respondents: 2, reactionScore: null, hidden: true },
    ]);
    // (5 x 80 + 2 x 40) / 7 = 68.57
    expect(body.overall).toEqual({
      cohortId: null,
      cohortName: '',
      respondents: 7,
      reactionScore: 68.6,
      hidden: false,
    });

    await insertResponses(
      t.db,
      survey,
      manyResponses(3, () => ({ courseId: other.courseId, cohortId: small, answers: { puas: 2 } })),
    );
    const both = (await reaction(other.courseId, cast.coordinator)).body.cohorts;
    expect(both.map((cohort) => [cohort.respondents, cohort.reactionScore, cohort.hidden])).toEqual([
      [5, 80, false],
      [5, 40, false],
    ]);
  });

  it('answers a course without an evaluation survey with no survey and no cohorts', async () => {
    const bare = await insertContexts(t.db, cast.trainer.id, 'Literasi Informasi');
    const { status, body } = await reaction(bare.courseId, cast.trainer);
    expect(status).toBe(200);
    expect(body).toEqual({
      courseId: bare.courseId,
      surveyId: null,
      surveyTitle: null,
      cohorts: [],
      overall: { cohortId: null, cohortName: '', respondents: 0, reactionScore: null, hidden: false },
    });
  });

  it('is refused to a learner and to a trainer who does not run the course', async () => {
    expect((await reaction(course.courseId, cast.dewi)).status).toBe(403);
    expect((await reaction(course.courseId, otherTrainer)).status).toBe(403);
    expect((await reaction('00000000-0000-4000-8000-000000000000', cast.coordinator)).status).toBe(404);
  });
});
