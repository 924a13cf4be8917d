import { computed, signal } from '@angular/core';
import type {
  WebinarAck,
  WebinarClientMessage,
  WebinarClientPayloads,
  WebinarClientResults,
  WebinarJoinTicket,
  WebinarRoomState,
  WebinarServerToClientEvents,
} from '@bina-pustaka/shared-contracts';
import { firstValueFrom } from 'rxjs';
import {
  INITIAL_CONNECTION,
  nextConnectionState,
  retryDelayMs,
  wantsConnection,
  type ConnectionEvent,
  type ConnectionState,
} from './connection-state';
import {
  HandshakeRefused,
  RoomRequestError,
  Superseded,
  describeError,
  describeFailure,
  type RoomFailure,
} from './room-errors';
import type { RoomNotices } from './room-notices';
import type { WebinarApi } from './webinar-api.service';
import type { RoomSocket, WebinarRoomRuntime } from './webinar-room-runtime';

/** How long an acknowledged message may take. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** The server's answer when a socket sends too many messages at once. */
const RATE_LIMITED = 'webinar.tooFast';

/** Subscribes to a server event of the current socket; an older attempt's socket never reaches the handler. */
export type RoomEventBinder = <E extends keyof WebinarServerToClientEvents>(
  event: E,
  handler: WebinarServerToClientEvents[E],
) => void;

/** What the connection asks of the rest of the room at each step of an attempt. */
export interface RoomSession {
  /** A ticket arrived: ready the device for its media server (before the socket connects). */
  prepare(ticket: WebinarJoinTicket): Promise<void>;
  /** What this browser can receive, sent with room:join (null: no device yet). */
  rtpCapabilities(): WebinarClientPayloads['room:join']['rtpCapabilities'] | null;
  /** The parts subscribe to the new socket's server events. */
  listen(on: RoomEventBinder): void;
  /** In the room: its state arrived (applied before the phase says joined). */
  entered(room: WebinarRoomState): void;
  /** After entering: transports, receiving and sending; handles its own failures. */
  startMedia(generation: number, room: WebinarRoomState): Promise<void>;
  /** Between attempts: media closed, the camera and microphone kept for the next join. */
  suspend(): void;
  /** Leaving for good: every track stops too. */
  close(): void;
}

/**
 * The room's connection: the single-use join ticket, the /webinar socket, acknowledged
 * requests, and reconnecting. A dropped socket, a failed ICE connection and
 * `room:restarted` all lead to the same path: suspend the media (the camera and
 * microphone tracks stay), fetch a fresh ticket, connect a new socket, join, and start the
 * media again. Each attempt has a generation; work of an older one stops at its next check.
 */
export class RoomConnection {
  private readonly state = signal<ConnectionState>(INITIAL_CONNECTION);
  readonly phase = computed(() => this.state().phase);
  readonly attempt = computed(() => this.state().attempt);
  readonly closedReason = computed(() => this.state().closedReason);
  readonly failure = signal<RoomFailure | null>(null);
  readonly sessionId = signal<string | null>(null);

  private currentGeneration = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private socket: RoomSocket | null = null;
  /** The last thing that went wrong, for support (see `diagnostics`). */
  private lastErrorText: string | null = null;
  /** When the connection was lost in the last minute. */
  private losses: number[] = [];
  private readonly onOnline = () => this.retryNow();
  private readonly onPageHide = () => this.leave();

  constructor(
    private readonly api: WebinarApi,
    private readonly runtime: WebinarRoomRuntime,
    private readonly notices: RoomNotices,
    private readonly session: RoomSession,
  ) {}

  /** The current attempt; an attempt that sees a different one has been superseded. */
  get generation(): number {
    return this.currentGeneration;
  }

  get lastError(): string | null {
    return this.lastErrorText;
  }

