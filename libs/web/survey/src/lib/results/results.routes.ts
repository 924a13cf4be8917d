import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { COURSE_AUTHOR_ROLES, roleGuard, signedInGuard } from '@bina-pustaka/web-data-access';

/**
 * The results of a survey: per question, the IKM, exports. The staff who build surveys
 * (trainers, coordinators, admins) may open the page; whether this survey's results are
 * theirs to read is the api's decision (another trainer's survey answers 404). The same for
 * a speaker's roll-up (a trainer reads their own; another's answers 403).
 */
export const resultsRoutes: Routes = [
  {
    path: APP_PATHS.speakerEvaluation,
    title: 'titles.speakerEvaluation',
    canActivate: [signedInGuard, roleGuard(...COURSE_AUTHOR_ROLES)],
    loadComponent: () => import('./speaker-evaluation.page').then((m) => m.SpeakerEvaluationPage),
  },
  {
    path: APP_PATHS.surveyResults,
    title: 'titles.surveyResults',
    canActivate: [signedInGuard, roleGuard(...COURSE_AUTHOR_ROLES)],
    loadComponent: () => import('./survey-results.page').then((m) => m.SurveyResultsPage),
  },
];
