import type { Route } from '@angular/router';
import { APP_PATHS, signedInGuard } from '@bina-pustaka/web-data-access';
import { assessmentRoutes } from '@bina-pustaka/web-assessment';
import { certificatesRoutes } from '@bina-pustaka/web-certificates';
import { identityRoutes } from '@bina-pustaka/web-identity';
import { learningRoutes } from '@bina-pustaka/web-learning';
import { webinarRoutes } from '@bina-pustaka/web-webinar';

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
