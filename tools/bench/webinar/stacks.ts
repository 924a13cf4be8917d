/**
 * The three ways the webinar forwarding benchmark sets up the same media: one presenter
 * (audio + video PlainTransports fed by ffmpeg) and viewers (a PlainTransport each, to a
 * sink socket, consuming both).
 *
 * - bare: the mediasoup API directly, as a minimal script would.
 * - pool: the project's MediaWorkerPool (configuration, codecs, router placement, transport
 *   accounting), then the same mediasoup calls.
 * - room: the project's RoomRegistryService and Room: the room made through getOrCreate,
 *   people entering it (RoomMembership.enter), the presenter producing through
 *   RoomMedia.produce (active speaker observer), viewers consuming through RoomMedia.consume
 *   (paused, then resumed as the client's ack does), on the router the room chose for each viewer. The room makes WebRtcTransports, which a
 *   plain-RTP sink cannot speak (ICE, DTLS, SRTP), so each one it makes is closed and a
 *   PlainTransport with the same role is put in its place on the same router.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { types } from 'mediasoup';
import type { AppConfig } from '../../../libs/api/platform/src/lib/config/app-config';
import type { WebinarSessionEntity } from '../../../libs/api/webinar/src/lib/entities/webinar-session.entity';
import { MediaWorkerPool } from '../../../libs/api/webinar/src/lib/media/media-worker-pool';
import { loadMediasoup } from '../../../libs/api/webinar/src/lib/media/worker-binary';
import { Peer, type TransportData, type WebinarSocket } from '../../../libs/api/webinar/src/lib/room/peer';
import type { RoomHooks } from '../../../libs/api/webinar/src/lib/room/room';
import { RoomRegistryService } from '../../../libs/api/webinar/src/lib/room/room-registry.service';
import { AUDIO, VIDEO, type PresenterPorts } from './presenter';

type Router = types.Router;
type Consumer = types.Consumer;
type Producer = types.Producer;
type PlainTransport<Data extends types.AppData = types.AppData> = types.PlainTransport<Data>;
type TransportListenInfo = types.TransportListenInfo;
type Worker = types.Worker;

/** One webinar of the benchmark, ready for ffmpeg and viewers. */
export interface BenchRoom {
  audioPayloadType: number;
  videoPayloadType: number;
  producers: [audio: Producer, video: Producer];
  presenterPorts: PresenterPorts;
  /** Adds a viewer receiving on `sinkPort`; answers its audio and video consumers (flowing). */
  addViewer(sinkPort: number): Promise<Consumer[]>;
  close(): Promise<void>;
}

export interface Stack {
  name: string;
  workerPid: number;
  openRoom(): Promise<BenchRoom>;
  close(): Promise<void>;
}

export interface StackOptions {
  workerBin: string;
  config: AppConfig;
  /** Viewers' transports encrypt (SRTP, AEAD_AES_128_GCM) as WebRTC transports do. */
  srtp: boolean;
  /** Called with each worker's pid as soon as it runs (pinning, scheduling, clean-up). */
  onWorker(pid: number): void;
}

const OPUS: types.RtpCodecParameters = {
  mimeType: 'audio/opus',
  clockRate: 48000,
  channels: 2,
  payloadType: AUDIO.payloadType,
  parameters: { 'sprop-stereo': 1 },
};
const VP8: types.RtpCodecParameters = { mimeType: 'video/VP8', clockRate: 90000, payloadType: VIDEO.payloadType };
const PRESENTER_MEDIA: [types.ProducerOptions, types.ProducerOptions] = [
  { kind: 'audio', rtpParameters: { codecs: [OPUS], encodings: [{ ssrc: AUDIO.ssrc }] } },
  { kind: 'video', rtpParameters: { codecs: [VP8], encodings: [{ ssrc: VIDEO.ssrc }] } },
];

/** A bare mediasoup script would offer just the two codecs it sends. */
const BARE_CODECS: types.RouterRtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
];

const SRTP_SUITE: types.SrtpCryptoSuite = 'AEAD_AES_128_GCM';

function payloadTypeOf(capabilities: types.RtpCapabilities, mimeType: string): number {
  const codec = capabilities.codecs?.find((candidate) => candidate.mimeType === mimeType);
  if (codec?.preferredPayloadType === undefined) throw new Error(`the router has no ${mimeType}`);
  return codec.preferredPayloadType;
}

/**
 * A presenter transport: comedia (it learns ffmpeg's address from the first packet). ffmpeg
 * sends RTCP from another socket than RTP: with RTCP muxed, comedia could latch onto the
 * RTCP socket and ignore the RTP, so RTCP gets its own port, as in mediasoup-demo's script.
 */
