import { TestBed } from '@angular/core/testing';
import type { EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
import { FakeLiveSocket } from '../../testing/live-socket-testing';
import { AuthStore } from '../auth.store';
import { EVENT_LIVE_RUNTIME, EventLiveService } from './event-live.service';

const EVENT = '6f1d2c1e-8888-4c3a-9b1a-000000000001';
const COUNTS: EventRegistrationCounts = {
  confirmed: 120,
  unconfirmed: 4,
  waitlisted: 0,
  cancelled: 2,
  arrived: 42,
  walkIns: 3,
};

describe('EventLiveService', () => {
  let socket: FakeLiveSocket;
  let handshake: (callback: (data: { token: string }) => void) => void;
  const refresh = jest.fn(async () => true);
  const heard: EventRegistrationCounts[] = [];
  const handlers = { counts: (counts: EventRegistrationCounts) => heard.push(counts), reconnected: jest.fn() };

  async function watch() {
    const stop = TestBed.inject(EventLiveService).watch(EVENT, handlers);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return stop;
  }

  beforeEach(() => {
    socket = new FakeLiveSocket();
    heard.length = 0;
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthStore, useValue: { accessToken: () => 'token-1', refresh } },
        {
          provide: EVENT_LIVE_RUNTIME,
          useValue: { connect: async (auth: typeof handshake) => ((handshake = auth), socket) },
        },
      ],
    });
  });

  it('watches the event on every connect with the current token and passes on its counts only', async () => {
    await watch();
    handshake((data) => expect(data).toEqual({ token: 'token-1' }));
    socket.push('connect');
    expect(socket.sent).toEqual([{ event: 'event.watch', payload: { eventId: EVENT } }]);
    socket.push('event.counts', { eventId: EVENT, counts: COUNTS });
    socket.push('event.counts', { eventId: 'another', counts: { ...COUNTS, arrived: 1 } });
    expect(heard).toEqual([COUNTS]);
    expect(handlers.reconnected).not.toHaveBeenCalled();
    socket.push('connect');
    expect(handlers.reconnected).toHaveBeenCalledTimes(1);
  });

  it('closes the socket when the api refuses the watch or the sign-in ends', async () => {
    socket.answer = { ok: false, error: { code: 'notFound', message: 'Acara tidak ditemukan.' } };
    await watch();
    socket.push('connect');
    expect(socket.disconnected).toBe(true);
    socket.disconnected = false;
    socket.push('session.ended', { reason: 'signedOut' });
    expect(socket.disconnected).toBe(true);
  });

  it('after a refused handshake refreshes the token once; a network drop is socket.io’s to retry', async () => {
    await watch();
    socket.push('connect_error');
    expect(refresh).not.toHaveBeenCalled();
    socket.active = false;
    socket.push('connect_error');
    socket.push('connect_error');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(socket.connects).toBe(1);
  });

  it('closes a socket that opens after the page already stopped', async () => {
    const stop = TestBed.inject(EventLiveService).watch(EVENT, handlers);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(socket.disconnected).toBe(true);
  });
});
