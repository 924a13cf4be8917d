import type { World } from '../world';
import { bAnd, type ObjectCase } from './object-case';

const course = { object: (w: World) => w.b.course.id };
const quiz = { object: (w: World) => w.b.quizId };
/** Question banks, quizzes, grading and results: the course's trainer (trainerB) and the staff. */
const AUTHORING = bAnd('trainerB');

export const ASSESSMENT_CASES: ObjectCase[] = [
  { route: 'GET /api/courses/:id/question-categories', ...course, allowed: AUTHORING },
  {
    route: 'POST /api/courses/:id/question-categories',
    ...course,
    body: () => ({ name: 'Lanjutan' }),
    allowed: AUTHORING,
  },
  { route: 'GET /api/courses/:id/questions', ...course, allowed: AUTHORING },
  {
    route: 'POST /api/courses/:id/questions',
    ...course,
    body: () => ({ prompt: 'DDC membagi ilmu menjadi 10 kelas utama.', body: { type: 'true-false', answer: true } }),
    allowed: AUTHORING,
  },
  { route: 'GET /api/courses/:id/questions/export', ...course, allowed: AUTHORING },
  {
    route: 'POST /api/courses/:id/questions/import',
    ...course,
    body: () => ({ format: 'bina-pustaka.question-bank', version: 1, categories: [], questions: [] }),
    allowed: AUTHORING,
  },
  { route: 'GET /api/questions/:id', object: (w) => w.b.questionId, allowed: AUTHORING },
  {
    route: 'PATCH /api/questions/:id',
    object: (w) => w.b.questionId,
    body: () => ({ prompt: 'Standar katalogisasi yang menggantikan AACR2 adalah…' }),
    allowed: AUTHORING,
  },
  { route: 'DELETE /api/questions/:id', object: (w) => w.b.questionId, allowed: AUTHORING, destructive: true },
  { route: 'GET /api/courses/:id/quizzes', ...course, allowed: AUTHORING },
  { route: 'GET /api/courses/:id/learning-gain', ...course, allowed: AUTHORING },
  { route: 'GET /api/quizzes/:id', ...quiz, allowed: AUTHORING },
  { route: 'PATCH /api/quizzes/:id', ...quiz, body: () => ({ title: 'Kuis Katalogisasi' }), allowed: AUTHORING },
  { route: 'DELETE /api/quizzes/:id', ...quiz, allowed: AUTHORING, destructive: true },
  { route: 'GET /api/quizzes/:id/overrides', ...quiz, allowed: AUTHORING },
  {
    route: 'PUT /api/quizzes/:id/overrides/:userId',
    object: (w) => [w.b.quizId, w.people.learnerB.id],
    body: () => ({ extraMinutes: 10 }),
    allowed: AUTHORING,
  },
  {
    route: 'DELETE /api/quizzes/:id/overrides/:userId',
    object: (w) => [w.b.quizId, w.people.learnerB.id],
    allowed: AUTHORING,
  },
  { route: 'GET /api/quizzes/:id/attempts', ...quiz, allowed: AUTHORING },
  { route: 'GET /api/quizzes/:id/essays', ...quiz, allowed: AUTHORING },
  // Grading an essay of an attempt still open: past the access rules it is a 409, never a grade.
  {
    route: 'PUT /api/quiz-attempts/:id/answers/:questionId/grade',
    object: (w) => [w.b.attemptId, w.b.essayId],
    body: () => ({ points: 3, comment: 'Cukup lengkap.' }),
    allowed: AUTHORING,
  },
  { route: 'GET /api/quizzes/:id/results', ...quiz, allowed: AUTHORING },
  { route: 'GET /api/quizzes/:id/results.csv', ...quiz, allowed: AUTHORING },
  // Taking quizzes: the enrolled learner (learnerB); an attempt is its learner's alone.
  { route: 'GET /api/learn/courses/:courseId/quizzes', ...course, allowed: ['learnerB'] },
  { route: 'GET /api/learn/quizzes/:quizId', ...quiz, allowed: ['learnerB'] },
  { route: 'POST /api/learn/quizzes/:quizId/attempts', ...quiz, allowed: ['learnerB'] },
  { route: 'GET /api/quiz-attempts/:id', object: (w) => w.b.attemptId, allowed: ['learnerB'] },
  {
    route: 'PUT /api/quiz-attempts/:id/answers/:questionId',
    object: (w) => [w.b.attemptId, w.b.essayId],
    body: () => ({ answer: { type: 'essay', text: 'Katalog daring dapat dicari dari rumah.' }, seq: Date.now() }),
    allowed: ['learnerB'],
  },
  {
    route: 'POST /api/quiz-attempts/:id/submit',
    object: (w) => w.b.attemptId,
    allowed: ['learnerB'],
    destructive: true,
  },
];
