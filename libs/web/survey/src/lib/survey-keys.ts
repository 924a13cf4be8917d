/**
 * Values the survey pages turn into translation keys of the `survey` scope, kept free of
 * runtime imports so the translation test and the route barrel can read them without
 * loading any page.
 */

/** The Transloco scope every survey string lives in (`survey.*`), loaded with its routes. */
export const SURVEY_SCOPE = 'survey';

/** Surveys per page of the staff's list. */
export const SURVEY_PAGE_SIZE = 20;
