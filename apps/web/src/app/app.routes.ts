import type { Route } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import {
  FEATURE_PATHS,
  type LazyFeature,
  lazyFeatureRoute,
  roleGuard,
  signedInGuard,
  translationScopeRoute,
} from '@bina-pustaka/web-data-access';
import { certificatesRoutes } from '@bina-pustaka/web-certificates';
import { identityRoutes } from '@bina-pustaka/web-identity';
import { MANAGE_HOME, STAFF_ROLES } from './shell/navigation';

/**
 * The feature libraries, each loaded with its first page: the shell holds only their paths
 * (FEATURE_PATHS), so the first download stays the same size as features are added.
 * Identity's and certificates' routes stay in the shell: their public pages are where
 * people arrive from outside (sign-in, where the home page sends every visitor who is not
 * signed in; a certificate's verify page, opened from its QR code), and a lazy hop costs
 * such a first screen 0.3-0.5 s of LCP on slow 4G (Lighthouse, same run: sign-in
 * 2.46 -> 2.76 s, verify 2.53 -> 3.09 s).
 */
export const LAZY_FEATURES: readonly LazyFeature[] = [
  {
    paths: FEATURE_PATHS.learning,
    loadRoutes: () => import('@bina-pustaka/web-learning').then((m) => m.learningRoutes),
  },
  {
    paths: FEATURE_PATHS.assessment,
    loadRoutes: () => import('@bina-pustaka/web-assessment').then((m) => m.assessmentRoutes),
  },
  {
    paths: FEATURE_PATHS.webinar,
    loadRoutes: () => import('@bina-pustaka/web-webinar').then((m) => m.webinarRoutes),
  },
  {
    paths: FEATURE_PATHS.audit,
    loadRoutes: () => import('@bina-pustaka/web-audit').then((m) => m.auditRoutes),
  },
  {
    paths: FEATURE_PATHS.forum,
    loadRoutes: () => import('@bina-pustaka/web-forum').then((m) => m.forumRoutes),
  },
  {
    paths: FEATURE_PATHS.focusGroup,
    loadRoutes: () => import('@bina-pustaka/web-focus-group').then((m) => m.focusGroupRoutes),
  },
  {
    paths: FEATURE_PATHS.survey,
    loadRoutes: () => import('@bina-pustaka/web-survey').then((m) => m.surveyRoutes),
  },
  {
    paths: FEATURE_PATHS.event,
    loadRoutes: () => import('@bina-pustaka/web-event').then((m) => m.eventRoutes),
  },
];

/**
 * The app's own pages bring their words too (the `home`, `notifications` and `manage` scopes), so
 * a visitor who is not signed in never downloads them; route titles stay in the main
 * translations.
 */
export const appRoutes: Route[] = [
  translationScopeRoute(
    'home',
    { id: () => import('../i18n/home/id.json'), en: () => import('../i18n/home/en.json') },
    [
      {
        path: APP_PATHS.home,
        pathMatch: 'full',
        title: 'titles.home',
        canActivate: [signedInGuard],
        loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
      },
    ],
  ),
  translationScopeRoute(
    'notifications',
    { id: () => import('../i18n/notifications/id.json'), en: () => import('../i18n/notifications/en.json') },
    [
      {
        path: APP_PATHS.notifications,
        title: 'titles.notifications',
        canActivate: [signedInGuard],
        loadComponent: () => import('./notifications/notifications.page').then((m) => m.NotificationsPage),
      },
    ],
  ),
  translationScopeRoute(
    'manage',
    { id: () => import('../i18n/manage/id.json'), en: () => import('../i18n/manage/en.json') },
    [
      {
        path: APP_PATHS.manage,
        title: MANAGE_HOME.labelKey,
        canActivate: [signedInGuard, roleGuard(...STAFF_ROLES)],
        loadComponent: () => import('./manage/manage.page').then((m) => m.ManagePage),
      },
    ],
  ),
  ...identityRoutes,
  ...certificatesRoutes,
  ...LAZY_FEATURES.map(lazyFeatureRoute),
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
