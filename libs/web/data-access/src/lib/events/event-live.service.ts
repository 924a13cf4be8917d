import { Injectable, InjectionToken, inject } from '@angular/core';
import { EVENT_LIVE_NAMESPACE, type EventLiveAck, type EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '../auth.store';

/** The part of a socket.io client socket the door uses (a test hands in its own). */
export interface EventLiveSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, payload: unknown, ack: (answer: EventLiveAck) => void): unknown;
  connect(): unknown;
  disconnect(): unknown;
  /** socket.io keeps trying to reconnect by itself while this is true (a network drop, not a refusal). */
  readonly active: boolean;
}

/** Makes the socket to /events; `auth` is asked on each (re)connect, so it carries the token current then. */
export interface EventLiveRuntime {
  connect(auth: (callback: (data: { token: string }) => void) => void): Promise<EventLiveSocket>;
}

/** socket.io-client is loaded by import() when the door opens: it reaches no chunk but the event pages'. */
export const browserEventLiveRuntime: EventLiveRuntime = {
  async connect(auth) {
    const module = await import('socket.io-client');
    const io = module.io ?? (module as unknown as { default: typeof module }).default.io;
    return io(EVENT_LIVE_NAMESPACE, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      auth,
    }) as unknown as EventLiveSocket;
  },
};

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
 * lets only the event's managers watch). socket.io reconnects after a network drop by
 * itself; a handshake the api refuses (the token expired while the phone slept) is tried
 * once more after refreshing the token. Without it the door still works: its counts then
 * come from its own sends.
 */
@Injectable({ providedIn: 'root' })
export class EventLiveService {
  private readonly runtime = inject(EVENT_LIVE_RUNTIME);
  private readonly auth = inject(AuthStore);

  /** Starts watching; the returned function stops (and closes the socket). */
  watch(eventId: string, handlers: EventLiveHandlers): () => void {
    let socket: EventLiveSocket | null = null;
    let stopped = false;
    this.runtime
      .connect((callback) => callback({ token: this.auth.accessToken() ?? '' }))
      .then((opened) => {
        socket = opened;
        if (stopped) opened.disconnect();
        else this.listen(opened, eventId, handlers);
      })
      .catch(() => undefined);
    return () => {
      stopped = true;
      socket?.disconnect();
    };
  }

  private listen(socket: EventLiveSocket, eventId: string, handlers: EventLiveHandlers): void {
    let connectedBefore = false;
    let refreshedToken = false;
    socket.on('connect', () => {
      refreshedToken = false;
      socket.emit('event.watch', { eventId }, (answer) => {
        if (!answer.ok) socket.disconnect();
      });
      if (connectedBefore) handlers.reconnected();
      connectedBefore = true;
    });
    socket.on('connect_error', () => {
      if (socket.active || refreshedToken) return;
      refreshedToken = true;
      void this.auth.refresh().then((fresh) => fresh && socket.connect());
    });
    socket.on('event.counts', (event: { eventId: string; counts: EventRegistrationCounts }) => {
      if (event.eventId === eventId) handlers.counts(event.counts);
    });
    socket.on('session.ended', () => socket.disconnect());
  }
}
