import {
  INITIAL_CONNECTION,
  MAX_CONNECT_ATTEMPTS,
  nextConnectionState,
  retryDelayMs,
  wantsConnection,
  type ConnectionEvent,
  type ConnectionState,
} from './connection-state';

const run = (events: ConnectionEvent[], from: ConnectionState = INITIAL_CONNECTION) =>
  events.reduce(nextConnectionState, from);

describe('room connection states', () => {
  it('connects, joins, and reconnects after a drop', () => {
    const connecting = run([{ type: 'start' }]);
    expect(connecting).toEqual({ phase: 'connecting', attempt: 1, closedReason: null });
    expect(wantsConnection(connecting)).toBe(true);
    const joined = run([{ type: 'joined' }], connecting);
    expect(joined.phase).toBe('joined');
    expect(wantsConnection(joined)).toBe(false);
    const dropped = run([{ type: 'lost' }], joined);
    expect(dropped).toEqual({ phase: 'reconnecting', attempt: 1, closedReason: null });
    expect(
      run(
        [
          { type: 'attemptFailed', fatal: false },
          { type: 'attemptFailed', fatal: false },
        ],
        dropped,
      ).attempt,
    ).toBe(3);
    expect(run([{ type: 'joined' }], dropped)).toEqual({ phase: 'joined', attempt: 0, closedReason: null });
  });

  it('waits in the lobby until admitted, and reconnects from there too', () => {
    const lobby = run([{ type: 'start' }, { type: 'lobby' }]);
    expect(lobby.phase).toBe('lobby');
    expect(run([{ type: 'joined' }], lobby).phase).toBe('joined');
    expect(run([{ type: 'lost' }], lobby).phase).toBe('reconnecting');
  });

  it('gives up at once when the server says no, and after too many failed attempts', () => {
    expect(run([{ type: 'start' }, { type: 'attemptFailed', fatal: true }]).phase).toBe('failed');
    const many = Array.from({ length: MAX_CONNECT_ATTEMPTS }, () => ({ type: 'attemptFailed', fatal: false }) as const);
    const state = run([{ type: 'start' }, ...many]);
    expect(state.phase).toBe('failed');
    // "Coba lagi" starts over.
    expect(run([{ type: 'start' }], state)).toEqual({ phase: 'connecting', attempt: 1, closedReason: null });
  });

  it('stays closed once removed, ended or left', () => {
    const removed = run([{ type: 'start' }, { type: 'joined' }, { type: 'closed', reason: 'removed' }]);
    expect(removed).toEqual({ phase: 'closed', attempt: 0, closedReason: 'removed' });
    expect(run([{ type: 'lost' }, { type: 'start' }, { type: 'joined' }], removed)).toBe(removed);
    expect(run([{ type: 'start' }, { type: 'leave' }]).closedReason).toBe('left');
  });

  it('ignores events that do not fit the phase', () => {
    expect(run([{ type: 'joined' }])).toBe(INITIAL_CONNECTION);
    expect(run([{ type: 'lost' }])).toBe(INITIAL_CONNECTION);
    const joined = run([{ type: 'start' }, { type: 'joined' }]);
    expect(run([{ type: 'start' }], joined)).toBe(joined);
    expect(run([{ type: 'attemptFailed', fatal: true }], joined)).toBe(joined);
  });

  it('retries at once, then backs off to 8 s with jitter', () => {
    const middle = () => 0.5;
    expect(retryDelayMs(1, middle)).toBe(0);
    expect(retryDelayMs(2, middle)).toBe(500);
    expect(retryDelayMs(3, middle)).toBe(1_000);
    expect(retryDelayMs(6, middle)).toBe(8_000);
    expect(retryDelayMs(20, middle)).toBe(8_000);
    expect(retryDelayMs(2, () => 0)).toBe(400);
    expect(retryDelayMs(2, () => 1)).toBe(600);
  });
});
