import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { roleGuard, signedInGuard, translationScopeRoute } from '@bina-pustaka/web-data-access';
import { ASSESSMENT_AUTHOR_ROLES, ASSESSMENT_SCOPE } from './assessment-keys';

/**
 * Every page of the assessment feature, each its own lazy chunk, under one parent that brings
 * the `assessment` translations with each page (a lazy Transloco scope: none of its words are in
 * the main bundle). Titles are keys of the main translations, which the tab title needs
 * before any scope loads.
 */
export const assessmentRoutes: Routes = [
  translationScopeRoute(ASSESSMENT_SCOPE, { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') }, [
    // Before ":quizId", so "percobaan" is never taken for an id.
    {
      path: APP_PATHS.quizAttempt,
      title: 'titles.quizAttempt',
      canActivate: [signedInGuard],
      loadComponent: () => import('./taking/attempt.page').then((m) => m.AttemptPage),
    },
    {
      path: APP_PATHS.quiz,
      title: 'titles.quiz',
      canActivate: [signedInGuard],
      loadComponent: () => import('./taking/quiz.page').then((m) => m.QuizPage),
    },
    {
      path: APP_PATHS.questionBank,
      title: 'titles.questionBank',
      canActivate: [signedInGuard, roleGuard(...ASSESSMENT_AUTHOR_ROLES)],
      loadComponent: () => import('./authoring/question-bank.page').then((m) => m.QuestionBankPage),
    },
    {
      path: APP_PATHS.manageQuizzes,
      title: 'titles.manageQuizzes',
      canActivate: [signedInGuard, roleGuard(...ASSESSMENT_AUTHOR_ROLES)],
      loadComponent: () => import('./authoring/quizzes.page').then((m) => m.QuizzesPage),
    },
    {
      path: APP_PATHS.quizSettings,
      title: 'titles.quizSettings',
      canActivate: [signedInGuard, roleGuard(...ASSESSMENT_AUTHOR_ROLES)],
      loadComponent: () => import('./authoring/quiz-settings.page').then((m) => m.QuizSettingsPage),
    },
    {
      path: APP_PATHS.quizResults,
      title: 'titles.quizResults',
      canActivate: [signedInGuard, roleGuard(...ASSESSMENT_AUTHOR_ROLES)],
      loadComponent: () => import('./authoring/quiz-results.page').then((m) => m.QuizResultsPage),
    },
    {
      path: APP_PATHS.quizEssays,
      title: 'titles.quizEssays',
      canActivate: [signedInGuard, roleGuard(...ASSESSMENT_AUTHOR_ROLES)],
      loadComponent: () => import('./authoring/essay-queue.page').then((m) => m.EssayQueuePage),
    },
  ]),
];
