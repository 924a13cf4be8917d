import { Logger } from '@nestjs/common';
import { AppError, type AppConfig } from '@bina-pustaka/api-platform';
import type {
  WebinarConsumerInfo,
  WebinarLobbyEntry,
  WebinarMediaSource,
  WebinarNetworkQuality,
  WebinarProducerInfo,
  WebinarRemovalReason,
  WebinarRoomRole,
  WebinarServerToClientEvents,
  WebinarTransportInfo,
} from '@bina-pustaka/shared-contracts';
import type { types } from 'mediasoup';
import type { MediaWorkerPool } from '../media-worker-pool';
import type { ConsumerData, Peer, ProducerData, TransportData } from './peer';

type Router = types.Router;
type ServerEvent = keyof WebinarServerToClientEvents;
type EventArgs<Event extends ServerEvent> = Parameters<WebinarServerToClientEvents[Event]>;

/** Per-peer caps: one send and one receive transport, a producer per source, and enough consumers for a big room. */
export const PEER_LIMITS = { transports: 2, consumers: 400 } as const;

/** What a room needs to know about its session; kept current by the lifecycle. */
export interface RoomSession {
  id: string;
  title: string;
  status: 'scheduled' | 'live';
  requireAdmission: boolean;
  capacity: number | null;
}

/** Callbacks into the rest of the domain (attendance, bans), so the room stays about people and media. */
export interface RoomHooks {
  entered(peer: Peer): Promise<void>;
  left(peer: Peer): Promise<void>;
}

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
 * One live webinar on this api process: who is inside, who waits in the lobby, and the
 * mediasoup routers carrying their media. Senders' transports live on the main router;
 * when a room outgrows it, viewers' receive transports go to routers on other workers that
 * the producers are piped to. Everything a peer owns closes with it (cascading close).
 */
export class Room {
  private readonly logger = new Logger(Room.name);
  readonly peers = new Map<string, Peer>();
  readonly lobby = new Map<string, Peer>();
  /** User ids in the order they raised their hands. */
  hands: string[] = [];
  chatLocked = false;
  activeSpeakerId: string | null = null;
  /** Attendees a host let in: they skip the lobby when they reconnect. */
  private readonly admitted = new Set<string>();
  /** What hosts changed about people during the session, kept across reconnects. */
  private readonly changes = new Map<string, { role?: WebinarRoomRole; canSpeak?: boolean }>();
  private viewerRouters: Router[] = [];
  private speakerObserver: types.ActiveSpeakerObserver | null = null;
  private restarting: Promise<void> | null = null;
  private closed = false;

  private constructor(
    public session: RoomSession,
    private router: Router,
    private readonly pool: MediaWorkerPool,
    private readonly settings: AppConfig['webinar'],
    private readonly hooks: RoomHooks,
  ) {}

  static async create(
    session: RoomSession,
    pool: MediaWorkerPool,
    settings: AppConfig['webinar'],
    hooks: RoomHooks,
  ): Promise<Room> {
    const room = new Room(session, await pool.createRouter({ sessionId: session.id }), pool, settings, hooks);
    await room.observeSpeakers();
    return room;
  }

  get routerRtpCapabilities(): types.RtpCapabilities {
    return this.router.rtpCapabilities;
  }

