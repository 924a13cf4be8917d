import type { Route } from '@angular/router';
import { APP_PATHS, roleGuard, signedInGuard, translationScopeRoute } from '@bina-pustaka/web-data-access';
import { assessmentRoutes } from '@bina-pustaka/web-assessment';
import { certificatesRoutes } from '@bina-pustaka/web-certificates';
import { identityRoutes } from '@bina-pustaka/web-identity';
import { learningRoutes } from '@bina-pustaka/web-learning';
import { webinarRoutes } from '@bina-pustaka/web-webinar';
import { MANAGE_HOME, STAFF_ROLES } from './shell/navigation';

/**
 * The app's own pages bring their words too (the `home` and `notifications` scopes), so
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
  {
    path: APP_PATHS.manage,
    title: MANAGE_HOME.labelKey,
    canActivate: [signedInGuard, roleGuard(...STAFF_ROLES)],
    loadComponent: () => import('./manage/manage.page').then((m) => m.ManagePage),
  },
  ...identityRoutes,
  ...learningRoutes,
  ...certificatesRoutes,
  ...assessmentRoutes,
  ...webinarRoutes,
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
