import type { Route } from '@angular/router';
import { APP_PATHS, roleGuard, signedInGuard } from '@bina-pustaka/web-data-access';
import { assessmentRoutes } from '@bina-pustaka/web-assessment';
import { certificatesRoutes } from '@bina-pustaka/web-certificates';
import { identityRoutes } from '@bina-pustaka/web-identity';
import { learningRoutes } from '@bina-pustaka/web-learning';
import { webinarRoutes } from '@bina-pustaka/web-webinar';
import { MANAGE_HOME, STAFF_ROLES } from './shell/navigation';

export const appRoutes: Route[] = [
  {
    path: APP_PATHS.home,
    pathMatch: 'full',
    title: 'titles.home',
    canActivate: [signedInGuard],
    loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
  },
  {
    path: APP_PATHS.notifications,
    title: 'titles.notifications',
    canActivate: [signedInGuard],
    loadComponent: () => import('./notifications/notifications.page').then((m) => m.NotificationsPage),
  },
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
