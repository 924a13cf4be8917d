/**
 * A webinar client for integration tests: socket.io to the /webinar namespace as the browser
 * does, and werift peers that send and receive media through the room's signalling.
 */
import type {
  WebinarAck,
  WebinarClientMessage,
  WebinarClientPayloads,
  WebinarClientResults,
  WebinarConsumerInfo,
  WebinarMediaSource,
  WebinarTransportInfo,
} from '@bina-pustaka/shared-contracts';
import { io, type Socket } from 'socket.io-client';
import { MediaStreamTrack, RTCPeerConnection, RTCRtpCodecParameters, type RTCIceServer } from 'werift';
import {
  buildSdp,
  codecFor,
  KINDS,
  OPUS,
  parseSdp,
  sendFakeMedia,
  ssrcLines,
  VP8,
  type Kind,
  type TransportInfo,
} from './webrtc-peers';

/** What a Node peer can receive: Opus and VP8, as werift decodes them. */
export const TEST_RTP_CAPABILITIES = {
  codecs: [
    {
      kind: 'audio',
      mimeType: 'audio/opus',
      clockRate: 48000,
      channels: 2,
      preferredPayloadType: 100,
      rtcpFeedback: [],
    },
    {
      kind: 'video',
      mimeType: 'video/VP8',
      clockRate: 90000,
      preferredPayloadType: 101,
      rtcpFeedback: VP8.rtcpFeedback,
    },
  ],
  headerExtensions: [],
};

export class RoomRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A refused handshake: socket.io's connect_error with our code. */
export interface Refused {
  refused: true;
  code: string | undefined;
  message: string;
}

export class TestRoomClient {
  /** Every event the server pushed, in order. */
  readonly events: { name: string; payload: unknown }[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(readonly socket: Socket) {
    socket.onAny((name: string, payload: unknown) => {
      this.events.push({ name, payload });
      for (const wake of this.waiters) wake();
    });
  }

  /** Connects with a ticket; resolves with the client, or with the refusal. */
  static async connect(
    baseUrl: string,
    auth: Record<string, unknown>,
    acceptLanguage = 'id',
  ): Promise<TestRoomClient | Refused> {
    const socket = io(`${baseUrl}/webinar`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth,
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'accept-language': acceptLanguage },
    });
    return new Promise((resolve) => {
      socket.once('connect', () => resolve(new TestRoomClient(socket)));
      socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
        socket.close();
        resolve({ refused: true, code: error.data?.code, message: error.message });
      });
    });
  }

  /** Sends a message and returns the server's answer as it is. */
  answer<Message extends WebinarClientMessage>(
    message: Message,
    payload: WebinarClientPayloads[Message] | unknown,
  ): Promise<WebinarAck<WebinarClientResults[Message]>> {
    return this.socket.timeout(10_000).emitWithAck(message, payload);
  }

  /** Sends a message; its data, or a RoomRequestError with the server's code. */
  async request<Message extends WebinarClientMessage>(
    message: Message,
    payload: WebinarClientPayloads[Message],
  ): Promise<WebinarClientResults[Message]> {
    const answer = await this.answer(message, payload);
    if (!answer.ok) throw new RoomRequestError(answer.error.code, answer.error.message);
    return answer.data;
  }

  /** The first pushed event of this name (from now or already received) that matches. */
  async nextEvent<T = unknown>(
    name: string,
    matches: (payload: T) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<T> {
    const find = () => this.events.find((event) => event.name === name && matches(event.payload as T));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found.payload as T;
      if (Date.now() > deadline) {
        throw new Error(`no "${name}" event within ${timeoutMs} ms; got ${this.events.map((e) => e.name).join(', ')}`);
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
        setTimeout(wake, 100);
      });
    }
  }

  /** Resolves when the server closes the socket. */
  disconnected(): Promise<void> {
    if (!this.socket.connected) return Promise.resolve();
    return new Promise((resolve) => this.socket.once('disconnect', () => resolve()));
  }

  close(): void {
    this.socket.close();
  }
}

export function isRefused(result: TestRoomClient | Refused): result is Refused {
  return 'refused' in result;
}

export interface PublishedMedia {
  transportId: string;
  producerIds: Record<Kind, string>;
  stop(): void;
}

