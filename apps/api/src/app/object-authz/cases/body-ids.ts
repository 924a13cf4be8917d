import type { World } from '../world';
import { hoursFromNow } from '../world-data';
import { bAnd, type ObjectCase } from './object-case';

/**
 * Routes that make something new and name B's objects in the body, not the path: making a
 * thing in B's cohort, module or forum, or out of B's survey, is B's and the staff's to do.
 * The path has no id to replace (`object` gives none).
 */
const inBody = { object: () => [] };

export const BODY_ID_CASES: ObjectCase[] = [
  {
    route: 'POST /api/webinars',
    via: "B's cohort, in the body",
    ...inBody,
    body: (w: World) => ({
      title: 'Temu Pustakawan: Pelestarian',
      audience: 'cohort',
      cohortId: w.b.cohortId,
      startsAt: hoursFromNow(72),
      durationMinutes: 60,
      jp: 2,
    }),
    allowed: bAnd('trainerB'),
  },
  {
    route: 'POST /api/quizzes',
    via: "B's module, in the body",
    ...inBody,
    body: (w: World) => ({
      moduleId: w.b.moduleId,
      title: 'Kuis Pelestarian',
      selection: { mode: 'fixed', questionIds: [w.b.questionId] },
    }),
    allowed: bAnd('trainerB'),
  },
  {
    route: 'POST /api/surveys',
    via: "a copy of B's survey",
    ...inBody,
    body: (w: World) => ({
      title: 'Salinan evaluasi',
      audience: 'signed-in',
      anonymous: false,
      fromSurveyId: w.b.surveyId,
    }),
    allowed: bAnd('trainerB'),
  },
  {
    route: 'POST /api/materials',
    via: "B's uploaded file, in the body",
    ...inBody,
    body: (w: World) => ({ title: 'Panduan Pelestarian', kind: 'document', fileId: w.b.materialFileId }),
    allowed: bAnd('trainerB'),
    // Someone else's upload is "not usable" to them: a 422 that names the file, not a way in.
    refusedWith: [403, 404, 422],
  },
  // learnerB suspended in course B's forum: its moderators may; the cases after this one do not post there.
  {
    route: 'POST /api/forum-moderation/suspensions',
    via: "B's forum, in the body",
    ...inBody,
    body: (w: World) => ({ userId: w.people.learnerB.id, forumId: w.b.forumId, days: 1, reason: 'Uji akses.' }),
    allowed: bAnd('trainerB'),
  },
];
