import { Injectable, InjectionToken, inject } from '@angular/core';
import { FORUM_LIVE_CHANGES, FORUM_LIVE_NAMESPACE, type ForumLiveChange } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '../auth.store';
import { browserLiveRuntime, watchLive, type LiveRuntime, type LiveSocket } from '../live/live-socket';

/** The part of a socket.io client socket the forum uses (a test hands in its own). */
export type ForumLiveSocket = LiveSocket;

/** Makes the socket to /forum; `auth` is asked each time it (re)connects, so it carries the token current then. */
export type ForumLiveRuntime = LiveRuntime;

/** socket.io-client is loaded by import() when a thread opens: it reaches no chunk but the forum's. */
export const browserForumLiveRuntime: ForumLiveRuntime = browserLiveRuntime(FORUM_LIVE_NAMESPACE);

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

/** Follows one thread on the /forum socket with the signed-in person's access token (watchLive). */
@Injectable({ providedIn: 'root' })
export class ForumLiveService {
  private readonly runtime = inject(FORUM_LIVE_RUNTIME);
  private readonly auth = inject(AuthStore);

  /** Starts following; the returned function stops (and closes the socket). */
  follow(threadId: string, handlers: ThreadLiveHandlers): () => void {
    return watchLive(this.runtime, this.auth, {
      message: 'thread.follow',
      payload: { threadId },
      reconnected: () => handlers.reconnected(),
      ended: () => handlers.stopped(),
      listen: (socket) => {
        for (const event of FORUM_LIVE_CHANGES) {
          socket.on(event, (payload: ForumLiveChange['payload']) => {
            if (payload.threadId === threadId) handlers.change({ event, payload } as ForumLiveChange);
          });
        }
        socket.on('thread.gone', () => {
          socket.disconnect();
          handlers.stopped();
        });
      },
    });
  }
}
