import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { WEBINAR_SCHEDULER_ROLES, roleGuard, signedInGuard } from '@bina-pustaka/web-data-access';
import { WEBINAR_SCOPE } from './webinar-keys';

/**
 * Every page of the webinar feature, each its own lazy chunk, under one parent that
 * brings the webinar translations (a lazy Transloco scope: none of its words are in the
 * main bundle). Titles are keys of the main translations, which the tab title needs before
 * any page loads.
 */
export const webinarRoutes: Routes = [
  {
    path: '',
    canActivateChild: [signedInGuard],
    providers: [
      provideTranslocoScope({
        scope: WEBINAR_SCOPE,
        loader: {
          id: () => import('./i18n/id.json'),
          en: () => import('./i18n/en.json'),
        },
      }),
    ],
    children: [
      {
        path: APP_PATHS.webinars,
        title: 'titles.webinars',
        loadComponent: () => import('./list/webinars.page').then((m) => m.WebinarsPage),
      },
      // Before ":webinarId", so "baru" is never taken for an id.
      {
        path: APP_PATHS.newWebinar,
        title: 'titles.newWebinar',
        canActivate: [roleGuard(...WEBINAR_SCHEDULER_ROLES)],
        loadComponent: () => import('./form/webinar-form.page').then((m) => m.WebinarFormPage),
      },
      {
        path: APP_PATHS.webinar,
        title: 'titles.webinar',
        loadComponent: () => import('./detail/webinar-detail.page').then((m) => m.WebinarDetailPage),
      },
      {
        path: APP_PATHS.editWebinar,
        title: 'titles.editWebinar',
        loadComponent: () => import('./form/webinar-form.page').then((m) => m.WebinarFormPage),
      },
      {
        path: APP_PATHS.webinarRoom,
        title: 'titles.webinarRoom',
        loadComponent: () => import('./room/webinar-room.page').then((m) => m.WebinarRoomPage),
      },
      {
        path: APP_PATHS.webinarAttendance,
        title: 'titles.webinarAttendance',
        loadComponent: () => import('./attendance/attendance.page').then((m) => m.AttendancePage),
      },
    ],
  },
];