function presenterTransport<Data extends types.AppData>(
  router: Router,
  listenInfo: TransportListenInfo,
  appData?: Data,
): Promise<PlainTransport<Data>> {
  return router.createPlainTransport<Data>({
    listenInfo,
    rtcpListenInfo: listenInfo,
    rtcpMux: false,
    comedia: true,
    appData,
  });
}

function portsOf(audio: PlainTransport, video: PlainTransport): PresenterPorts {
  const rtcp = (transport: PlainTransport) => {
    if (!transport.rtcpTuple) throw new Error('the presenter transport has no RTCP port');
    return transport.rtcpTuple.localPort;
  };
  return {
    audio: { rtp: audio.tuple.localPort, rtcp: rtcp(audio) },
    video: { rtp: video.tuple.localPort, rtcp: rtcp(video) },
  };
}

/** A viewer's transport: sends to the sink socket (no comedia), SRTP if asked. */
export async function viewerTransport<Data extends types.AppData>(
  router: Router,
  listenInfo: TransportListenInfo,
  sinkPort: number,
  srtp: boolean,
  appData?: Data,
): Promise<PlainTransport<Data>> {
  const transport = await router.createPlainTransport<Data>({
    listenInfo,
    rtcpMux: true,
    comedia: false,
    ...(srtp ? { enableSrtp: true, srtpCryptoSuite: SRTP_SUITE } : {}),
    appData,
  });
  await transport.connect({
    ip: '127.0.0.1',
    port: sinkPort,
    // The sink's key, for what it would send: it sends nothing. The worker encrypts with its own.
    ...(srtp ? { srtpParameters: { cryptoSuite: SRTP_SUITE, keyBase64: randomBytes(28).toString('base64') } } : {}),
  });
  return transport;
}

/** bare and pool: everything on one router the stack makes. */
async function routerRoom(router: Router, listenInfo: TransportListenInfo, srtp: boolean): Promise<BenchRoom> {
  try {
    const [audioIn, videoIn] = await Promise.all([
      presenterTransport(router, listenInfo),
      presenterTransport(router, listenInfo),
    ]);
    const producers: [Producer, Producer] = [
      await audioIn.produce(PRESENTER_MEDIA[0]),
      await videoIn.produce(PRESENTER_MEDIA[1]),
    ];
    return {
      audioPayloadType: payloadTypeOf(router.rtpCapabilities, 'audio/opus'),
      videoPayloadType: payloadTypeOf(router.rtpCapabilities, 'video/VP8'),
      producers,
      presenterPorts: portsOf(audioIn, videoIn),
      async addViewer(sinkPort) {
        const transport = await viewerTransport(router, listenInfo, sinkPort, srtp);
        const consumers: Consumer[] = [];
        for (const producer of producers) {
          consumers.push(await transport.consume({ producerId: producer.id, rtpCapabilities: router.rtpCapabilities }));
        }
        return consumers;
      },
      async close() {
        router.close();
      },
    };
  } catch (error) {
    router.close();
    throw error;
  }
}

async function closeWorker(worker: Worker): Promise<void> {
  if (worker.subprocessClosed) return;
  const exited = new Promise<void>((resolve) => worker.once('subprocessclose', () => resolve()));
  worker.close();
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
}

export async function bareStack(options: StackOptions): Promise<Stack> {
  const mediasoup = await loadMediasoup(options.workerBin);
  const worker = await mediasoup.createWorker({ logLevel: 'warn' });
  options.onWorker(worker.pid);
  const listenInfo: TransportListenInfo = { protocol: 'udp', ip: '127.0.0.1' };
  return {
    name: 'bare',
    workerPid: worker.pid,
    openRoom: async () => routerRoom(await worker.createRouter({ mediaCodecs: BARE_CODECS }), listenInfo, options.srtp),
    close: () => closeWorker(worker),
  };
}

/** The pool's configured address and port range, as its WebRTC transports use them. */
function poolListenInfo(config: AppConfig): TransportListenInfo {
  const { listenIp, rtcMinPort, rtcMaxPort } = config.mediasoup;
  return { protocol: 'udp', ip: listenIp, portRange: { min: rtcMinPort, max: rtcMaxPort } };
}

async function startPool(options: StackOptions): Promise<MediaWorkerPool> {
  const pool = new MediaWorkerPool(options.config.mediasoup);
  await pool.start();
  if (pool.workers.length !== 1) throw new Error(`the benchmark wants one worker, the pool has ${pool.workers.length}`);
  options.onWorker(pool.workers[0].pid);
  return pool;
}