/** Sends fake Opus + VP8 into the room: a send transport, one producer per track (mic and camera, or screen). */
export async function publishFakeMedia(
  client: TestRoomClient,
  iceServers: RTCIceServer[],
  videoSource: Extract<WebinarMediaSource, 'camera' | 'screen'> = 'camera',
): Promise<PublishedMedia> {
  const transport = await client.request('transport:create', { direction: 'send' });
  const pc = new RTCPeerConnection({
    codecs: { audio: [new RTCRtpCodecParameters(OPUS)], video: [new RTCRtpCodecParameters(VP8)] },
    iceServers,
    headerExtensions: { audio: [], video: [] },
  });
  const tracks = { audio: new MediaStreamTrack({ kind: 'audio' }), video: new MediaStreamTrack({ kind: 'video' }) };
  for (const kind of KINDS) pc.addTransceiver(tracks[kind], { direction: 'sendonly' });
  await pc.setLocalDescription(await pc.createOffer());
  const offer = parseSdp(pc.localDescription?.sdp ?? '');
  const answer = buildSdp(
    asTransportInfo(transport),
    'passive',
    offer.media.map((m) => ({ kind: m.kind, mid: m.mid, direction: 'recvonly', codecs: [codecFor(m.kind)] })),
  );
  await pc.setRemoteDescription({ type: 'answer', sdp: answer });
  await client.request('transport:connect', {
    transportId: transport.id,
    dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: offer.fingerprint }] },
  });
  const producerIds = {} as Record<Kind, string>;
  for (const m of offer.media) {
    const { producerId } = await client.request('media:produce', {
      transportId: transport.id,
      kind: m.kind,
      source: m.kind === 'audio' ? 'mic' : videoSource,
      rtpParameters: {
        mid: m.mid,
        codecs: [codecFor(m.kind)],
        encodings: [{ ssrc: m.ssrc }],
        rtcp: { cname: m.cname ?? 'int-test' },
      },
    });
    producerIds[m.kind] = producerId;
  }
  const stopMedia = sendFakeMedia(tracks);
  return {
    transportId: transport.id,
    producerIds,
    stop() {
      stopMedia();
      void pc.close();
    },
  };
}

export interface ReceivedMedia {
  consumers: WebinarConsumerInfo[];
  /** RTP packets received per kind. */
  received: Record<Kind, number>;
  close(): void;
}

/** Receives these producers: a receive transport, paused consumers resumed once the peer answered. */
export async function receiveMedia(
  client: TestRoomClient,
  producerIds: string[],
  iceServers: RTCIceServer[],
): Promise<ReceivedMedia> {
  const transport = await client.request('transport:create', { direction: 'recv' });
  const consumers: WebinarConsumerInfo[] = [];
  for (const producerId of producerIds) {
    consumers.push(await client.request('media:consume', { transportId: transport.id, producerId }));
  }
  const parameters = (consumer: WebinarConsumerInfo) =>
    consumer.rtpParameters as Parameters<typeof ssrcLines>[1] & { mid?: string };
  const payloadType = (kind: Kind) =>
    parameters(consumers.find((consumer) => consumer.kind === kind) ?? consumers[0]).codecs[0].payloadType;
  const pc = new RTCPeerConnection({
    codecs: {
      audio: [new RTCRtpCodecParameters({ ...OPUS, payloadType: payloadType('audio') })],
      video: [new RTCRtpCodecParameters({ ...VP8, payloadType: payloadType('video') })],
    },
    iceServers,
    headerExtensions: { audio: [], video: [] },
  });
  const received: Record<Kind, number> = { audio: 0, video: 0 };
  pc.onTrack.subscribe((track) =>
    track.onReceiveRtp.subscribe(() => {
      received[track.kind as Kind]++;
    }),
  );
  const offer = buildSdp(
    asTransportInfo(transport),
    'actpass',
    consumers.map((consumer) => ({
      kind: consumer.kind,
      mid: parameters(consumer).mid ?? consumer.consumerId,
      direction: 'sendonly',
      codecs: parameters(consumer).codecs,
      ssrcLines: ssrcLines(consumer.consumerId, parameters(consumer)),
    })),
  );
  await pc.setRemoteDescription({ type: 'offer', sdp: offer });
  await pc.setLocalDescription(await pc.createAnswer());
  const answer = parseSdp(pc.localDescription?.sdp ?? '');
  await client.request('transport:connect', {
    transportId: transport.id,
    dtlsParameters: {
      role: answer.setup === 'active' ? 'client' : 'server',
      fingerprints: [{ algorithm: 'sha-256', value: answer.fingerprint }],
    },
  });
  for (const consumer of consumers) await client.request('media:resumeConsumer', { consumerId: consumer.consumerId });
  return { consumers, received, close: () => void pc.close() };
}

function asTransportInfo(transport: WebinarTransportInfo): TransportInfo {
  return transport as unknown as TransportInfo;
}
