import { bAnd, EVERYONE, STAFF, type ObjectCase } from './object-case';

const survey = { object: (w: { b: { surveyId: string } }) => w.b.surveyId };
/** A survey is read and managed by the trainer who made it (trainerB) and the staff. */
const BUILDERS = bAnd('trainerB');

export const SURVEY_CASES: ObjectCase[] = [
  // B's survey is for everyone signed in (audience 'signed-in'): anyone may open and answer it.
  { route: 'GET /api/surveys/:surveyId/form', ...survey, allowed: EVERYONE },
  { route: 'POST /api/surveys/:surveyId/responses', ...survey, body: () => ({ answers: [] }), allowed: EVERYONE },
  { route: 'GET /api/public/surveys/:slug', object: (w) => w.b.publicSlug, allowed: EVERYONE },
  {
    route: 'POST /api/public/surveys/:slug/responses',
    object: (w) => w.b.publicSlug,
    body: () => ({ answers: [], browserId: crypto.randomUUID() }),
    allowed: EVERYONE,
  },
  { route: 'GET /api/surveys/:surveyId', ...survey, allowed: BUILDERS },
  {
    route: 'PATCH /api/surveys/:surveyId',
    ...survey,
    body: () => ({ description: 'Evaluasi pelatihan.' }),
    allowed: BUILDERS,
  },
  { route: 'PUT /api/surveys/:surveyId/status', ...survey, body: () => ({ status: 'published' }), allowed: BUILDERS },
  { route: 'DELETE /api/surveys/:surveyId', ...survey, allowed: BUILDERS, destructive: true },
  // Only a public survey has a poster: B's public one.
  { route: 'GET /api/surveys/:surveyId/poster.pdf', object: (w) => w.b.publicSurveyId, allowed: BUILDERS },
  { route: 'GET /api/surveys/:surveyId/results', ...survey, allowed: BUILDERS },
  { route: 'GET /api/surveys/:surveyId/ikm', ...survey, allowed: BUILDERS },
  { route: 'GET /api/surveys/:surveyId/export.csv', ...survey, allowed: BUILDERS },
  { route: 'GET /api/surveys/:surveyId/export.xlsx', ...survey, allowed: BUILDERS },
  // A speaker's roll-up of evaluations: the speaker (trainerB) and the staff.
  { route: 'GET /api/survey-speakers/:userId/evaluation', object: (w) => w.people.trainerB.id, allowed: BUILDERS },
  // A course's evaluation: its learners read their step, its editors set it.
  { route: 'GET /api/courses/:id/evaluation', object: (w) => w.b.course.id, allowed: bAnd('learnerB', 'trainerB') },
  // The reaction beside the learning gain: those who may read that gain (the course's trainer and the staff).
  { route: 'GET /api/courses/:id/reaction', object: (w) => w.b.course.id, allowed: bAnd('trainerB') },
  {
    route: 'PUT /api/courses/:id/evaluation',
    object: (w) => w.b.course.id,
    body: (w) => ({ surveyId: w.b.surveyId }),
    allowed: BUILDERS,
  },
  { route: 'DELETE /api/courses/:id/evaluation', object: (w) => w.b.course.id, allowed: BUILDERS, destructive: true },
  // A's own course with trainerB's survey as its evaluation: a trainer uses the surveys they made.
  {
    route: 'PUT /api/courses/:id/evaluation',
    via: "A's course, with B's survey",
    object: (w) => w.a.courseId,
    body: (w) => ({ surveyId: w.b.surveyId }),
    allowed: STAFF,
    destructive: true,
  },
];
