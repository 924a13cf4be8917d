import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { WEBINAR_REMOVAL_REASONS } from '@bina-pustaka/shared-contracts';
import { testFakeParameters } from 'mediasoup-client';
import { throwError } from 'rxjs';
import {
  HOST,
  HOST_AUDIO,
  HOST_VIDEO,
  LEARNER,
  fakeServer,
  ok,
  roomState,
  setupRoomClient,
  until,
} from '../../testing/webinar-room-testing';
import { WebinarRoomClient } from './webinar-room-client';

// Real mediasoup-client devices and timers: allow a busy machine time.
jest.setTimeout(20_000);

describe('WebinarRoomClient: connection (ticket, socket, lobby, reconnect)', () => {
  afterEach(() => TestBed.inject(WebinarRoomClient).leave());

  it('loads the device from the ticket, joins with its capabilities, consumes, and resumes only after consuming', async () => {
    const { client, sockets, tickets, devices } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_AUDIO, HOST_VIDEO]) })),
    });
    client.join('s1');
    await until(() => client.remote().length === 2, 'two consumers');
    await until(() => sockets[0].messages('media:resumeConsumer').length === 2, 'two resumes');

    expect(tickets).toHaveBeenCalledWith('s1');
    expect(sockets[0].token).toBe('token-1');
    expect(devices[0].loaded).toBe(true);
    expect(sockets[0].messages('room:join')[0]['rtpCapabilities']).toEqual(devices[0].rtpCapabilities);
    expect(client.phase()).toBe('joined');
    expect(client.title()).toBe('Kurasi koleksi digital');
    // Each consumer is resumed after the server created it and the client consumed it.
    const order = sockets[0].sent.map(
      (item) => `${item.event}:${item.payload['producerId'] ?? item.payload['consumerId'] ?? ''}`,
    );
    expect(order.indexOf('media:resumeConsumer:c-p-host-video')).toBeGreaterThan(
      order.indexOf('media:consume:p-host-video'),
    );
    expect(sockets[0].messages('transport:create')).toContainEqual({ direction: 'recv' });
    // An attendee who may not speak sends nothing and creates no send transport.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sockets[0].messages('media:produce')).toEqual([]);
    expect(sockets[0].messages('transport:create')).toEqual([{ direction: 'recv' }]);
    expect(client.local()).toEqual({ mic: false, camera: false, screen: false });
  });

  it('waits in the lobby and joins again when admitted', async () => {
    let admitted = false;
    const { client, sockets } = setupRoomClient({
      server: () =>
        fakeServer(() => (admitted ? ok({ state: 'joined', room: roomState(LEARNER) }) : ok({ state: 'lobby' }))),
    });
    client.join('s1');
    await until(() => client.phase() === 'lobby', 'lobby');
    admitted = true;
    sockets[0].fire('lobby:admitted');
    await until(() => client.phase() === 'joined', 'joined');
    expect(sockets[0].messages('room:join')).toHaveLength(2);
    expect(sockets).toHaveLength(1);
  });

  it('after a dropped socket, fetches a fresh ticket, connects a new socket and sends again', async () => {
    const { client, sockets, tickets, tracks } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(HOST, [HOST_AUDIO]) })),
    });
    client.join('s1');
    await until(() => client.local().mic && client.local().camera, 'first join');
    sockets[0].fire('disconnect', 'transport close');
    expect(client.phase()).toBe('reconnecting');
    await until(() => sockets.length === 2 && client.phase() === 'joined', 'second join');
    await until(() => client.local().mic && client.local().camera, 'media again');
    expect(tickets).toHaveBeenCalledTimes(2);
    expect(sockets[1].token).toBe('token-2');
    expect(sockets[0].disconnected).toBe(true);
    expect(sockets[1].messages('media:produce')).toHaveLength(2);
    // The same camera and microphone: no new permission prompt, nothing stopped.
    expect(tracks).toHaveLength(2);
    expect(tracks.every((track) => track.readyState === 'live')).toBe(true);
  });

  it('on room:restarted loads a new device when the router changed, and joins again by itself', async () => {
    const { client, sockets, devices } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_VIDEO]) })),
      routerCapabilities: (ticket) => {
        const capabilities = testFakeParameters.generateRouterRtpCapabilities();
        // A different header extension list after the restart: the device must reload.
        return ticket > 1
          ? { ...capabilities, headerExtensions: capabilities.headerExtensions?.slice(1) }
          : capabilities;
      },
    });
    client.join('s1');
    await until(() => client.remote().length === 1, 'first consumer');
    sockets[0].fire('room:restarted', { routerRtpCapabilities: {} });
    await until(() => sockets.length === 2 && client.phase() === 'joined', 'joined again');
    await until(() => client.remote().length === 1, 'consumer again');
    expect(devices).toHaveLength(2);
    expect(client.notice()?.key).toBe('room.notice.restarted');
  });

  it('asks again when the server says it is too fast', async () => {
    let refusals = 1;
    const { client, sockets } = setupRoomClient({
      server: () => {
        const base = fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_VIDEO]) }));
        return (event, payload) =>
          event === 'media:consume' && refusals-- > 0
            ? { ok: false, error: { code: 'webinar.tooFast', message: 'Terlalu cepat' } }
            : base(event, payload);
      },
    });
    client.join('s1');
    await until(() => client.remote().length === 1, 'consumed after the second try');
    expect(sockets[0].messages('media:consume')).toHaveLength(2);
  });

  it.each(WEBINAR_REMOVAL_REASONS)(
    'stops for good when sent away (%s): tracks stopped, socket closed, no new ticket',
    async (reason) => {
      const { client, sockets, tickets, tracks } = setupRoomClient({
        server: () => fakeServer(() => ok({ state: 'joined', room: roomState(HOST) })),
      });
      client.join('s1');
      await until(() => client.local().mic && client.local().camera, 'joined');
      sockets[0].fire('room:closed', { reason });
      expect(client.phase()).toBe('closed');
      expect(client.closedReason()).toBe(reason);
      expect(tracks.every((track) => track.readyState === 'ended')).toBe(true);
      expect(sockets[0].disconnected).toBe(true);
      sockets[0].fire('disconnect', 'io server disconnect');
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(tickets).toHaveBeenCalledTimes(1);
    },
  );

  it('shows the server’s reason and does not retry when the ticket is refused', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'lobby' })),
      ticket: () =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 403,
              error: { statusCode: 403, code: 'webinar.tooEarly', message: 'Sesi dapat dimasuki mulai 14.50 WIB.' },
            }),
        ),
    });
    client.join('s1');
    await until(() => client.phase() === 'failed', 'failed');
    expect(client.failure()).toEqual({ code: 'webinar.tooEarly', message: 'Sesi dapat dimasuki mulai 14.50 WIB.' });
    expect(sockets).toHaveLength(0);
  });
});
