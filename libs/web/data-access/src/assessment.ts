// Secondary entry point '@bina-pustaka/web-data-access/assessment': the quiz api clients.
// Only lazy pages use them, so they stay out of the main barrel that the initial bundle
// imports (workspace libs are not side-effect free, so a barrel pulls in all it exports).
export * from './lib/assessment/assessment-api.service';
export * from './lib/assessment/answer-queue';
export * from './lib/assessment/quiz-taking-api.service';
export {
  ATTEMPT_STATUSES,
  GRADING_METHODS,
  QUESTION_TYPES,
  QUIZ_ROLES,
  REVIEW_TIMINGS,
} from '@bina-pustaka/shared-contracts';
