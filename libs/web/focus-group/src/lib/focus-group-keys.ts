/**
 * Values the focus-group pages turn into translation keys of the `focusGroup` scope, kept
 * free of runtime imports so the translation test and the route barrel can read them
 * without loading any page.
 */

/** The Transloco scope every focus-group string lives in (`focusGroup.*`), loaded with its routes. */
export const FOCUS_GROUP_SCOPE = 'focusGroup';

/** Groups per page of the list, action items per page of the coordinators' list. */
export const FOCUS_GROUP_PAGE_SIZE = 20;

/** Zones a session may be announced in (`focusGroup.zone.<zoneKey>`); fixed offsets, no daylight saving. */
export const SESSION_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

/** Translation key part of a zone: keys have no slashes. */
export const zoneKey = (zone: string): string => zone.split('/').pop()?.toLowerCase() ?? 'jakarta';
export const ZONE_KEYS = SESSION_ZONES.map(zoneKey);

/** The create form's two people lists (`focusGroup.create.<value>`, `focusGroup.create.chosen.<value>`). */
export const PEOPLE_FIELDS = ['facilitators', 'members'] as const;
export type PeopleField = (typeof PEOPLE_FIELDS)[number];
