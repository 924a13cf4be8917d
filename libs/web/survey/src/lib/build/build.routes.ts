import type { Routes } from '@angular/router';

/** The staff's pages: the list of surveys and templates, the builder with its preview. */
export const buildRoutes: Routes = [];
