import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type {
  WebinarAck,
  WebinarJoinTicket,
  WebinarPeer,
  WebinarProducerInfo,
  WebinarRoomState,
} from '@bina-pustaka/shared-contracts';
import { Device, FakeHandler, testFakeParameters } from 'mediasoup-client';
import { FakeMediaStreamTrack } from 'fake-mediastreamtrack';
import { defer, of, throwError, type Observable } from 'rxjs';
import { WebinarApi } from './webinar-api.service';
import { WebinarRoomClient } from './webinar-room-client';
import { WEBINAR_ROOM_RUNTIME, type RoomSocket, type WebinarRoomRuntime } from './webinar-room-runtime';

// jsdom has no MediaStream: enough of one for the self-view.
class FakeMediaStream {
  constructor(private readonly tracks: MediaStreamTrack[] = []) {}
  getTracks() {
    return this.tracks;
  }
  getAudioTracks() {
    return this.tracks.filter((track) => track.kind === 'audio');
  }
  getVideoTracks() {
    return this.tracks.filter((track) => track.kind === 'video');
  }
}
(globalThis as { MediaStream?: unknown }).MediaStream ??= FakeMediaStream;

const HOST: WebinarPeer = {
  userId: 'u-host',
  name: 'Siti Rahayu',
  role: 'host',
  handRaised: false,
  canSpeak: true,
  network: null,
};
const LEARNER: WebinarPeer = {
  userId: 'u-dewi',
  name: 'Dewi Lestari',
  role: 'attendee',
  handRaised: false,
  canSpeak: false,
  network: null,
};

function roomState(me: WebinarPeer, producers: WebinarProducerInfo[] = [], largeRoomFrom = 50): WebinarRoomState {
  return {
    sessionId: 's1',
    title: 'Kurasi koleksi digital',
    me,
    peers: [me, me.userId === HOST.userId ? LEARNER : HOST],
    producers,
    routerRtpCapabilities: testFakeParameters.generateRouterRtpCapabilities(),
    chatLocked: false,
    chat: [],
    questions: [],
    polls: [],
    hands: [],
    lobby: [],
    activeSpeakerId: null,
    largeRoomFrom,
  };
}

interface Sent {
  event: string;
  payload: Record<string, unknown>;
}

type Server = (event: string, payload: Record<string, unknown>) => WebinarAck<unknown>;

/** A socket whose server is a function of the message; the test fires server events. */
class FakeSocket implements RoomSocket {
  readonly sent: Sent[] = [];
  disconnected = false;
  private readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();

  constructor(
    readonly token: string,
    private readonly server: Server,
  ) {
    setTimeout(() => this.fire('connect'), 0);
  }

