/**
 * Values the screens turn into translation keys of the webinar scope
 * (`webinar.list.tabs.<value>`, `webinar.room.panels.<value>`), kept free of runtime imports
 * so the translation test and the route barrel can read them
 * without loading any page.
 */

/** The Transloco scope every webinar string lives in, loaded with the webinar routes. */
export const WEBINAR_SCOPE = 'webinar';

/** Attendees at or above this share of the session get a participant certificate unless told otherwise. */
export const DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT = 80;

/** The list's tabs (`?tab=`): sessions to come, past ones, the ones I run. */
export const WEBINAR_LIST_TABS = ['akan-datang', 'selesai', 'sesi-saya'] as const;
export type WebinarListTab = (typeof WEBINAR_LIST_TABS)[number];

/** The room's side panel. */
export const ROOM_PANELS = ['chat', 'qa', 'polls', 'people'] as const;
export type RoomPanel = (typeof ROOM_PANELS)[number];

/** Zones a session may be announced in (fixed offsets: Indonesia has no daylight saving). */
export const WEBINAR_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type WebinarTimeZone = (typeof WEBINAR_TIME_ZONES)[number];

/** Translation key part of a zone (`webinar.zone.<value>`): keys have no slashes. */
export const zoneKey = (zone: string): string => zone.split('/').pop()?.toLowerCase() ?? 'jakarta';
export const ZONE_KEYS = WEBINAR_TIME_ZONES.map(zoneKey);
