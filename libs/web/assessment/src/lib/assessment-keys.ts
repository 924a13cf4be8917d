import type { Role } from '@bina-pustaka/shared-contracts';

/**
 * Values the screens turn into translation keys (`assessment.attempt.saveState.<value>` and so on),
 * kept free of runtime imports so the translation test and the route barrel can read them
 * without loading any page.
 */

/** The Transloco scope every assessment string lives in (`assessment.*`), loaded with the assessment routes. */
export const ASSESSMENT_SCOPE = 'assessment';

/** What the save line of an attempt says. */
export const SAVE_STATES = ['saved', 'saving', 'offline', 'failed', 'closed'] as const;
export type SaveState = (typeof SAVE_STATES)[number];

/** What a review may show (`assessment.quizForm.reviewShows.<value>`). */
export const REVIEW_PARTS = ['score', 'correctness', 'correctAnswers', 'feedback'] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];

/** How a quiz picks its questions (`assessment.quizForm.selectionModes.<value>`). */
export const SELECTION_MODES = ['fixed', 'random'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

/** Who writes question banks and quizzes, grades essays and reads results. */
export const ASSESSMENT_AUTHOR_ROLES: readonly Role[] = ['trainer', 'coordinator', 'admin'];
