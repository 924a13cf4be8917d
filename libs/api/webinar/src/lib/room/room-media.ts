import { Logger } from '@nestjs/common';
import { AppError, type AppConfig } from '@bina-pustaka/api-platform';
import type {
  WebinarConsumerInfo,
  WebinarMediaSource,
  WebinarProducerInfo,
  WebinarTransportInfo,
} from '@bina-pustaka/shared-contracts';
import type { types } from 'mediasoup';
import type { MediaWorkerPool } from '../media/media-worker-pool';
import type { ConsumerData, Peer, ProducerData, TransportData } from './peer';
import type { RoomMembership } from './room-membership';

type Router = types.Router;

/** Per-peer caps: one send and one receive transport, a producer per source, and enough consumers for a big room. */
const PEER_LIMITS = { transports: 2, consumers: 400 } as const;

/**
 * mediasoup refuses parameters it cannot use (TypeError, UnsupportedError): that is the
 * client's doing, so it gets a 422, not a server error.
 */
async function clientMedia<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && (error.name === 'TypeError' || error.name === 'UnsupportedError')) {
      throw new AppError(422, 'webinar.mediaRejected');
    }
    throw error;
  }
}

const KIND_OF: Record<WebinarMediaSource, 'audio' | 'video'> = { mic: 'audio', camera: 'video', screen: 'video' };

/**
 * The mediasoup side of one live webinar. Senders' transports live on the main router;
 * when the room outgrows it, viewers' receive transports go to routers on other workers
 * that the producers are piped to, as long as some worker can send the streams within its
 * consumer budget. Also the active speaker, and rebuilding everything on a new router when
 * the worker under the room dies.
 */
export class RoomMedia {
  private readonly logger = new Logger(RoomMedia.name);
  activeSpeakerId: string | null = null;
  private viewerRouters: Router[] = [];
  private speakerObserver: types.ActiveSpeakerObserver | null = null;
  private restarting: Promise<void> | null = null;

  constructor(
    private readonly people: RoomMembership,
    private router: Router,
    private readonly pool: MediaWorkerPool,
    private readonly settings: AppConfig['webinar'],
  ) {}

  get routerRtpCapabilities(): types.RtpCapabilities {
    return this.router.rtpCapabilities;
  }

  /** From this many people, attendees invited to speak start with their camera off (each costs every viewer's data). */
  get largeRoom(): number {
    return this.settings.largeRoom;
  }

  /** Whether any of these (closed) routers carried this room. */
  usesAnyOf(routers: readonly Router[]): boolean {
    return routers.some((router) => router === this.router || this.viewerRouters.includes(router));
  }

  producers(except?: Peer): WebinarProducerInfo[] {
    return [...this.people.peers.values()]
      .filter((peer) => peer !== except)
      .flatMap((peer) => [...peer.producers.values()].map((producer) => producerInfo(producer)));
  }

  async createTransport(peer: Peer, direction: 'send' | 'recv'): Promise<WebinarTransportInfo> {
    const existing = [...peer.transports.values()].find((transport) => transport.appData.direction === direction);
    if (existing || peer.transports.size >= PEER_LIMITS.transports) {
      throw new AppError(409, 'webinar.transportLimit');
    }
    const router = direction === 'send' ? this.router : await this.routerForViewer(peer);
    if (direction === 'recv') peer.recvRouter = router;
    const transport = await router.createWebRtcTransport<TransportData>({
      ...this.pool.webRtcTransportOptions(),
      initialAvailableOutgoingBitrate: 600_000,
      appData: { direction },
    });
    if (direction === 'send') await transport.setMaxIncomingBitrate(this.settings.maxIncomingBitrate);
    peer.transports.set(transport.id, transport);
    transport.observer.once('close', () => peer.transports.delete(transport.id));
    return {
      id: transport.id,
      iceParameters: transport.iceParameters,
      iceCandidates: transport.iceCandidates,
      dtlsParameters: transport.dtlsParameters,
    };
  }

  async connectTransport(peer: Peer, transportId: string, dtlsParameters: types.DtlsParameters): Promise<void> {
    const transport = this.transportOf(peer, transportId);
    await clientMedia(() => transport.connect({ dtlsParameters }));
  }

