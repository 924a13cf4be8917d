import type { Routes } from '@angular/router';
import { translationScopeRoute } from '@bina-pustaka/web-data-access';
import { answerRoutes } from './answer/answer.routes';
import { buildRoutes } from './build/build.routes';
import { resultsRoutes } from './results/results.routes';
import { SURVEY_SCOPE } from './survey-keys';

/**
 * The survey pages, each its own lazy chunk, under a parent that brings the `survey`
 * translations. Fixed paths (`kelola/survei/baru`) come before `kelola/survei/:surveyId`.
 */
export const surveyRoutes: Routes = [
  translationScopeRoute(SURVEY_SCOPE, { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') }, [
    ...buildRoutes,
    ...resultsRoutes,
    ...answerRoutes,
  ]),
];
