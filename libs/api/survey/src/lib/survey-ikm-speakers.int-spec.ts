import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import {
  IKM_ELEMENTS,
  type ApiErrorBody,
  type IkmPeriodResult,
  type IkmReport,
  type SpeakerEvaluation,
} from '@bina-pustaka/shared-contracts';
import { everyKindDefinition, ikmDefinition } from '../testing/survey-definitions';
import {
  insertContexts,
  insertResponses,
  insertSurvey,
  manyResponses,
  type SeedContexts,
} from '../testing/survey-seed';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';

/** The hand-worked example of results/ikm.spec.ts: ten respondents' answers to U1..U9 (IKM 82.78, B). */
const OCTOBER = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [4, 3, 3, 3, 2, 4, 4, 3, 4],
  [3, 4, 2, 3, 3, 3, 3, 3, 3],
  [4, 4, 3, 4, 3, 4, 4, 4, 4],
  [3, 3, 3, 3, 2, 3, 3, 3, 3],
  [4, 3, 4, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 3, 3, 3, 3, 2, 3],
  [4, 4, 3, 4, 2, 4, 4, 3, 4],
  [3, 3, 3, 3, 3, 3, 4, 3, 3],
];

const elementAnswers = (points: number[]) =>
  Object.fromEntries(IKM_ELEMENTS.map((element, index) => [`q-${element.toLowerCase()}`, points[index]]));

