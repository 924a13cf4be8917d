import type { Routes } from '@angular/router';

/** Answering: a signed-in person's survey (an evaluation) and the public survey from its link. */
export const answerRoutes: Routes = [];
