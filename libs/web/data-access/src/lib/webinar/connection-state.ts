import type { WebinarRemovalReason } from '@bina-pustaka/shared-contracts';

/**
 * The life of one person's connection to a room, as a pure state machine: the room client
 * feeds it what happened and does what the new state asks (connect, wait, give up).
 *
 *   idle -start-> connecting -joined-> joined -lost-> reconnecting -joined-> joined
 *                     |  \-lobby-> lobby -joined-> joined
 *                     \-failed (fatal, or too many attempts) -start-> connecting
 *   any -closed(reason)-> closed     any -leave-> closed('left')
 */
export const ROOM_PHASES = ['idle', 'connecting', 'lobby', 'joined', 'reconnecting', 'closed', 'failed'] as const;
export type RoomPhase = (typeof ROOM_PHASES)[number];

/** Why the room is closed for this person: the server's reasons, or they left themselves. */
export type RoomClosedReason = WebinarRemovalReason | 'left';

export interface ConnectionState {
  phase: RoomPhase;
  /** Connection attempts since the last success (1 = the first try). */
  attempt: number;
  closedReason: RoomClosedReason | null;
}

export type ConnectionEvent =
  | { type: 'start' }
  | { type: 'lobby' }
  | { type: 'joined' }
  /** The socket dropped, ICE failed, or the media server under the room was replaced. */
  | { type: 'lost' }
  /** A (re)connect attempt failed; fatal when the server said no (403, ended, not allowed). */
  | { type: 'attemptFailed'; fatal: boolean }
  | { type: 'closed'; reason: WebinarRemovalReason }
  | { type: 'leave' };

/** After this many failed attempts in a row the client stops and offers "Coba lagi". */
export const MAX_CONNECT_ATTEMPTS = 12;

export const INITIAL_CONNECTION: ConnectionState = { phase: 'idle', attempt: 0, closedReason: null };

export function nextConnectionState(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (state.phase === 'closed') return state;
  switch (event.type) {
    case 'leave':
      return { phase: 'closed', attempt: 0, closedReason: 'left' };
    case 'closed':
      return { phase: 'closed', attempt: 0, closedReason: event.reason };
    case 'start':
      return state.phase === 'idle' || state.phase === 'failed'
        ? { phase: 'connecting', attempt: 1, closedReason: null }
        : state;
    case 'lobby':
      return state.phase === 'connecting' || state.phase === 'reconnecting' || state.phase === 'lobby'
        ? { phase: 'lobby', attempt: 0, closedReason: null }
        : state;
    case 'joined':
      return state.phase === 'failed' || state.phase === 'idle'
        ? state
        : { phase: 'joined', attempt: 0, closedReason: null };
    case 'lost':
      if (state.phase === 'joined' || state.phase === 'lobby')
        return { phase: 'reconnecting', attempt: 1, closedReason: null };
      if (state.phase === 'connecting' || state.phase === 'reconnecting') return failedAttempt(state, false);
      return state;
    case 'attemptFailed':
      return state.phase === 'connecting' || state.phase === 'reconnecting' ? failedAttempt(state, event.fatal) : state;
  }
}

function failedAttempt(state: ConnectionState, fatal: boolean): ConnectionState {
  if (fatal || state.attempt >= MAX_CONNECT_ATTEMPTS)
    return { phase: 'failed', attempt: state.attempt, closedReason: null };
  return { ...state, attempt: state.attempt + 1 };
}

/** Whether the state asks the client to (re)connect now or after `retryDelayMs`. */
export const wantsConnection = (state: ConnectionState): boolean =>
  state.phase === 'connecting' || state.phase === 'reconnecting';

/**
 * Wait before attempt `attempt` (1-based): the first at once, then 0.5 s doubling to 8 s,
 * with ±20% jitter so a room full of people does not come back in the same millisecond.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  if (attempt <= 1) return 0;
  const base = Math.min(8_000, 500 * 2 ** (attempt - 2));
  return Math.round(base * (0.8 + 0.4 * random()));
}