  async produce(
    peer: Peer,
    transportId: string,
    kind: 'audio' | 'video',
    source: WebinarMediaSource,
    rtpParameters: types.RtpParameters,
  ): Promise<string> {
    if (!this.people.peers.has(peer.userId)) throw new AppError(409, 'webinar.notInRoom');
    if (!peer.maySend(source)) throw new AppError(403, 'webinar.mayNotSend');
    if (KIND_OF[source] !== kind) throw new AppError(422, 'webinar.sourceKind');
    if (peer.producerOf(source)) throw new AppError(409, 'webinar.alreadySending');
    const transport = this.transportOf(peer, transportId, 'send');
    const producer = await clientMedia(() =>
      transport.produce<ProducerData>({ kind, rtpParameters, appData: { userId: peer.userId, source } }),
    );
    peer.producers.set(producer.id, producer);
    producer.observer.once('close', () => {
      peer.producers.delete(producer.id);
      if (!this.people.isClosed && !this.restarting) {
        this.people.broadcast('producer:closed', [{ producerId: producer.id }], peer);
      }
    });
    if (source === 'mic') await this.speakerObserver?.addProducer({ producerId: producer.id }).catch(() => undefined);
    for (const router of this.viewerRouters) {
      await this.router.pipeToRouter({ producerId: producer.id, router, enableSctp: false });
    }
    this.people.broadcast('producer:new', [producerInfo(producer)], peer);
    return producer.id;
  }

  ownProducer(peer: Peer, producerId: string): types.Producer<ProducerData> {
    const producer = peer.producers.get(producerId);
    if (!producer) throw new AppError(404, 'webinar.producerUnknown');
    return producer;
  }

  async pauseProducer(peer: Peer, producer: types.Producer<ProducerData>, paused: boolean): Promise<void> {
    if (paused) await producer.pause();
    else {
      if (!peer.maySend(producer.appData.source)) throw new AppError(403, 'webinar.mayNotSend');
      await producer.resume();
    }
    this.people.broadcast('producer:paused', [{ producerId: producer.id, paused }], peer);
  }

