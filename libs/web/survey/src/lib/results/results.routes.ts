import type { Routes } from '@angular/router';

/** The results of a survey: per question, the IKM, exports. */
export const resultsRoutes: Routes = [];