describe('the IKM and the speakers’ roll-up', () => {
  let t: TestApp;
  let cast: SurveyCast;
  let agus: SignedInUser;
  let context: SeedContexts;
  let ikmSurvey: string;

  const ikm = (query = '') => t.api.get<IkmReport>(`/api/surveys/${ikmSurvey}/ikm${query}`, as(cast.coordinator));
  const means = (period: IkmPeriodResult) => period.elements.map((element) => element.mean);
  const evaluation = (speakerId: string, who: SignedInUser) =>
    t.api.get<SpeakerEvaluation>(`/api/survey-speakers/${speakerId}/evaluation`, as(who));

  beforeAll(async () => {
    t = await startTestApp(SURVEY_TEST_APP);
    cast = await signInCast(t);
    agus = await signIn(t.api, await createTestUser(t.db, { fullName: 'Agus Salim', roles: ['trainer'] }));
    context = await insertContexts(t.db, cast.trainer.id);
    // Public and anonymous, as the front desk's satisfaction survey is.
    ikmSurvey = await insertSurvey(t.db, {
      title: 'Survei Kepuasan Masyarakat',
      anonymous: true,
      audience: 'public',
      templateKey: 'survei-kepuasan',
      definition: ikmDefinition(),
      createdBy: cast.coordinator.id,
    });
    await insertResponses(t.db, ikmSurvey, [
      ...OCTOBER.map((points, i) => ({
        on: `2026-10-${String(i + 1).padStart(2, '0')}`,
        answers: elementAnswers(points),
      })),
      ...manyResponses(3, () => ({ on: '2026-11-15', answers: elementAnswers(Array(9).fill(4)) })),
    ]);
  });
  afterAll(() => t.close());

  it('holds back a November too small to show, and October with it, so neither can be worked out from the whole', async () => {
    const { status, body } = await ikm('?by=month');
    expect(status).toBe(200);
    expect(body.periods.map((period) => period.period)).toEqual(['2026-10', '2026-11']);
    // Anonymous: three respondents in November show their count, not their figures; October
    // alone beside the whole would give November's three away, so it is held back as well.
    for (const [month, count] of [
      [0, 10],
      [1, 3],
    ]) {
      expect(body.periods[month]).toMatchObject({ responseCount: count, weightedMean: null, ikm: null, grade: null });
      expect(means(body.periods[month])).toEqual(Array(9).fill(null));
    }
    // Overall, 13 respondents: each element (total + 12) / 13, weighted 406 / 13 / 9 = 3.470, IKM 86.75.
    expect(body.overall).toMatchObject({
      period: '2026-10/2026-11',
      responseCount: 13,
      weightedMean: 3.47,
      ikm: 86.75,
      grade: 'B',
    });
    // By year, or by a period while November is small: the whole year shows, October alone does not.
    const byYear = await ikm('?by=year');
    expect(byYear.body.periods).toEqual([expect.objectContaining({ period: '2026', responseCount: 13, ikm: 86.75 })]);
    expect((await ikm('?from=2026-10-01&to=2026-10-31')).body.overall).toMatchObject({ responseCount: 10, ikm: null });
  });

  it('computes the hand-worked October once November has five respondents too', async () => {
    await insertResponses(
      t.db,
      ikmSurvey,
      manyResponses(2, () => ({ on: '2026-11-20', answers: elementAnswers(Array(9).fill(4)) })),
    );
    const { body } = await ikm('?by=month');
    const [october, november] = body.periods;
    expect(october).toMatchObject({ responseCount: 10, weightedMean: 3.311, ikm: 82.78, grade: 'B' });
    expect(means(october)).toEqual([3.5, 3.4, 3, 3.5, 2.7, 3.5, 3.7, 3, 3.5]);
    expect(october.elements[0]).toEqual({
      element: 'U1',
      questionText: 'Penilaian Anda tentang unsur U1',
      answered: 10,
      mean: 3.5,
    });
    expect(november).toMatchObject({ responseCount: 5, ikm: 100, grade: 'A' });
    // Overall, 15: (298 + 180) / 15 / 9 = 3.541, IKM 88.52, A.
    expect(body.overall).toMatchObject({ responseCount: 15, weightedMean: 3.541, ikm: 88.52, grade: 'A' });
    const inOctober = await ikm('?from=2026-10-01&to=2026-10-31');
    expect(inOctober.body.periods.map((period) => period.period)).toEqual(['2026-10']);
    expect(inOctober.body.overall).toMatchObject({ responseCount: 10, ikm: 82.78, grade: 'B' });
  });

  it('answers 422 for a survey that measures no service element, 400 for a bad period', async () => {
    const plain = await insertSurvey(t.db, { definition: everyKindDefinition(), createdBy: cast.coordinator.id });
    const refused = await t.api.get<ApiErrorBody>(`/api/surveys/${plain}/ikm`, as(cast.coordinator));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('survey.noIkmElements');
    expect((await ikm('?by=week')).status).toBe(400);
  });

  it("rolls a speaker's evaluations up over the surveys and sessions that asked about them", async () => {
    const course = await insertSurvey(t.db, { definition: everyKindDefinition(), createdBy: cast.coordinator.id });
    await insertResponses(t.db, course, [
      {
        userId: cast.dewi.id,
        courseId: context.courseId,
        speakers: { [cast.trainer.id]: { penguasaan: 4, skor: 10, pesan: 'Runtut' }, [agus.id]: { penguasaan: 1 } },
      },
      { userId: cast.budi.id, courseId: context.courseId, speakers: { [cast.trainer.id]: { penguasaan: 3, skor: 8 } } },
    ]);
    const { status, body } = await evaluation(cast.trainer.id, cast.coordinator);
    expect(status).toBe(200);
    // Score: 4-point answers 4 and 3 -> 100% and 66.7%; ratings 10 and 8 -> 100% and 77.8%; mean 86.1.
    expect(body).toEqual({
      speaker: { id: cast.trainer.id, fullName: 'Nur Aini' },
      sessions: 1,
      responses: 2,
      score: 86.1,
      questions: [
        { questionId: 'penguasaan', text: 'Penguasaan materi', mean: 3.5, answered: 2 },
        { questionId: 'skor', text: 'Nilai narasumber (1-10)', mean: 9, answered: 2 },
        { questionId: 'pesan', text: 'Pesan untuk narasumber', mean: null, answered: 1 },
      ],
    });

    // A later survey of the same template, anonymous, in a webinar session: two responses.
    const definition = everyKindDefinition();
    definition.sections[1].questions[0].text = 'Penguasaan materi oleh narasumber';
    const webinar = await insertSurvey(t.db, { anonymous: true, definition, createdBy: cast.coordinator.id });
    await t.db.query(`UPDATE surveys SET created_at = now() + interval '1 day' WHERE id = $1`, [webinar]);
    await insertResponses(
      t.db,
      webinar,
      manyResponses(2, () => ({
        webinarSessionId: context.webinarSessionId,
        speakers: { [cast.trainer.id]: { penguasaan: 2 } },
      })),
    );
    const pooled = await evaluation(cast.trainer.id, cast.coordinator);
    // Fewer than five anonymous responses: counts only, no figure (even pooled with the named ones).
    expect(pooled.body).toMatchObject({ sessions: 2, responses: 4, score: null });
    expect(pooled.body.questions[0]).toEqual({
      questionId: 'penguasaan',
      text: 'Penguasaan materi oleh narasumber',
      mean: null,
      answered: 4,
    });

    await insertResponses(
      t.db,
      webinar,
      manyResponses(3, () => ({
        webinarSessionId: context.webinarSessionId,
        speakers: { [cast.trainer.id]: { penguasaan: 2 } },
      })),
    );
    const shown = await evaluation(cast.trainer.id, cast.coordinator);
    // penguasaan: 4, 3 and five 2s -> 17 / 7 = 2.43.
    expect(shown.body).toMatchObject({ responses: 7 });
    expect(shown.body.questions[0]).toMatchObject({ mean: 2.43, answered: 7 });
    expect(shown.body.score).not.toBeNull();
  });

  it('shows a trainer only their own evaluation; a learner 403, someone unknown 404', async () => {
    expect((await evaluation(cast.trainer.id, cast.trainer)).status).toBe(200);
    expect((await evaluation(agus.id, cast.trainer)).status).toBe(404);
    expect((await evaluation(agus.id, cast.coordinator)).body).toMatchObject({ responses: 1, score: 0 });
    expect((await evaluation(cast.trainer.id, cast.dewi)).status).toBe(403);
    // Someone never evaluated: nothing to count, no figure.
    expect((await evaluation(cast.coordinator.id, cast.coordinator)).body).toMatchObject({
      sessions: 0,
      responses: 0,
      score: null,
      questions: [],
    });
    expect((await evaluation('00000000-0000-4000-8000-000000000000', cast.coordinator)).status).toBe(404);
  });
});