  async consume(peer: Peer, transportId: string, producerId: string): Promise<WebinarConsumerInfo> {
    if (!this.people.peers.has(peer.userId)) throw new AppError(409, 'webinar.notInRoom');
    const transport = this.transportOf(peer, transportId, 'recv');
    const owner = [...this.people.peers.values()].find((other) => other.producers.has(producerId));
    const producer = owner?.producers.get(producerId);
    if (!owner || !producer || owner === peer) throw new AppError(404, 'webinar.producerUnknown');
    if (peer.consumers.size >= PEER_LIMITS.consumers) throw new AppError(409, 'webinar.consumerLimit');
    const router = peer.recvRouter ?? this.router;
    if (!peer.rtpCapabilities || !router.canConsume({ producerId, rtpCapabilities: peer.rtpCapabilities })) {
      throw new AppError(422, 'webinar.cannotConsume');
    }
    const consumer = await transport.consume<ConsumerData>({
      producerId,
      rtpCapabilities: peer.rtpCapabilities,
      // Resumed when the client has its consumer, so the first key frame is not lost.
      paused: true,
      appData: { userId: owner.userId, source: producer.appData.source },
    });
    peer.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => peer.consumers.delete(consumer.id));
    consumer.on('producerclose', () => {
      if (!this.restarting) peer.socket.emit('consumer:closed', { consumerId: consumer.id });
    });
    return {
      consumerId: consumer.id,
      producerId,
      userId: owner.userId,
      kind: consumer.kind,
      source: producer.appData.source,
      rtpParameters: consumer.rtpParameters,
      producerPaused: consumer.producerPaused,
    };
  }

  ownConsumer(peer: Peer, consumerId: string): types.Consumer<ConsumerData> {
    const consumer = peer.consumers.get(consumerId);
    if (!consumer) throw new AppError(404, 'webinar.consumerUnknown');
    return consumer;
  }

  /** A host silences someone's microphone (they may unmute again if they may speak). */
  async mute(target: Peer): Promise<void> {
    const mic = target.producerOf('mic');
    if (!mic || mic.paused) return;
    await mic.pause();
    target.socket.emit('you:muted', { source: 'mic' });
    this.people.broadcast('producer:paused', [{ producerId: mic.id, paused: true }], target);
  }

  /** A host stops someone's camera. */
  stopVideo(target: Peer): void {
    const camera = target.producerOf('camera');
    if (!camera) return;
    camera.close();
    target.socket.emit('you:muted', { source: 'camera' });
  }

  /** Someone left the room: their transports close, and with them their producers and consumers. */
  release(peer: Peer): void {
    peer.closeMedia();
    if (this.activeSpeakerId === peer.userId) this.setActiveSpeaker(null);
  }

  /** Stops what a person may no longer send (their role or permission to speak changed). */
  closeForbiddenProducers(peer: Peer): void {
    for (const producer of peer.producers.values()) {
      if (!peer.maySend(producer.appData.source)) producer.close();
    }
  }

  async observeSpeakers(): Promise<void> {
    this.speakerObserver = await this.router.createActiveSpeakerObserver({ interval: 500 });
    this.speakerObserver.on('dominantspeaker', ({ producer }) => {
      this.setActiveSpeaker((producer.appData as ProducerData).userId);
    });
  }

  /**
   * The worker under the room died: make new routers, drop everyone's media (it died with
   * the worker) and tell clients to set their transports up again. People stay in the room.
   */
  restart(): Promise<void> {
    this.restarting ??= this.rebuild().finally(() => (this.restarting = null));
    return this.restarting;
  }

  close(): void {
    this.speakerObserver = null;
    for (const router of this.viewerRouters) router.close();
    this.viewerRouters = [];
    this.router.close();
  }

  private async rebuild(): Promise<void> {
    const { peers, session } = this.people;
    this.logger.warn(`room ${session.id}: media server lost, moving ${peers.size} people to a new router`);
    for (const peer of peers.values()) peer.closeMedia();
    this.close();
    this.router = await this.pool.createRouter({ sessionId: session.id });
    await this.observeSpeakers();
    this.setActiveSpeaker(null);
    this.people.broadcast('room:restarted', [{ routerRtpCapabilities: this.router.rtpCapabilities }]);
  }

  private setActiveSpeaker(userId: string | null): void {
    if (this.activeSpeakerId === userId) return;
    this.activeSpeakerId = userId;
    this.people.broadcast('speaker:active', [{ userId }]);
  }

  private transportOf(peer: Peer, transportId: string, direction?: 'send' | 'recv') {
    const transport = peer.transports.get(transportId);
    if (!transport || (direction && transport.appData.direction !== direction)) {
      throw new AppError(404, 'webinar.transportUnknown');
    }
    return transport;
  }

  /**
   * The router a viewer receives on: the main one while it has room, else a viewer router
   * on another worker (made on demand, with every producer piped to it). A viewer whose
   * streams no worker can send within its budget is turned away (503): better one person
   * told to wait than every room on the worker losing packets.
   */
  private async routerForViewer(peer: Peer): Promise<Router> {
    const { peers, session } = this.people;
    const viewersOn = (router: Router) =>
      [...peers.values()].filter((other) => other !== peer && other.recvRouter === router).length;
    // What this viewer will receive now: the room's streams, at least a speaker's sound and picture.
    const streams = Math.max(2, this.producers(peer).length);
    const routers = [this.router, ...this.viewerRouters];
    const withRoom = routers.filter((router) => this.pool.hasRoomFor(router, streams));
    const available = withRoom.find((router) => viewersOn(router) < this.settings.viewersPerRouter);
    if (available) return available;
    const router = await this.pool.createRouterBeside(routers, streams, { sessionId: session.id });
    if (!router) {
      // No other worker can take this room: a router that is past its viewer count but
      // within its worker's budget takes the viewer.
      if (withRoom[0]) return withRoom[0];
      this.logger.warn(`room ${session.id}: no media worker can send ${streams} more streams; viewer turned away`);
      throw new AppError(503, 'webinar.mediaFull');
    }
    for (const other of peers.values()) {
      for (const producer of other.producers.values()) {
        await this.router.pipeToRouter({ producerId: producer.id, router, enableSctp: false });
      }
    }
    this.viewerRouters.push(router);
    return router;
  }
}

function producerInfo(producer: types.Producer<ProducerData>): WebinarProducerInfo {
  return {
    producerId: producer.id,
    userId: producer.appData.userId,
    kind: producer.kind,
    source: producer.appData.source,
    paused: producer.paused,
  };
}
