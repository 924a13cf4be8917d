import type { Routes } from '@angular/router';

/**
 * The public pages (no sign-in): upcoming events, an event's page, and a guest's pages opened
 * from an email's link (confirm, ticket, cancel; the signed token in the URL's fragment).
 * Fixed paths (`acara/tiket`) come before `acara/:slug`.
 */
export const publicEventRoutes: Routes = [];