  /** From this many people, attendees invited to speak start with their camera off. */
  get largeRoom(): number {
    return this.settings.largeRoom;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Whether any of these (closed) routers carried this room. */
  usesAnyOf(routers: readonly Router[]): boolean {
    return routers.some((router) => router === this.router || this.viewerRouters.includes(router));
  }

  /** The role a person has now: a host may have changed it during the session. */
  roleOf(userId: string, ticketRole: WebinarRoomRole): WebinarRoomRole {
    return this.changes.get(userId)?.role ?? ticketRole;
  }

  attendeeCount(): number {
    return [...this.peers.values()].filter((peer) => peer.role === 'attendee').length;
  }

  /** Whether a peer must wait: the room is not open yet, or the host admits attendees one by one. */
  mustWait(peer: Peer): boolean {
    if (peer.role !== 'attendee') return false;
    return this.session.status !== 'live' || (this.session.requireAdmission && !this.admitted.has(peer.userId));
  }

  // ---- People ---------------------------------------------------------------------------

  /** A second connection of the same person replaces the first (a reload, another tab). */
  replaceEarlier(userId: string, socketId: string): void {
    for (const earlier of [this.peers.get(userId), this.lobby.get(userId)]) {
      if (earlier && earlier.socket.id !== socketId) this.dismiss(earlier, 'replaced');
    }
  }

  wait(peer: Peer): void {
    this.lobby.set(peer.userId, peer);
    this.announceLobby();
  }

  async enter(peer: Peer): Promise<void> {
    if (this.session.capacity !== null && peer.role === 'attendee' && this.attendeeCount() >= this.session.capacity) {
      throw new AppError(409, 'webinar.full');
    }
    this.lobby.delete(peer.userId);
    const change = this.changes.get(peer.userId);
    if (change?.canSpeak !== undefined) peer.canSpeak = change.canSpeak;
    peer.handRaised = this.hands.includes(peer.userId);
    this.peers.set(peer.userId, peer);
    await this.hooks.entered(peer);
    this.broadcast('peer:joined', [peer.view()], peer);
  }

  async leave(peer: Peer): Promise<void> {
    if (this.lobby.get(peer.userId) === peer) {
      this.lobby.delete(peer.userId);
      this.announceLobby();
    }
    if (this.peers.get(peer.userId) !== peer) return;
    this.peers.delete(peer.userId);
    peer.closeMedia();
    if (this.activeSpeakerId === peer.userId) this.setActiveSpeaker(null);
    await this.hooks.left(peer);
    this.broadcast('peer:left', [{ userId: peer.userId }]);
  }

  admit(userId: string): void {
    const waiting = this.lobby.get(userId);
    if (!waiting) throw new AppError(404, 'webinar.notWaiting');
    this.admitted.add(userId);
    this.lobby.delete(userId);
    waiting.socket.emit('lobby:admitted');
    this.announceLobby();
  }

  deny(userId: string): void {
    const waiting = this.lobby.get(userId);
    if (!waiting) throw new AppError(404, 'webinar.notWaiting');
    this.dismiss(waiting, 'denied');
  }

  /** The session opened: everyone waiting only for that comes in. */
  opened(): void {
    this.session = { ...this.session, status: 'live' };
    for (const waiting of [...this.lobby.values()]) {
      if (!this.mustWait(waiting)) {
        this.lobby.delete(waiting.userId);
        waiting.socket.emit('lobby:admitted');
      }
    }
    this.announceLobby();
  }

  /** Takes a peer out of the room (and its socket off the server), telling them why. */
  dismiss(peer: Peer, reason: WebinarRemovalReason): void {
    peer.socket.emit('room:closed', { reason });
    peer.socket.disconnect(true);
    void this.leave(peer);
  }

  changeRole(target: Peer, role: WebinarRoomRole): void {
    if (target.role === 'host') throw new AppError(409, 'webinar.hostRoleFixed');
    target.role = role;
    this.changes.set(target.userId, { ...this.changes.get(target.userId), role });
    this.closeForbiddenProducers(target);
    this.broadcast('peer:updated', [target.view()]);
  }

  allowToSpeak(target: Peer, allowed: boolean): void {
    target.canSpeak = allowed;
    this.changes.set(target.userId, { ...this.changes.get(target.userId), canSpeak: allowed });
    if (allowed) this.lowerHand(target.userId);
    this.closeForbiddenProducers(target);
    this.broadcast('peer:updated', [target.view()]);
  }

  raiseHand(peer: Peer): void {
    if (this.hands.includes(peer.userId)) return;
    this.hands = [...this.hands, peer.userId];
    peer.handRaised = true;
    this.broadcast('hands:changed', [{ hands: this.hands }]);
    this.broadcast('peer:updated', [peer.view()]);
  }

  /** A browser's judgement of its own connection: everyone sees it on that person's tile and in the list. */
  reportNetwork(peer: Peer, quality: WebinarNetworkQuality): void {
    if (peer.network === quality) return;
    peer.network = quality;
    this.broadcast('peer:updated', [peer.view()], peer);
  }

  lowerHand(userId: string): void {
    if (!this.hands.includes(userId)) return;
    this.hands = this.hands.filter((id) => id !== userId);
    const peer = this.peers.get(userId);
    if (peer) peer.handRaised = false;
    this.broadcast('hands:changed', [{ hands: this.hands }]);
    if (peer) this.broadcast('peer:updated', [peer.view()]);
  }

  lobbyEntries(): WebinarLobbyEntry[] {
    return [...this.lobby.values()].map((peer) => ({ userId: peer.userId, name: peer.name }));
  }

  // ---- Media ----------------------------------------------------------------------------

  producers(except?: Peer): WebinarProducerInfo[] {
    return [...this.peers.values()]
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
    if (!this.peers.has(peer.userId)) throw new AppError(409, 'webinar.notInRoom');
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
      if (!this.closed && !this.restarting) this.broadcast('producer:closed', [{ producerId: producer.id }], peer);
    });
    if (source === 'mic') await this.speakerObserver?.addProducer({ producerId: producer.id }).catch(() => undefined);
    for (const router of this.viewerRouters) {
      await this.router.pipeToRouter({ producerId: producer.id, router, enableSctp: false });
    }
    this.broadcast('producer:new', [producerInfo(producer)], peer);
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
    this.broadcast('producer:paused', [{ producerId: producer.id, paused }], peer);
  }

  async consume(peer: Peer, transportId: string, producerId: string): Promise<WebinarConsumerInfo> {
    if (!this.peers.has(peer.userId)) throw new AppError(409, 'webinar.notInRoom');
    const transport = this.transportOf(peer, transportId, 'recv');
    const owner = [...this.peers.values()].find((other) => other.producers.has(producerId));
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
    this.broadcast('producer:paused', [{ producerId: mic.id, paused: true }], target);
  }

  /** A host stops someone's camera. */
  stopVideo(target: Peer): void {
    const camera = target.producerOf('camera');
    if (!camera) return;
    camera.close();
    target.socket.emit('you:muted', { source: 'camera' });
  }

  // ---- The room as a whole ---------------------------------------------------------------

  broadcast<Event extends ServerEvent>(event: Event, args: EventArgs<Event>, except?: Peer): void {
    for (const peer of this.peers.values()) {
      if (peer !== except) (peer.socket.emit as (event: Event, ...rest: EventArgs<Event>) => void)(event, ...args);
    }
  }

  /**
   * The worker under the room died: make new routers, drop everyone's media (it died with
   * the worker) and tell clients to set their transports up again. People stay in the room.
   */
  restart(): Promise<void> {
    this.restarting ??= this.rebuild().finally(() => (this.restarting = null));
    return this.restarting;
  }

  /** Ends the room for everyone; no one can be in it after this. */
  async close(reason: WebinarRemovalReason): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const peer of [...this.peers.values(), ...this.lobby.values()]) {
      peer.socket.emit('room:closed', { reason });
      peer.socket.disconnect(true);
      await this.leave(peer);
    }
    this.closeRouters();
  }

  private async rebuild(): Promise<void> {
    this.logger.warn(`room ${this.session.id}: media server lost, moving ${this.peers.size} people to a new router`);
    for (const peer of this.peers.values()) peer.closeMedia();
    this.closeRouters();
    this.router = await this.pool.createRouter({ sessionId: this.session.id });
    await this.observeSpeakers();
    this.setActiveSpeaker(null);
    this.broadcast('room:restarted', [{ routerRtpCapabilities: this.router.rtpCapabilities }]);
  }

  private closeRouters(): void {
    this.speakerObserver = null;
    for (const router of this.viewerRouters) router.close();
    this.viewerRouters = [];
    this.router.close();
  }

  private async observeSpeakers(): Promise<void> {
    this.speakerObserver = await this.router.createActiveSpeakerObserver({ interval: 500 });
    this.speakerObserver.on('dominantspeaker', ({ producer }) => {
      this.setActiveSpeaker((producer.appData as ProducerData).userId);
    });
  }

  private setActiveSpeaker(userId: string | null): void {
    if (this.activeSpeakerId === userId) return;
    this.activeSpeakerId = userId;
    this.broadcast('speaker:active', [{ userId }]);
  }

  private announceLobby(): void {
    const lobby = this.lobbyEntries();
    for (const peer of this.peers.values()) {
      if (peer.moderates) peer.socket.emit('lobby:changed', { lobby });
    }
  }

  private closeForbiddenProducers(peer: Peer): void {
    for (const producer of peer.producers.values()) {
      if (!peer.maySend(producer.appData.source)) producer.close();
    }
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
    const viewersOn = (router: Router) =>
      [...this.peers.values()].filter((other) => other !== peer && other.recvRouter === router).length;
    // What this viewer will receive now: the room's streams, at least a speaker's sound and picture.
    const streams = Math.max(2, this.producers(peer).length);
    const routers = [this.router, ...this.viewerRouters];
    const withRoom = routers.filter((router) => this.pool.hasRoomFor(router, streams));
    const available = withRoom.find((router) => viewersOn(router) < this.settings.viewersPerRouter);
    if (available) return available;
    const router = await this.pool.createRouterBeside(routers, streams, { sessionId: this.session.id });
    if (!router) {
      // No other worker can take this room: a router that is past its viewer count but
      // within its worker's budget takes the viewer.
      if (withRoom[0]) return withRoom[0];
      this.logger.warn(`room ${this.session.id}: no media worker can send ${streams} more streams; viewer turned away`);
      throw new AppError(503, 'webinar.mediaFull');
    }
    for (const other of this.peers.values()) {
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
