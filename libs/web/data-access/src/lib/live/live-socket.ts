import type { WebinarAck } from '@bina-pustaka/shared-contracts';
import type { AuthStore } from '../auth.store';

/** The part of a socket.io client socket a live page uses (a test hands in its own). */
export interface LiveSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, payload: unknown, ack: (answer: WebinarAck) => void): unknown;
  connect(): unknown;
  disconnect(): unknown;
  /** socket.io keeps trying to reconnect by itself while this is true (a network drop, not a refusal). */
  readonly active: boolean;
}

/** Makes the socket to a live namespace; `auth` is asked on each (re)connect, so it carries the token current then. */
export interface LiveRuntime {
  connect(auth: (callback: (data: { token: string }) => void) => void): Promise<LiveSocket>;
}

/** socket.io-client is loaded by import() when a live page opens: it reaches no chunk but that page's. */
export function browserLiveRuntime(namespace: string): LiveRuntime {
  return {
    async connect(auth) {
      const module = await import('socket.io-client');
      const io = module.io ?? (module as unknown as { default: typeof module }).default.io;
      return io(namespace, {
        path: '/socket.io',
        transports: ['websocket'],
        forceNew: true,
        auth,
      }) as unknown as LiveSocket;
    },
  };
}

/** One object a page watches live, and what it does with the news. */
export interface LiveWatch {
  /** Sent on every connect, so a reconnected socket watches again ('thread.follow', 'event.watch'). */
  message: string;
  payload: Record<string, string>;
  /** Hooks the page's own events (the object's changes) on the open socket. */
  listen(socket: LiveSocket): void;
  /** The socket is back after a drop: what happened meanwhile was not heard. */
  reconnected(): void;
  /** The server closed the socket: the sign-in ended or the account was disabled. */
  ended?(): void;
}

/**
 * Watches one object on a live namespace with the signed-in person's access token; the
 * returned function stops (and closes the socket). socket.io reconnects after a network drop
 * by itself, and the object is watched again on each connect; a handshake the api refuses
 * (the token expired while the tab slept) is tried once more after refreshing the token.
 * Without the socket a page still works as before: a reload shows what is new.
 */
export function watchLive(runtime: LiveRuntime, auth: Pick<AuthStore, 'accessToken' | 'refresh'>, watch: LiveWatch) {
  let socket: LiveSocket | null = null;
  let stopped = false;
  runtime
    .connect((callback) => callback({ token: auth.accessToken() ?? '' }))
    .then((opened) => {
      socket = opened;
      if (stopped) opened.disconnect();
      else listen(opened, auth, watch);
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    socket?.disconnect();
  };
}

function listen(socket: LiveSocket, auth: Pick<AuthStore, 'refresh'>, watch: LiveWatch): void {
  let connectedBefore = false;
  let refreshedToken = false;
  socket.on('connect', () => {
    refreshedToken = false;
    socket.emit(watch.message, watch.payload, (answer) => {
      if (!answer.ok) socket.disconnect();
    });
    if (connectedBefore) watch.reconnected();
    connectedBefore = true;
  });
  socket.on('connect_error', () => {
    if (socket.active || refreshedToken) return;
    refreshedToken = true;
    void auth.refresh().then((fresh) => fresh && socket.connect());
  });
  socket.on('session.ended', () => {
    socket.disconnect();
    watch.ended?.();
  });
  watch.listen(socket);
}
