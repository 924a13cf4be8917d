import { bAnd, EVERYONE, STAFF, type ObjectCase } from './object-case';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * Courses and their outline: the course's trainers (trainerB) and the staff; another trainer
 * may not read or change it. Cohorts and enrolments: the staff run them; the course's trainer
 * reads them. What a learner reads of a course: its catalogue page (everyone), the course
 * itself and its lessons only once enrolled (learnerB).
 */
export const LEARNING_CASES: ObjectCase[] = [
  { route: 'GET /api/courses/:id', object: (w) => w.b.course.id, allowed: bAnd('trainerB') },
  {
    route: 'PATCH /api/courses/:id',
    object: (w) => w.b.course.id,
    body: () => ({ summary: 'Dasar RDA untuk pustakawan' }),
    allowed: bAnd('trainerB'),
  },
  { route: 'POST /api/courses/:id/publish', object: (w) => w.b.course.id, allowed: bAnd('trainerB') },
  {
    route: 'POST /api/courses/:id/archive',
    object: (w) => w.b.course.id,
    allowed: bAnd('trainerB'),
    destructive: true,
  },
  {
    route: 'POST /api/courses/:id/modules',
    object: (w) => w.b.course.id,
    body: () => ({ title: 'Penutup' }),
    allowed: bAnd('trainerB'),
  },
  {
    route: 'PATCH /api/modules/:id',
    object: (w) => w.b.moduleId,
    body: () => ({ title: 'Pengantar' }),
    allowed: bAnd('trainerB'),
  },
  { route: 'DELETE /api/modules/:id', object: (w) => w.b.moduleId, allowed: bAnd('trainerB'), destructive: true },
  {
    route: 'POST /api/modules/:id/lessons',
    object: (w) => w.b.moduleId,
    body: () => ({ kind: 'link', title: 'Situs RDA Toolkit', linkUrl: 'https://www.rdatoolkit.org/' }),
    allowed: bAnd('trainerB'),
  },
  // trainerA's own module with B's uploaded file: a file is attached only by its owner or the staff.
  {
    route: 'POST /api/modules/:id/lessons',
    via: "A's module, with B's file",
    object: (w) => w.a.moduleId,
    body: (w) => ({ kind: 'file', title: 'Panduan PDF', fileId: w.b.fileId }),
    allowed: STAFF,
    refusedWith: [403, 404, 422],
  },
  {
    route: 'PATCH /api/lessons/:id',
    object: (w) => w.b.lessonId,
    body: () => ({ title: 'Apa itu RDA' }),
    allowed: bAnd('trainerB'),
  },
  { route: 'DELETE /api/lessons/:id', object: (w) => w.b.lessonId, allowed: bAnd('trainerB'), destructive: true },
  {
    route: 'PUT /api/courses/:id/outline',
    object: (w) => w.b.course.id,
    body: (w) => ({
      outlineVersion: w.b.course.outlineVersion,
      modules: w.b.course.modules.map((module) => ({
        id: module.id,
        lessonIds: module.lessons.map((lesson) => lesson.id),
      })),
    }),
    allowed: bAnd('trainerB'),
  },
  { route: 'GET /api/courses/:id/progress', object: (w) => w.b.course.id, allowed: bAnd('trainerB') },
  {
    route: 'POST /api/courses/:id/cohorts',
    object: (w) => w.b.course.id,
    body: () => ({
      name: 'Angkatan 2 Tahun 2026',
      enrolOpensAt: inDays(1),
      enrolClosesAt: inDays(7),
      startsAt: inDays(8),
      endsAt: inDays(30),
      capacity: null,
      selfEnrolment: 'closed',
    }),
    allowed: STAFF,
  },
  { route: 'GET /api/cohorts/:id', object: (w) => w.b.cohortId, allowed: bAnd('trainerB') },
  {
    route: 'PATCH /api/cohorts/:id',
    object: (w) => w.b.cohortId,
    body: () => ({ name: 'Angkatan 1 Tahun 2026' }),
    allowed: STAFF,
  },
  { route: 'GET /api/cohorts/:id/enrolments', object: (w) => w.b.cohortId, allowed: bAnd('trainerB') },
  {
    route: 'POST /api/cohorts/:id/enrolments',
    object: (w) => w.b.cohortId,
    body: (w) => ({ userIds: [w.people.learnerB.id] }),
    allowed: STAFF,
  },
  // A CSV upload: the empty body is refused by validation (400) once past the access rules.
  { route: 'POST /api/cohorts/:id/enrolments/import', object: (w) => w.b.cohortId, allowed: STAFF },
  // Anyone signed in may ask to join a cohort open to it; B's is closed to self-enrolment, so nobody
  // gets in by this door (403 enrolments.selfClosed), not even its own learner or the staff.
  { route: 'POST /api/cohorts/:id/self-enrolment', object: (w) => w.b.cohortId, allowed: [] },
  { route: 'POST /api/enrolments/:id/approve', object: (w) => w.b.enrolmentId, allowed: STAFF },
  { route: 'POST /api/enrolments/:id/reject', object: (w) => w.b.enrolmentId, allowed: STAFF, destructive: true },
  { route: 'POST /api/enrolments/:id/withdraw', object: (w) => w.b.enrolmentId, allowed: STAFF, destructive: true },
  {
    route: 'POST /api/enrolments/:id/move',
    object: (w) => w.b.enrolmentId,
    body: (w) => ({ cohortId: w.b.cohortId }),
    allowed: STAFF,
    destructive: true,
  },
  {
    route: 'PATCH /api/enrolments/:id',
    object: (w) => w.b.enrolmentId,
    body: () => ({ endsAt: inDays(60) }),
    allowed: STAFF,
  },
  { route: 'GET /api/catalog/:courseId', object: (w) => w.b.course.id, allowed: EVERYONE },
  { route: 'GET /api/learn/courses/:courseId', object: (w) => w.b.course.id, allowed: ['learnerB'] },
  { route: 'GET /api/learn/lessons/:lessonId', object: (w) => w.b.lessonId, allowed: ['learnerB'] },
  {
    route: 'POST /api/learn/lessons/:lessonId/progress',
    object: (w) => w.b.lessonId,
    body: () => ({ event: 'reached-end' }),
    allowed: ['learnerB'],
  },
  {
    route: 'PATCH /api/materials/:id',
    object: (w) => w.b.materialId,
    body: () => ({ title: 'Pedoman RDA' }),
    allowed: bAnd('trainerB'),
  },
  { route: 'DELETE /api/materials/:id', object: (w) => w.b.materialId, allowed: bAnd('trainerB'), destructive: true },
];
