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

/** Rows per page on the organisers' lists (events, registrations). */
export const EVENT_MANAGE_PAGE_SIZE = 20;

/** The words of the organisers' confirmation dialog, per action (`event-manage.actions.confirm.<action><Word>`). */
export const MANAGE_CONFIRM_WORDS = [
  'publishHeading',
  'publishText',
  'publish',
  'cancelHeading',
  'cancelText',
  'cancel',
  'removeHeading',
  'removeText',
  'remove',
] as const;

/** What people write after a time (`event-manage.zones.<name>`). */
export const ZONE_ABBREVIATIONS = ['WIB', 'WITA', 'WIT'] as const;
