import type { Routes } from '@angular/router';

/**
 * The organisers' pages: the list, a new event, one event (details, people, partners,
 * questions, publish, cancel), its registrations, and reading-club series. Who may open one
 * is the api's decision (an event a person may not manage answers 404).
 */
export const manageEventRoutes: Routes = [];
