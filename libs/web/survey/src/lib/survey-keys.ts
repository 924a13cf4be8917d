/**
 * Values the survey pages turn into translation keys of the `survey` scope, kept free of
 * runtime imports so the translation test and the route barrel can read them without
 * loading any page.
 */

/** The Transloco scope every survey string lives in (`survey.*`), loaded with its routes. */
export const SURVEY_SCOPE = 'survey';

/** Surveys per page of the staff's list. */
export const SURVEY_PAGE_SIZE = 20;

/** Written answers shown at a time under a question of the results page. */
export const TEXT_ANSWERS_PAGE_SIZE = 20;

/** How the IKM panel groups its periods (`survey.results.ikm.by.<value>`). */
export const IKM_PERIODS_BY = ['month', 'year'] as const;

/** The builder's list filters (`survey.build.list.tabs.<value>`): every survey, each status, or the templates. */
export const BUILD_LIST_TABS = ['all', 'draft', 'published', 'closed', 'templates'] as const;
export type BuildListTab = (typeof BUILD_LIST_TABS)[number];

/** Word sets a Likert scale starts from (`survey.build.scale.presets.<value>`); the labels stay editable. */
export const LIKERT_PRESET_KEYS = ['agree', 'satisfied', 'quality'] as const;
export type LikertPresetKey = (typeof LIKERT_PRESET_KEYS)[number];