  /** Enters the room of a session (lobby first when the host admits people). */
  join(sessionId: string): void {
    if (this.sessionId() !== sessionId) this.sessionId.set(sessionId);
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('pagehide', this.onPageHide);
    }
    this.failure.set(null);
    this.dispatch({ type: 'start' });
  }

  /** Leaves for good: every track, transport and the socket are closed. */
  leave(): void {
    if (this.phase() === 'closed') return;
    this.dispatch({ type: 'leave' });
  }

  /** After a failure: try again now. */
  retry(): void {
    if (this.phase() === 'failed') {
      this.failure.set(null);
      this.dispatch({ type: 'start' });
    } else this.retryNow();
  }

  /** Throws Superseded when a newer attempt (or leaving) made this one pointless. */
  check(generation: number): void {
    if (generation !== this.currentGeneration) throw new Superseded();
  }

  /**
   * A media step failed. The server refusing something (a cap, a role) is said and the
   * room stays; a lost answer or a broken transport starts over.
   */
  mediaFailed(generation: number, error: unknown): void {
    if (error instanceof Superseded || generation !== this.currentGeneration) return;
    if (error instanceof RoomRequestError && error.code !== 'timeout' && error.code !== 'notConnected') {
      this.notices.refused(error);
      return;
    }
    this.dispatch({ type: 'lost' });
  }

  /** A media transport's ICE or DTLS failed: start over (unless a newer attempt already did). */
  transportFailed(generation: number): void {
    if (generation === this.currentGeneration && this.phase() === 'joined') this.dispatch({ type: 'lost' });
  }

  /**
   * One acknowledged message; rejects with RoomRequestError when the server says no. When
   * the server asks to slow down (many consumers at once in a big room), it waits and asks again.
   */
  async request<M extends WebinarClientMessage>(
    message: M,
    payload: WebinarClientPayloads[M],
    timeoutMs = REQUEST_TIMEOUT_MS,
  ): Promise<WebinarClientResults[M]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.requestOnce(message, payload, timeoutMs);
      } catch (error) {
        const tooFast = error instanceof RoomRequestError && error.code === RATE_LIMITED;
        if (!tooFast || attempt >= 6) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
  }

  private requestOnce<M extends WebinarClientMessage>(
    message: M,
    payload: WebinarClientPayloads[M],
    timeoutMs: number,
  ): Promise<WebinarClientResults[M]> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new RoomRequestError('notConnected', 'Not connected'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new RoomRequestError('timeout', 'No answer')), timeoutMs);
      socket.emit(message, payload, (answer: WebinarAck<unknown>) => {
        clearTimeout(timer);
        if (answer?.ok) resolve(answer.data as WebinarClientResults[M]);
        else reject(new RoomRequestError(answer?.error?.code ?? 'unexpected', answer?.error?.message ?? ''));
      });
    });
  }

  private retryNow(): void {
    if (wantsConnection(this.state()) && this.retryTimer !== null) this.schedule(0);
  }

  private dispatch(event: ConnectionEvent): void {
    const before = this.state();
    const after = nextConnectionState(before, event);
    if (after === before) return;
    this.state.set(after);
    if (after.phase === 'closed') {
      this.shutdown();
      return;
    }
    if (after.phase === 'failed') {
      this.currentGeneration++;
      this.session.suspend();
      this.dropSocket();
      return;
    }
    if (after.phase === 'joined' || after.phase === 'lobby') return;
    if (!wantsConnection(after)) return;
    // A room that keeps dropping right after joining backs off too (attempt resets on join).
    if (event.type === 'lost') this.losses = [...this.losses.filter((at) => Date.now() - at < 60_000), Date.now()];
    this.schedule(retryDelayMs(after.attempt + Math.max(0, this.losses.length - 2)));
  }

  private schedule(delayMs: number): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    const generation = ++this.currentGeneration;
    this.session.suspend();
    this.dropSocket();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connectOnce(generation).catch((error: unknown) => this.attemptFailed(generation, error));
    }, delayMs);
  }

  private attemptFailed(generation: number, error: unknown): void {
    if (error instanceof Superseded || generation !== this.currentGeneration) return;
    this.lastErrorText = describeError(error);
    const { fatal, failure } = describeFailure(error);
    this.failure.set(failure);
    this.dispatch({ type: 'attemptFailed', fatal });
  }

  private async connectOnce(generation: number): Promise<void> {
    const sessionId = this.sessionId();
    if (!sessionId) throw new RoomRequestError('noSession', 'No session');
    markStep('connect');
    const ticket = await firstValueFrom(this.api.joinTicket(sessionId));
    markStep('ticket');
    this.check(generation);
    await this.session.prepare(ticket);
    this.check(generation);
    const socket = await this.runtime.connect(ticket.namespace || '/webinar', { token: ticket.token, sessionId });
    if (generation !== this.currentGeneration) {
      socket.removeAllListeners();
      socket.disconnect();
      throw new Superseded();
    }
    this.socket = socket;
    this.listen(socket, generation);
    await waitForConnect(socket);
    markStep('socket');
    this.check(generation);
    await this.enter(generation);
  }

  /** room:join: in at once, or the lobby until `lobby:admitted`. */
  private async enter(generation: number): Promise<void> {
    const rtpCapabilities = this.session.rtpCapabilities();
    if (!rtpCapabilities) throw new Superseded();
    const result = await this.request('room:join', { rtpCapabilities });
    this.check(generation);
    if (result.state === 'lobby') {
      this.dispatch({ type: 'lobby' });
      return;
    }
    markStep('joined');
    this.sessionId.set(result.room.sessionId);
    this.session.entered(result.room);
    this.failure.set(null);
    this.dispatch({ type: 'joined' });
    await this.session.startMedia(generation, result.room);
  }

  private listen(socket: RoomSocket, generation: number): void {
    const on: RoomEventBinder = (event, handler) =>
      socket.on(event, ((...args: unknown[]) => {
        if (generation === this.currentGeneration) (handler as (...values: unknown[]) => void)(...args);
      }) as (...args: never[]) => void);

    socket.on('disconnect', ((reason: string) => {
      if (generation !== this.currentGeneration || reason === 'io client disconnect') return;
      this.dispatch({ type: 'lost' });
    }) as (...args: never[]) => void);

    on('lobby:admitted', () => {
      this.enter(generation).catch((error: unknown) => this.lost(generation, error));
    });
    on('room:restarted', () => {
      // The media server under the room was replaced: everything is made again.
      this.notices.announce('room.notice.restarted');
      this.dispatch({ type: 'lost' });
    });
    on('room:closed', ({ reason }) => this.dispatch({ type: 'closed', reason }));
    this.session.listen(on);
  }

  /** Something broke after joining: start over (unless a newer attempt already did). */
  private lost(generation: number, error: unknown): void {
    if (error instanceof Superseded || generation !== this.currentGeneration) return;
    if (error instanceof RoomRequestError && this.phase() === 'lobby') {
      this.failure.set({ code: error.code, message: error.message });
    }
    this.dispatch({ type: 'lost' });
  }

  private shutdown(): void {
    this.currentGeneration++;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.session.close();
    this.dropSocket();
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('pagehide', this.onPageHide);
    }
  }

  private dropSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.removeAllListeners();
    socket.disconnect();
  }
}

/** A performance mark per step of joining: DevTools' timeline shows them; the browser journey times them. */
export function markStep(step: string): void {
  globalThis.performance?.mark?.(`bp-webinar:${step}`);
}

/** Resolves once the socket is connected; rejects with the server's refusal. */
function waitForConnect(socket: RoomSocket, timeoutMs = REQUEST_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new RoomRequestError('timeout', 'No connection')), timeoutMs);
    socket.on('connect', (() => {
      clearTimeout(timer);
      resolve();
    }) as (...args: never[]) => void);
    socket.on('connect_error', ((error: Error & { type?: string; data?: { code?: string; message?: string } }) => {
      clearTimeout(timer);
      // A transport error or timeout is worth another try; anything else is the
      // handshake middleware refusing the token, in its own words.
      const transportTrouble = error.type === 'TransportError' || error.message === 'timeout';
      reject(
        transportTrouble
          ? error
          : new HandshakeRefused(error.data?.code ?? 'refused', error.data?.message ?? error.message),
      );
    }) as (...args: never[]) => void);
  });
}
