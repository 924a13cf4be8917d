import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { EVENT_CREATOR_ROLES, roleGuard, signedInGuard } from '@bina-pustaka/web-data-access';

/**
 * The organisers' pages: the list, a new event, one event (details, people, partners,
 * questions, publish, cancel), its registrations, and reading-club series. Who may open one
 * is the api's decision (an event a person may not manage answers 404), so the pages ask
 * only that someone is signed in: an organiser may hold any role.
 */
export const manageEventRoutes: Routes = [
  {
    path: APP_PATHS.manageEvents,
    title: 'titles.manageEvents',
    canActivate: [signedInGuard],
    loadComponent: () => import('./list/events.page').then((m) => m.ManageEventsPage),
  },
  {
    path: APP_PATHS.newEvent,
    title: 'titles.newEvent',
    canActivate: [signedInGuard, roleGuard(...EVENT_CREATOR_ROLES)],
    loadComponent: () => import('./form/event-form.page').then((m) => m.EventFormPage),
  },
  {
    path: APP_PATHS.eventRegistrations,
    title: 'titles.eventRegistrations',
    canActivate: [signedInGuard],
    loadComponent: () => import('./registrations/registrations.page').then((m) => m.EventRegistrationsPage),
  },
  {
    path: APP_PATHS.manageEvent,
    title: 'titles.manageEvent',
    canActivate: [signedInGuard],
    loadComponent: () => import('./form/event-form.page').then((m) => m.EventFormPage),
  },
  {
    path: APP_PATHS.readingClub,
    title: 'titles.readingClub',
    canActivate: [signedInGuard],
    loadComponent: () => import('./series/reading-club.page').then((m) => m.ReadingClubPage),
  },
];
