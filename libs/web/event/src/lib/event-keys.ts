/**
 * Values the event pages turn into translation keys, kept free of runtime imports so the
 * translation test and the route barrel can read them without loading any page.
 *
 * Three scopes, so each kind of visitor downloads only its own words: `events` for the public
 * pages (a guest on a phone, from a link in WhatsApp), `event-manage` for the organisers'
 * pages, `event-door` for the check-in screen at the door.
 */
export const EVENTS_SCOPE = 'events';
export const EVENT_MANAGE_SCOPE = 'event-manage';
export const EVENT_DOOR_SCOPE = 'event-door';
