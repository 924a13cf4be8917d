import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { signedInGuard } from '@bina-pustaka/web-data-access';

/**
 * Answering: a signed-in person's survey (an evaluation, or a manager's preview) and the
 * public survey from its link, which needs no sign-in. Whether a person may answer is the
 * api's decision (a survey they may not see answers 404).
 */
export const answerRoutes: Routes = [
  {
    path: APP_PATHS.answerSurvey,
    title: 'titles.answerSurvey',
    canActivate: [signedInGuard],
    loadComponent: () => import('./answer-survey.page').then((m) => m.AnswerSurveyPage),
  },
  {
    path: APP_PATHS.publicSurvey,
    title: 'titles.answerSurvey',
    loadComponent: () => import('./public-survey.page').then((m) => m.PublicSurveyPage),
  },
];
