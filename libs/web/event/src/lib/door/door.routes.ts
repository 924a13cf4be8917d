import type { Routes } from '@angular/router';

/** The check-in screen at the door: a staff phone that scans tickets and keeps working offline. */
export const doorRoutes: Routes = [];
