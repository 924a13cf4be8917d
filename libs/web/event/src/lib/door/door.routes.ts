import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { signedInGuard } from '@bina-pustaka/web-data-access';

/**
 * The check-in screen at the door: a staff phone that scans tickets and keeps working
 * offline. Any signed-in person may open it: who manages the event (coordinators, admins,
 * its organisers, who may be partner staff of any role) is the api's decision (404 otherwise).
 */
export const doorRoutes: Routes = [
  {
    path: APP_PATHS.eventCheckIn,
    title: 'titles.eventCheckIn',
    canActivate: [signedInGuard],
    loadComponent: () => import('./door.page').then((m) => m.DoorPage),
  },
];
