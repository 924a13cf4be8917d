/**
 * The room client's test bench: a fake /webinar socket whose server is a function of the
 * message, a mediasoup-ish server answering with mediasoup-client's fake parameters, real
 * mediasoup-client Devices on its FakeHandler, and fake camera and microphone tracks.
 * Importing it gives jsdom a MediaStream.
 */
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
import { defer, of, type Observable } from 'rxjs';
import { WebinarApi } from '../lib/webinar/webinar-api.service';
import { WebinarRoomClient } from '../lib/webinar/webinar-room-client';
import { WEBINAR_ROOM_RUNTIME, type RoomSocket, type WebinarRoomRuntime } from '../lib/webinar/webinar-room-runtime';

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

export const HOST: WebinarPeer = {
  userId: 'u-host',
  name: 'Siti Rahayu',
  role: 'host',
  handRaised: false,
  canSpeak: true,
  network: null,
};
export const LEARNER: WebinarPeer = {
  userId: 'u-dewi',
  name: 'Dewi Lestari',
  role: 'attendee',
  handRaised: false,
  canSpeak: false,
  network: null,
};

export function roomState(
  me: WebinarPeer,
  producers: WebinarProducerInfo[] = [],
  largeRoomFrom = 50,
): WebinarRoomState {
  return {
    sessionId: 's1',
    title: 'Kurasi koleksi digital',
    me,
    peers: [me, me.userId === HOST.userId ? LEARNER : HOST],
    producers,
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

export interface Sent {
  event: string;
  payload: Record<string, unknown>;
}

export type Server = (event: string, payload: Record<string, unknown>) => WebinarAck<unknown>;

/** A socket whose server is a function of the message; the test fires server events. */
export class FakeSocket implements RoomSocket {
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

export const ok = <T>(data: T): WebinarAck<T> => ({ ok: true, data });

/** A mediasoup-ish server: transports, producers and consumers with fake parameters. */
export function fakeServer(join: () => WebinarAck<unknown>): Server {
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

export const until = async (condition: () => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

export interface RoomClientSetup {
  client: WebinarRoomClient;
  sockets: FakeSocket[];
  tickets: jest.Mock;
  devices: Device[];
  tracks: FakeMediaStreamTrack[];
}

export function setupRoomClient(options: {
  server: (socketIndex: number) => Server;
  ticket?: () => Observable<WebinarJoinTicket>;
  routerCapabilities?: (ticketIndex: number) => unknown;
}): RoomClientSetup {
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

export const HOST_AUDIO: WebinarProducerInfo = {
  producerId: 'p-host-audio',
  userId: 'u-host',
  kind: 'audio',
  source: 'mic',
  paused: false,
};
export const HOST_VIDEO: WebinarProducerInfo = {
  producerId: 'p-host-video',
  userId: 'u-host',
  kind: 'video',
  source: 'camera',
  paused: false,
};
