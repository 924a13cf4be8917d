import type { EventRegistrationCounts } from './event.types';
import type { ForumLiveEndReason } from './forum-live.types';
import type { WebinarAck } from './webinar.types';

/**
 * Live counts of an event (issue 15): the door's phones and the organiser's page hear arrivals
 * and registrations as they happen, on the /events namespace. Answers as the webinar's do:
 * `{ ok, data }` or a translated error.
 */
export type EventLiveAck<T = null> = WebinarAck<T>;

export interface EventLiveClientPayloads {
  /** Hear an event's counts (the same check as GET /api/events/:eventId: its managers only). */
  'event.watch': { eventId: string };
  'event.unwatch': { eventId: string };
}

export type EventLiveClientMessage = keyof EventLiveClientPayloads;

export type EventLiveClientToServerEvents = {
  [Message in EventLiveClientMessage]: (
    payload: EventLiveClientPayloads[Message],
    ack: (answer: EventLiveAck) => void,
  ) => void;
};

export interface EventLiveServerEvents {
  /** After a check-in, walk-in, registration, confirmation or cancellation of a watched event. */
  'event.counts': (event: { eventId: string; counts: EventRegistrationCounts }) => void;
  /** The socket is closed by the server: the sign-in ended or the account was disabled. */
  'session.ended': (event: { reason: ForumLiveEndReason }) => void;
}

/** Every message and event name on /events: they look like translation keys, and are not. */
export const EVENT_LIVE_SOCKET_NAMES: readonly string[] = [
  'event.watch',
  'event.unwatch',
  'event.counts',
  'session.ended',
] satisfies readonly (keyof EventLiveServerEvents | EventLiveClientMessage)[];

/** The socket.io namespace of events' live counts. */
export const EVENT_LIVE_NAMESPACE = '/events';