  on(event: string, listener: (...args: never[]) => void): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as (...args: unknown[]) => void);
    this.listeners.set(event, list);
    return this;
  }

  emit(event: string, payload: unknown, ack: (answer: WebinarAck<unknown>) => void): this {
    const body = payload as Record<string, unknown>;
    this.sent.push({ event, payload: body });
    const answer = this.server(event, body);
    setTimeout(() => ack(answer), 0);
    return this;
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  disconnect(): this {
    this.disconnected = true;
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  messages(event: string): Record<string, unknown>[] {
    return this.sent.filter((item) => item.event === event).map((item) => item.payload);
  }
}

const ok = <T>(data: T): WebinarAck<T> => ({ ok: true, data });

/** A mediasoup-ish server: transports, producers and consumers with fake parameters. */
function fakeServer(join: () => WebinarAck<unknown>): Server {
  let next = 0;
  return (event, payload) => {
    switch (event) {
      case 'room:join':
        return join();
      case 'transport:create': {
        const { id, iceParameters, iceCandidates, dtlsParameters } =
          testFakeParameters.generateTransportRemoteParameters();
        return ok({ id, iceParameters, iceCandidates, dtlsParameters });
      }
      case 'media:produce':
        return ok({ producerId: `p-own-${++next}` });
      case 'media:consume': {
        const producerId = String(payload['producerId']);
        const kind = producerId.includes('audio') ? 'audio' : 'video';
        const parameters = testFakeParameters.generateConsumerRemoteParameters({
          codecMimeType: kind === 'audio' ? 'audio/opus' : 'video/VP8',
        });
        return ok({
          consumerId: `c-${producerId}`,
          producerId,
          userId: `u-${producerId.split('-')[1]}`,
          kind,
          source: kind === 'audio' ? 'mic' : 'camera',
          rtpParameters: parameters.rtpParameters,
          producerPaused: false,
        });
      }
      default:
        return ok(null);
    }
  };
}

const until = async (condition: () => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

interface Setup {
  client: WebinarRoomClient;
  sockets: FakeSocket[];
  tickets: jest.Mock;
  devices: Device[];
  tracks: FakeMediaStreamTrack[];
}

function setup(options: {
  server: (socketIndex: number) => Server;
  ticket?: () => Observable<WebinarJoinTicket>;
  routerCapabilities?: (ticketIndex: number) => unknown;
}): Setup {
  const sockets: FakeSocket[] = [];
  const devices: Device[] = [];
  const tracks: FakeMediaStreamTrack[] = [];
  let ticketCount = 0;
  const tickets = jest.fn(
    options.ticket ??
      (() =>
        defer(() => {
          ticketCount++;
          return of<WebinarJoinTicket>({
            token: `token-${ticketCount}`,
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
            role: 'host',
            namespace: '/webinar',
            iceServers: [],
            routerRtpCapabilities:
              options.routerCapabilities?.(ticketCount) ?? testFakeParameters.generateRouterRtpCapabilities(),
          });
        })),
  );
  const runtime: WebinarRoomRuntime = {
    connect: async (_namespace, { token, sessionId }) => {
      expect(sessionId).toBe('s1');
      const socket = new FakeSocket(token, options.server(sockets.length));
      sockets.push(socket);
      return socket;
    },
    createDevice: async () => {
      const device = new Device({ handlerFactory: FakeHandler.createFactory(testFakeParameters) });
      devices.push(device);
      return device;
    },
    userMedia: async (constraints) => {
      const track = new FakeMediaStreamTrack({ kind: constraints.audio ? 'audio' : 'video' });
      tracks.push(track);
      return new MediaStream([track as unknown as MediaStreamTrack]);
    },
    displayMedia: async () => {
      const track = new FakeMediaStreamTrack({ kind: 'video' });
      tracks.push(track);
      return new MediaStream([track as unknown as MediaStreamTrack]);
    },
  };
  TestBed.configureTestingModule({
    providers: [
      WebinarRoomClient,
      { provide: WebinarApi, useValue: { joinTicket: tickets } },
      { provide: WEBINAR_ROOM_RUNTIME, useValue: runtime },
    ],
  });
  return { client: TestBed.inject(WebinarRoomClient), sockets, tickets, devices, tracks };
}

const HOST_AUDIO: WebinarProducerInfo = {
  producerId: 'p-host-audio',
  userId: 'u-host',
  kind: 'audio',
  source: 'mic',
  paused: false,
};
const HOST_VIDEO: WebinarProducerInfo = {
  producerId: 'p-host-video',
  userId: 'u-host',
  kind: 'video',
  source: 'camera',
  paused: false,
};

// Real mediasoup-client devices and timers: allow a busy machine time.
jest.setTimeout(20_000);

describe('WebinarRoomClient', () => {
  afterEach(() => TestBed.inject(WebinarRoomClient).leave());

  it('loads the device from the ticket, joins with its capabilities, consumes, and resumes only after consuming', async () => {
    const { client, sockets, tickets, devices } = setup({
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

  it('a host sends the microphone and a camera in three simulcast layers', async () => {
    const { client, sockets } = setup({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(HOST) })),
    });
    client.join('s1');
    await until(() => client.local().mic && client.local().camera, 'mic and camera');
    const produced = sockets[0].messages('media:produce');
    expect(produced.map((item) => item['source']).sort()).toEqual(['camera', 'mic']);
    const camera = produced.find((item) => item['source'] === 'camera') as {
      rtpParameters: { encodings: unknown[] };
    };
    expect(camera.rtpParameters.encodings).toHaveLength(3);
    expect(sockets[0].messages('transport:connect').length).toBeGreaterThan(0);
  });

  it('consumes producers that appear later, and drops them when they close', async () => {
    const { client, sockets } = setup({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined' && sockets[0].messages('transport:create').length > 0, 'joined');
    sockets[0].fire('producer:new', HOST_VIDEO);
    await until(() => client.remote().length === 1, 'the new producer consumed');
    sockets[0].fire('producer:closed', { producerId: HOST_VIDEO.producerId });
    expect(client.remote()).toEqual([]);
  });

  it('waits in the lobby and joins again when admitted', async () => {
    let admitted = false;
    const { client, sockets } = setup({
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
    const { client, sockets, tickets, tracks } = setup({
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
    const { client, sockets, devices } = setup({
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

  it('sends the microphone once when the permission to speak arrives while media is being set up', async () => {
    const holder: { sockets: FakeSocket[] } = { sockets: [] };
    const { client, sockets } = setup({
      server: () => {
        const base = fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_AUDIO]) }));
        return (event, payload) => {
          if (event === 'media:consume') {
            setTimeout(() => holder.sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: true }), 0);
          }
          return base(event, payload);
        };
      },
    });
    holder.sockets = sockets;
    client.join('s1');
    await until(() => client.local().mic && client.local().camera, 'microphone and camera open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sockets[0].messages('media:produce').map((item) => item['source'])).toEqual(['mic', 'camera']);
  });

  it('asks again when the server says it is too fast', async () => {
    let refusals = 1;
    const { client, sockets } = setup({
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

  it('stops for good when removed: tracks stopped, socket closed, no new ticket', async () => {
    const { client, sockets, tickets, tracks } = setup({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(HOST) })),
    });
    client.join('s1');
    await until(() => client.local().mic && client.local().camera, 'joined');
    sockets[0].fire('room:closed', { reason: 'removed' });
    expect(client.phase()).toBe('closed');
    expect(client.closedReason()).toBe('removed');
    expect(tracks.every((track) => track.readyState === 'ended')).toBe(true);
    expect(sockets[0].disconnected).toBe(true);
    sockets[0].fire('disconnect', 'io server disconnect');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(tickets).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s reason and does not retry when the ticket is refused', async () => {
    const { client, sockets } = setup({
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

  it('audio only pauses every received video on the server and turns the camera off; off brings both back', async () => {
    const budi = (producer: WebinarProducerInfo) => ({
      ...producer,
      producerId: producer.producerId.replace('host', 'budi'),
      userId: 'u-budi',
    });
    const { client, sockets } = setup({
      server: () =>
        fakeServer(() => ok({ state: 'joined', room: roomState(HOST, [budi(HOST_VIDEO), budi(HOST_AUDIO)]) })),
    });
    client.join('s1');
    await until(() => client.local().camera && sockets[0].messages('media:resumeConsumer').length === 2, 'joined');
    await client.setAudioOnly(true);
    expect(client.audioOnly()).toBe('manual');
    expect(sockets[0].messages('media:pauseConsumer')).toEqual([{ consumerId: 'c-p-budi-video' }]);
    expect(client.local().camera).toBe(false);
    expect(sockets[0].messages('media:closeProducer')).toHaveLength(1);
    await client.setAudioOnly(false);
    await until(() => client.local().camera, 'camera back');
    expect(
      sockets[0].messages('media:resumeConsumer').filter((item) => item['consumerId'] === 'c-p-budi-video'),
    ).toHaveLength(2);
  });

  it('announces raised hands to the host, and opens an attendee’s microphone when allowed to speak', async () => {
    const { client, sockets } = setup({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined' && sockets[0].messages('transport:create').length > 0, 'joined');
    await client.setCamera(true);
    expect(client.local().camera).toBe(false);
    expect(client.notice()?.key).toBe('room.notice.raiseHandToSpeak');
    sockets[0].fire('hands:changed', { hands: ['u-dewi'] });
    expect(client.handRaised()).toBe(true);
    sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: true, handRaised: false });
    // A small room: the camera opens with the microphone.
    await until(() => client.local().mic && client.local().camera, 'microphone and camera open');
    expect(client.notice()?.key).toBe('room.notice.maySpeakWithCamera');
    expect(client.mayUseMic()).toBe(true);
    expect(sockets[0].messages('media:produce').map((item) => item['source'])).toEqual(['mic', 'camera']);
    // The host ends it: microphone and camera close.
    sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: false });
    await until(() => !client.local().mic && !client.local().camera, 'both closed');
    expect(sockets[0].messages('media:closeProducer')).toHaveLength(2);
  });

  it('in a large room an attendee invited to speak gets the microphone only; the camera waits for a click', async () => {
    const { client, sockets } = setup({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [], 2) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined' && sockets[0].messages('transport:create').length > 0, 'joined');
    sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: true });
    await until(() => client.local().mic, 'microphone open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.notice()?.key).toBe('room.notice.maySpeak');
    expect(client.local().camera).toBe(false);
    await client.setCamera(true);
    expect(sockets[0].messages('media:produce').map((item) => item['source'])).toEqual(['mic', 'camera']);
  });

  it('shows each person’s own report of their connection over what arrives from them', async () => {
    const { client, sockets } = setup({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_AUDIO]) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined', 'joined');
    expect(client.peerQuality()['u-host']).toBeUndefined();
    sockets[0].fire('peer:updated', { ...HOST, network: 'poor' });
    expect(client.peerQuality()['u-host']).toBe('poor');
  });
});