export async function poolStack(options: StackOptions): Promise<Stack> {
  const pool = await startPool(options);
  const listenInfo = poolListenInfo(options.config);
  return {
    name: 'pool',
    workerPid: pool.workers[0].pid,
    openRoom: async () => routerRoom(await pool.createRouter({ benchmark: true }), listenInfo, options.srtp),
    close: () => pool.close(),
  };
}

/** A socket.io socket that goes nowhere: the room talks to people through it. */
function silentSocket(): WebinarSocket {
  return { id: randomUUID(), emit: () => true, disconnect: () => undefined } as unknown as WebinarSocket;
}

/** Attendance is a database matter: not measured here. */
const NO_ATTENDANCE: RoomHooks = {
  entered: async () => undefined,
  left: async () => undefined,
};

/**
 * Closes the WebRtcTransport the room made for a peer (if any) and gives the peer a
 * PlainTransport with the same role on the router the room chose for it (a viewer router
 * when the room is large).
 */
async function replaceRoomTransport(
  peer: Peer,
  made: { id: string } | null,
  build: (router: Router) => Promise<PlainTransport<TransportData>>,
): Promise<PlainTransport<TransportData>> {
  const router = peer.recvRouter;
  if (!router) throw new Error('the room did not choose a router for this peer');
  if (made) peer.transports.get(made.id)?.close();
  const transport = await build(router);
  // The room keeps WebRtcTransports; it uses only what every transport has (id, appData, consume, produce, close).
  peer.transports.set(transport.id, transport as unknown as types.WebRtcTransport<TransportData>);
  transport.observer.once('close', () => peer.transports.delete(transport.id));
  return transport;
}

export async function roomStack(options: StackOptions): Promise<Stack> {
  const pool = await startPool(options);
  const registry = new RoomRegistryService(pool, options.config, NO_ATTENDANCE);
  const listenInfo = poolListenInfo(options.config);
  return {
    name: 'room',
    workerPid: pool.workers[0].pid,
    async openRoom(): Promise<BenchRoom> {
      const sessionId = randomUUID();
      const session = {
        id: sessionId,
        title: 'Benchmark webinar',
        status: 'live',
        requireAdmission: false,
        capacity: null,
      } as unknown as WebinarSessionEntity;
      const room = await registry.getOrCreate(session);
      try {
        const capabilities = room.media.routerRtpCapabilities;
        const presenter = new Peer(sessionId, randomUUID(), 'Narasumber', 'presenter', silentSocket());
        presenter.rtpCapabilities = capabilities;
        await room.members.enter(presenter);
        // A receive transport shows which router the room puts this peer's media on (its main one).
        const probe = await room.media.createTransport(presenter, 'recv');
        const sendTransport = (router: Router) =>
          presenterTransport<TransportData>(router, listenInfo, { direction: 'send' });
        const audioIn = await replaceRoomTransport(presenter, probe, sendTransport);
        const videoIn = await replaceRoomTransport(presenter, null, sendTransport);
        const audioId = await room.media.produce(
          presenter,
          audioIn.id,
          'audio',
          'mic',
          PRESENTER_MEDIA[0].rtpParameters,
        );
        const videoId = await room.media.produce(
          presenter,
          videoIn.id,
          'video',
          'camera',
          PRESENTER_MEDIA[1].rtpParameters,
        );
        const producers: [Producer, Producer] = [
          room.media.ownProducer(presenter, audioId),
          room.media.ownProducer(presenter, videoId),
        ];
        let viewerNumber = 0;
        return {
          audioPayloadType: payloadTypeOf(capabilities, 'audio/opus'),
          videoPayloadType: payloadTypeOf(capabilities, 'video/VP8'),
          producers,
          presenterPorts: portsOf(audioIn, videoIn),
          async addViewer(sinkPort) {
            const viewer = new Peer(sessionId, randomUUID(), `Peserta ${++viewerNumber}`, 'attendee', silentSocket());
            viewer.rtpCapabilities = capabilities;
            await room.members.enter(viewer);
            const made = await room.media.createTransport(viewer, 'recv');
            const transport = await replaceRoomTransport(viewer, made, (router) =>
              viewerTransport<TransportData>(router, listenInfo, sinkPort, options.srtp, { direction: 'recv' }),
            );
            const consumers: Consumer[] = [];
            for (const producerId of [audioId, videoId]) {
              const { consumerId } = await room.media.consume(viewer, transport.id, producerId);
              const consumer = room.media.ownConsumer(viewer, consumerId);
              // What the client's media:resumeConsumer does once it has its consumer.
              await consumer.resume();
              consumers.push(consumer);
            }
            return consumers;
          },
          close: () => registry.close(sessionId, 'ended'),
        };
      } catch (error) {
        await registry.close(sessionId, 'ended');
        throw error;
      }
    },
    async close() {
      await registry.onModuleDestroy();
      await pool.close();
    },
  };
}
