import { TestBed } from '@angular/core/testing';
import type { ForumLiveChange } from '@bina-pustaka/shared-contracts';
import { FakeLiveSocket } from '../../testing/live-socket-testing';
import { AuthStore } from '../auth.store';
import { FORUM_LIVE_RUNTIME, ForumLiveService } from './forum-live.service';

const THREAD = '6f1d2c1e-2222-4c3a-9b1a-000000000002';

describe('ForumLiveService', () => {
  let socket: FakeLiveSocket;
  let token: string;
  let handshake: (callback: (data: { token: string }) => void) => void;
  const refresh = jest.fn(async () => true);
  const changes: ForumLiveChange[] = [];
  const handlers = { change: (c: ForumLiveChange) => changes.push(c), reconnected: jest.fn(), stopped: jest.fn() };

  async function follow() {
    const stop = TestBed.inject(ForumLiveService).follow(THREAD, handlers);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return stop;
  }

  beforeEach(() => {
    socket = new FakeLiveSocket();
    token = 'token-1';
    changes.length = 0;
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthStore, useValue: { accessToken: () => token, refresh } },
        {
          provide: FORUM_LIVE_RUNTIME,
          useValue: { connect: async (auth: typeof handshake) => ((handshake = auth), socket) },
        },
      ],
    });
  });

  it('hands the current token to each handshake and follows the thread on every connect', async () => {
    await follow();
    handshake((data) => expect(data).toEqual({ token: 'token-1' }));
    token = 'token-2';
    handshake((data) => expect(data).toEqual({ token: 'token-2' }));
    socket.push('connect');
    expect(socket.sent).toEqual([{ event: 'thread.follow', payload: { threadId: THREAD } }]);
    expect(handlers.reconnected).not.toHaveBeenCalled();
    socket.push('connect');
    expect(handlers.reconnected).toHaveBeenCalledTimes(1);
  });

  it('passes on its thread’s changes only', async () => {
    await follow();
    socket.push('post.created', { threadId: THREAD, postId: 'p2', seq: 2 });
    socket.push('post.created', { threadId: 'another', postId: 'p9', seq: 9 });
    socket.push('thanks.changed', { threadId: THREAD, postId: 'p2', count: 3 });
    expect(changes).toEqual([
      { event: 'post.created', payload: { threadId: THREAD, postId: 'p2', seq: 2 } },
      { event: 'thanks.changed', payload: { threadId: THREAD, postId: 'p2', count: 3 } },
    ]);
  });

  it('after a refused handshake refreshes the token and tries once more; a network drop is socket.io’s to retry', async () => {
    await follow();
    socket.push('connect_error');
    expect(refresh).not.toHaveBeenCalled();
    socket.active = false;
    socket.push('connect_error');
    socket.push('connect_error');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(socket.connects).toBe(1);
  });

  it('stops when the thread is gone or the sign-in ended, and when the page stops following', async () => {
    const stop = await follow();
    socket.push('session.ended', { reason: 'signedOut' });
    expect(handlers.stopped).toHaveBeenCalled();
    expect(socket.disconnected).toBe(true);
    socket.disconnected = false;
    stop();
    expect(socket.disconnected).toBe(true);
  });

  it('closes a socket that opens after the page already stopped', async () => {
    const stop = TestBed.inject(ForumLiveService).follow(THREAD, handlers);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(socket.disconnected).toBe(true);
  });
});
