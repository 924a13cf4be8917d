import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';

/**
 * The public pages (no sign-in): upcoming events, an event's page, and a guest's pages opened
 * from an email's link (confirm, ticket, cancel; the signed token in the URL's fragment).
 * Fixed paths (`acara/tiket`) come before `acara/:slug`.
 */
export const publicEventRoutes: Routes = [
  {
    path: APP_PATHS.events,
    title: 'titles.events',
    loadComponent: () => import('./list/events.page').then((m) => m.EventsPage),
  },
  {
    path: APP_PATHS.eventConfirm,
    title: 'titles.eventConfirm',
    loadComponent: () => import('./guest/confirm.page').then((m) => m.ConfirmPage),
  },
  {
    path: APP_PATHS.eventTicket,
    title: 'titles.eventTicket',
    loadComponent: () => import('./guest/ticket.page').then((m) => m.TicketPage),
  },
  {
    path: APP_PATHS.eventCancel,
    title: 'titles.eventCancel',
    loadComponent: () => import('./guest/cancel.page').then((m) => m.CancelPage),
  },
  {
    path: APP_PATHS.event,
    title: 'titles.event',
    loadComponent: () => import('./event/event.page').then((m) => m.EventPage),
  },
];
