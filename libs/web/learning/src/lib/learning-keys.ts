/**
 * Values the screens turn into translation keys (`learning.editor.sections.<value>`,
 * `learning.cohort.moments.<value>`), kept free of imports so the translation test and the
 * route barrel can read them without loading any page.
 */

/** The Transloco scope every learning string lives in (`learning.*`), loaded with the learning routes. */
export const LEARNING_SCOPE = 'learning';
export const EDITOR_SECTIONS = ['informasi', 'kurikulum', 'angkatan', 'progres'] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

export const COHORT_MOMENTS = ['enrolOpensAt', 'enrolClosesAt', 'startsAt', 'endsAt'] as const;
export type CohortMoment = (typeof COHORT_MOMENTS)[number];

/** The catalog's "my status" filter. */
export const CATALOG_ENROLMENT_FILTERS = ['none', 'enrolled', 'completed'] as const;

/** Enrolment actions that ask for confirmation in a dialog. */
export const ENROLMENT_DIALOG_ACTIONS = ['reject', 'withdraw', 'move', 'extend'] as const;

export const LEDGER_SOURCES = ['course', 'webinar', 'event'] as const;
