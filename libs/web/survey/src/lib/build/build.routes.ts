import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { SURVEY_BUILDER_ROLES, roleGuard, signedInGuard } from '@bina-pustaka/web-data-access';

/**
 * The staff's pages: the list of surveys and templates, a new survey, the builder. Who
 * may change which survey is the api's decision (a stranger's survey answers 404); the
 * pages are for those who build surveys. One tab title for the three keeps the main
 * translations to one word.
 */
export const buildRoutes: Routes = [
  {
    path: APP_PATHS.manageSurveys,
    title: 'titles.surveys',
    canActivate: [signedInGuard, roleGuard(...SURVEY_BUILDER_ROLES)],
    loadComponent: () => import('./list/surveys.page').then((m) => m.SurveysPage),
  },
  {
    path: APP_PATHS.newSurvey,
    title: 'titles.surveys',
    canActivate: [signedInGuard, roleGuard(...SURVEY_BUILDER_ROLES)],
    loadComponent: () => import('./new-survey/new-survey.page').then((m) => m.NewSurveyPage),
  },
  {
    path: APP_PATHS.manageSurvey,
    title: 'titles.surveys',
    canActivate: [signedInGuard, roleGuard(...SURVEY_BUILDER_ROLES)],
    loadComponent: () => import('./builder/survey-builder.page').then((m) => m.SurveyBuilderPage),
  },
];
