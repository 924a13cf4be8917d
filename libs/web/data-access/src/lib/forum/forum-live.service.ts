import { Injectable, InjectionToken, inject } from '@angular/core';
import {
  FORUM_LIVE_CHANGES,
  FORUM_LIVE_NAMESPACE,
  type ForumLiveAck,
  type ForumLiveChange,
} from '@bina-pustaka/shared-contracts';
import { AuthStore } from '../auth.store';

/** The part of a socket.io client socket the forum uses (a test hands in its own). */
export interface ForumLiveSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, payload: unknown, ack: (answer: ForumLiveAck) => void): unknown;
  connect(): unknown;
  disconnect(): unknown;
  /** socket.io keeps trying to reconnect by itself while this is true (a network drop, not a refusal). */
  readonly active: boolean;
}

/** Makes the socket to /forum; `auth` is asked each time it (re)connects, so it carries the token current then. */
export interface ForumLiveRuntime {
  connect(auth: (callback: (data: { token: string }) => void) => void): Promise<ForumLiveSocket>;
}

/** socket.io-client is loaded by import() when a thread opens: it reaches no chunk but the forum's. */
export const browserForumLiveRuntime: ForumLiveRuntime = {
  async connect(auth) {
    const module = await import('socket.io-client');
    const io = module.io ?? (module as unknown as { default: typeof module }).default.io;
    return io(FORUM_LIVE_NAMESPACE, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      auth,
    }) as unknown as ForumLiveSocket;
  },
};

export const FORUM_LIVE_RUNTIME = new InjectionToken<ForumLiveRuntime>('ForumLiveRuntime', {
  providedIn: 'root',
  factory: () => browserForumLiveRuntime,
});

/** What a page does with its thread's live news. */
export interface ThreadLiveHandlers {
  change(change: ForumLiveChange): void;
  /** The socket is back after a drop: whatever happened meanwhile was not heard. */
  reconnected(): void;
  /** The reader may no longer read the thread, or their sign-in ended. */
  stopped(): void;
}

/**
 * Follows one thread on the /forum socket with the signed-in person's access token.
 * socket.io reconnects after a network drop by itself; a handshake the api refuses (the
 * token expired while the tab slept) is tried once more after refreshing the token.
 */
@Injectable({ providedIn: 'root' })
export class ForumLiveService {
  private readonly runtime = inject(FORUM_LIVE_RUNTIME);
  private readonly auth = inject(AuthStore);

  /** Starts following; the returned function stops (and closes the socket). */
  follow(threadId: string, handlers: ThreadLiveHandlers): () => void {
    let socket: ForumLiveSocket | null = null;
    let stopped = false;
    const stop = () => {
      stopped = true;
      socket?.disconnect();
    };
    this.runtime
      .connect((callback) => callback({ token: this.auth.accessToken() ?? '' }))
      .then((opened) => {
        socket = opened;
        if (stopped) opened.disconnect();
        else this.listen(opened, threadId, handlers);
      })
      // Without live updates the page still works as before: a reload shows what is new.
      .catch(() => undefined);
    return stop;
  }

  private listen(socket: ForumLiveSocket, threadId: string, handlers: ThreadLiveHandlers): void {
    let connectedBefore = false;
    let refreshedToken = false;
    socket.on('connect', () => {
      refreshedToken = false;
      socket.emit('thread.follow', { threadId }, (answer) => {
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
    for (const event of FORUM_LIVE_CHANGES) {
      socket.on(event, (payload: ForumLiveChange['payload']) => {
        if (payload.threadId === threadId) handlers.change({ event, payload } as ForumLiveChange);
      });
    }
    socket.on('thread.gone', () => {
      socket.disconnect();
      handlers.stopped();
    });
    socket.on('session.ended', () => {
      socket.disconnect();
      handlers.stopped();
    });
  }
}
