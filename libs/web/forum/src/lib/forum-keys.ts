/**
 * Values the forum pages turn into translation keys of the `forum` scope, kept free of
 * runtime imports so the translation test and the route barrel can read them without
 * loading any page.
 */

/** The Transloco scope every forum string lives in (`forum.*`), loaded with its routes. */
export const FORUM_SCOPE = 'forum';

/** Threads per page of a forum's list and results per page of a search. */
export const FORUM_LIST_PAGE_SIZE = 20;

/** What a moderator does to a reported post through the moderation page's dialog (`forum.moderation.dialog.*`). */
export const MODERATION_DIALOGS = ['hide', 'restore', 'resolve', 'dismiss', 'suspend'] as const;
export type ModerationDialog = (typeof MODERATION_DIALOGS)[number];

/** What the moderation page announces once done (`forum.moderation.done.*`). */
export const MODERATION_NOTICES = [...MODERATION_DIALOGS, 'lift'] as const;
