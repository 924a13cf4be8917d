import { Injectable, InjectionToken, inject } from '@angular/core';
import { EVENT_LIVE_NAMESPACE, type EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '../auth.store';
import { browserLiveRuntime, watchLive, type LiveRuntime, type LiveSocket } from '../live/live-socket';

/** The part of a socket.io client socket the door uses (a test hands in its own). */
export type EventLiveSocket = LiveSocket;

/** Makes the socket to /events; `auth` is asked on each (re)connect, so it carries the token current then. */
export type EventLiveRuntime = LiveRuntime;

/** socket.io-client is loaded by import() when the door opens: it reaches no chunk but the event pages'. */
export const browserEventLiveRuntime: EventLiveRuntime = browserLiveRuntime(EVENT_LIVE_NAMESPACE);

export const EVENT_LIVE_RUNTIME = new InjectionToken<EventLiveRuntime>('EventLiveRuntime', {
  providedIn: 'root',
  factory: () => browserEventLiveRuntime,
});

/** What a page does with an event's live news. */
export interface EventLiveHandlers {
  counts(counts: EventRegistrationCounts): void;
  /** The socket is back after a drop: what happened meanwhile was not heard. */
  reconnected(): void;
}

/**
 * Hears one event's counts on the /events socket with the signed-in person's token (the api
 * lets only the event's managers watch; watchLive). Without it the door still works: its
 * counts then come from its own sends.
 */
@Injectable({ providedIn: 'root' })
export class EventLiveService {
  private readonly runtime = inject(EVENT_LIVE_RUNTIME);
  private readonly auth = inject(AuthStore);

  /** Starts watching; the returned function stops (and closes the socket). */
  watch(eventId: string, handlers: EventLiveHandlers): () => void {
    return watchLive(this.runtime, this.auth, {
      message: 'event.watch',
      payload: { eventId },
      reconnected: () => handlers.reconnected(),
      listen: (socket) =>
        socket.on('event.counts', (event: { eventId: string; counts: EventRegistrationCounts }) => {
          if (event.eventId === eventId) handlers.counts(event.counts);
        }),
    });
  }
}
