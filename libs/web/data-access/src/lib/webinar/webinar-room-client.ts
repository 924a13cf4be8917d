import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  IceServer,
  WebinarAck,
  WebinarChatMessage,
  WebinarClientMessage,
  WebinarClientPayloads,
  WebinarClientResults,
  WebinarConsumerInfo,
  WebinarJoinTicket,
  WebinarLobbyEntry,
  WebinarMediaSource,
  WebinarPeer,
  WebinarPoll,
  WebinarProducerInfo,
  WebinarQuestion,
  WebinarRemovalReason,
  WebinarRoomRole,
  WebinarRoomState,
  WebinarServerToClientEvents,
} from '@bina-pustaka/shared-contracts';
import type { Device, types as ms } from 'mediasoup-client';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../api-error';
import {
  INITIAL_CONNECTION,
  nextConnectionState,
  retryDelayMs,
  wantsConnection,
  type ConnectionEvent,
  type ConnectionState,
} from './connection-state';
import { CAMERA_SIMULCAST_ENCODINGS, chooseLayers, type VideoDemand } from './layer-choice';
import {
  QualityTracker,
  classifyNetwork,
  readTransportStats,
  streamDelta,
  transportDelta,
  type NetworkQuality,
  type StatLike,
  type TransportReading,
} from './network-quality';
import { WEBINAR_ROOM_RUNTIME, type RoomSocket } from './webinar-room-runtime';
import { WebinarApi } from './webinar-api.service';

/** A remote stream this client receives. */
export interface RemoteMedia {
  consumerId: string;
  producerId: string;
  userId: string;
  kind: 'audio' | 'video';
  source: WebinarMediaSource;
  track: MediaStreamTrack;
  /** The sender paused it (muted microphone, camera off). */
  producerPaused: boolean;
  /** We paused it (audio only). */
  paused: boolean;
}

/** What the person's own devices are doing. */
export interface LocalMediaState {
  mic: boolean;
  camera: boolean;
  screen: boolean;
}

export type AudioOnlyMode = 'off' | 'manual' | 'auto';

/** A short message for the live region: a key of the webinar translations and its params. */
export interface RoomNotice {
  id: number;
  key: string;
  params: Record<string, string>;
}

export interface RoomFailure {
  code: string;
  /** The server's sentence, already translated; null: the client's own words by code. */
  message: string | null;
}

/** An acknowledged message the server refused, with its translated reason. */
export class RoomRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RoomRequestError';
  }
}

/** Thrown inside an attempt that a newer attempt (or leaving) made pointless. */
class Superseded extends Error {}

/** How often the network is measured and layers are reconsidered. */
export const STATS_INTERVAL_MS = 2_000;
/** How long an acknowledged message may take. */
export const REQUEST_TIMEOUT_MS = 10_000;
const MAX_CHAT = 500;
/** The server's answer when a socket sends too many messages at once. */
const RATE_LIMITED = 'webinar.tooFast';

const AUDIO_CONSTRAINTS: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};
const CAMERA_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 1280 },
  height: { ideal: 720 },
  frameRate: { ideal: 24, max: 30 },
};

interface TileSize {
  width: number;
  height: number;
}

/**
 * One person's presence in a live webinar: the /webinar socket, the mediasoup Device and
 * transports, what they send and receive, and everything the room says (chat, Q&A, hands,
 * polls, lobby). State is in signals for the room page. Provide it on the room page; it
 * cleans up when the page is destroyed.
 *
 * Reconnection: a dropped socket, a failed ICE connection and `room:restarted` all lead to
 * the same path: tear down the media (keeping the camera and microphone tracks), fetch a
 * fresh single-use ticket, connect a new socket, join, and send and receive again.
 */
@Injectable()
export class WebinarRoomClient {
  private readonly api = inject(WebinarApi);
  private readonly runtime = inject(WEBINAR_ROOM_RUNTIME);

  // ---- Public state -------------------------------------------------------------------
  private readonly connection = signal<ConnectionState>(INITIAL_CONNECTION);
  readonly phase = computed(() => this.connection().phase);
  readonly attempt = computed(() => this.connection().attempt);
  readonly closedReason = computed(() => this.connection().closedReason);
  readonly failure = signal<RoomFailure | null>(null);

  readonly sessionId = signal<string | null>(null);
  readonly title = signal('');
  readonly role = signal<WebinarRoomRole | null>(null);
  readonly me = signal<WebinarPeer | null>(null);
  /** Everyone else in the room. */
  readonly peers = signal<WebinarPeer[]>([]);
  readonly producers = signal<WebinarProducerInfo[]>([]);
  readonly remote = signal<RemoteMedia[]>([]);
  readonly local = signal<LocalMediaState>({ mic: false, camera: false, screen: false });
  readonly localCamera = signal<MediaStream | null>(null);
  readonly localScreen = signal<MediaStream | null>(null);
  readonly audioOnly = signal<AudioOnlyMode>('off');
  readonly myQuality = signal<NetworkQuality | null>(null);
  /** What arrives from each sender (their uplink and my downlink together). */
  private readonly receivedQuality = signal<Record<string, NetworkQuality>>({}, { equal: sameQualities });
  /**
   * Each other person's connection: their own browser's report when there is one (it also
   * covers listeners, who send nothing), else what arrives from them.
   */
  readonly peerQuality = computed(() => {
    const result = { ...this.receivedQuality() };
    for (const peer of this.peers()) if (peer.network) result[peer.userId] = peer.network;
    return result;
  });
  readonly activeSpeakerId = signal<string | null>(null);
  readonly chat = signal<WebinarChatMessage[]>([]);
  readonly chatLocked = signal(false);
  readonly questions = signal<WebinarQuestion[]>([]);
  readonly polls = signal<WebinarPoll[]>([]);
  readonly hands = signal<string[]>([]);
  readonly lobby = signal<WebinarLobbyEntry[]>([]);
  /** From this many people (me included) attendees invited to speak start with the microphone only. */
  readonly largeRoomFrom = signal(Infinity);
  /** The latest thing to announce (aria-live): a hand, a mute, a permission problem. */
  readonly notice = signal<RoomNotice | null>(null);

  readonly myRole = computed(() => this.me()?.role ?? this.role());
  readonly isHost = computed(() => this.myRole() === 'host');
  /** Hosts and moderators run the lobby, hands, chat and Q&A. */
  readonly isModerating = computed(() => this.myRole() === 'host' || this.myRole() === 'moderator');
  /** Attendees send sound and picture only while the host lets them speak (the server checks too). */
  readonly mayUseMic = computed(() => {
    const me = this.me();
    return !!me && (me.role !== 'attendee' || me.canSpeak);
  });
  readonly mayUseCamera = this.mayUseMic;
  readonly mayShareScreen = computed(() => this.myRole() === 'host' || this.myRole() === 'presenter');
  readonly handRaised = computed(() => {
    const me = this.me();
    return !!me && this.hands().includes(me.userId);
  });

  // ---- Internals ----------------------------------------------------------------------
  private generation = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private socket: RoomSocket | null = null;
  private device: Device | null = null;
  private deviceCapabilities = '';
  private iceServers: IceServer[] = [];
  private sendTransport: ms.Transport | null = null;
  private sendTransportPending: Promise<ms.Transport> | null = null;
  private recvTransport: ms.Transport | null = null;
  private readonly consumers = new Map<string, ms.Consumer>();
  private readonly consuming = new Set<string>();
  private readonly ownProducers = new Map<WebinarMediaSource, ms.Producer>();
  private readonly producing = new Map<WebinarMediaSource, Promise<boolean>>();
  private readonly tracks = new Map<WebinarMediaSource, MediaStreamTrack>();
  /** What the person chose, kept across reconnects (null: the role's default). */
  private wantMic: boolean | null = null;
  private wantCamera: boolean | null = null;
  /** The camera was on when audio only began: it comes back when audio only ends. */
  private cameraBeforeAudioOnly = false;
  private readonly tileSizes = new Map<string, TileSize>();
  private readonly preferredLayers = new Map<string, number>();
  private readonly myTracker = new QualityTracker();
  private readonly peerTrackers = new Map<string, QualityTracker>();
  private lastRecv: TransportReading | null = null;
  /** My quality as the server last heard it (null: not told on this connection yet). */
  private reportedQuality: NetworkQuality | null = null;
  /** Lowered after loss, raised again while the network keeps up (null: no limit of ours). */
  private bandwidthCeiling: number | null = null;
  private noticeId = 0;
  /** The last thing that went wrong, for support (see `diagnostics`). */
  private lastError: string | null = null;
  /** When the connection was lost in the last minute. */
  private losses: number[] = [];
  private readonly onOnline = () => this.retryNow();
  private readonly onPageHide = () => this.leave();

  // ---- Life cycle ---------------------------------------------------------------------

  /** Enters the room of a session (lobby first when the host admits people). */
  join(sessionId: string): void {
    if (this.sessionId() !== sessionId) this.sessionId.set(sessionId);
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('pagehide', this.onPageHide);
    }
    this.failure.set(null);
    this.dispatch({ type: 'start' });
  }

  /** Leaves for good: every track, transport and the socket are closed. */
  leave(): void {
    if (this.phase() === 'closed') return;
    this.dispatch({ type: 'leave' });
  }

  /** After a failure: try again now. */
  retry(): void {
    if (this.phase() === 'failed') {
      this.failure.set(null);
      this.dispatch({ type: 'start' });
    } else this.retryNow();
  }

  private retryNow(): void {
    if (wantsConnection(this.connection()) && this.retryTimer !== null) this.schedule(0);
  }

  private dispatch(event: ConnectionEvent): void {
    const before = this.connection();
    const after = nextConnectionState(before, event);
    if (after === before) return;
    this.connection.set(after);
    if (after.phase === 'closed') {
      this.shutdown();
      return;
    }
    if (after.phase === 'failed') {
      this.generation++;
      this.teardownMedia();
      this.dropSocket();
      return;
    }
    if (after.phase === 'joined' || after.phase === 'lobby') return;
    if (!wantsConnection(after)) return;
    // A room that keeps dropping right after joining backs off too (attempt resets on join).
    if (event.type === 'lost') this.losses = [...this.losses.filter((at) => Date.now() - at < 60_000), Date.now()];
    this.schedule(retryDelayMs(after.attempt + Math.max(0, this.losses.length - 2)));
  }

  private schedule(delayMs: number): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    const generation = ++this.generation;
    this.stopStats();
    this.teardownMedia();
    this.dropSocket();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connectOnce(generation).catch((error: unknown) => this.attemptFailed(generation, error));
    }, delayMs);
  }

  private attemptFailed(generation: number, error: unknown): void {
    if (error instanceof Superseded || generation !== this.generation) return;
    this.lastError = describeError(error);
    const { fatal, failure } = describeFailure(error);
    this.failure.set(failure);
    this.dispatch({ type: 'attemptFailed', fatal });
  }

  private check(generation: number): void {
    if (generation !== this.generation) throw new Superseded();
  }

  private async connectOnce(generation: number): Promise<void> {
    const sessionId = this.sessionId();
    if (!sessionId) throw new RoomRequestError('noSession', 'No session');
    markStep('connect');
    const ticket = await firstValueFrom(this.api.joinTicket(sessionId));
    markStep('ticket');
    this.check(generation);
    this.role.set(ticket.role);
    this.iceServers = ticket.iceServers;
    await this.loadDevice(ticket);
    this.check(generation);
    const socket = await this.runtime.connect(ticket.namespace || '/webinar', { token: ticket.token, sessionId });
    if (generation !== this.generation) {
      socket.removeAllListeners();
      socket.disconnect();
      throw new Superseded();
    }
    this.socket = socket;
    this.listen(socket, generation);
    await waitForConnect(socket);
    markStep('socket');
    this.check(generation);
    await this.enter(generation);
  }

  /** room:join: in at once, or the lobby until `lobby:admitted`. */
  private async enter(generation: number): Promise<void> {
    const device = this.device;
    if (!device) throw new Superseded();
    const result = await this.request('room:join', { rtpCapabilities: device.rtpCapabilities });
    this.check(generation);
    if (result.state === 'lobby') {
      this.dispatch({ type: 'lobby' });
      return;
    }
    markStep('joined');
    this.applyRoom(result.room);
    this.failure.set(null);
    this.dispatch({ type: 'joined' });
    await this.startMedia(generation, result.room);
  }

  private async loadDevice(ticket: WebinarJoinTicket): Promise<void> {
    const capabilities = JSON.stringify(ticket.routerRtpCapabilities ?? {});
    // A replaced media server has the same codecs, but load again if anything differs.
    if (this.device?.loaded && capabilities === this.deviceCapabilities) return;
    const device = await this.runtime.createDevice();
    await device.load({ routerRtpCapabilities: ticket.routerRtpCapabilities as ms.RtpCapabilities });
    this.device = device;
    this.deviceCapabilities = capabilities;
  }

  private listen(socket: RoomSocket, generation: number): void {
    const on = <E extends keyof WebinarServerToClientEvents>(event: E, handler: WebinarServerToClientEvents[E]) =>
      socket.on(event, ((...args: Parameters<WebinarServerToClientEvents[E]>) => {
        if (generation === this.generation) (handler as (...values: unknown[]) => void)(...args);
      }) as (...args: never[]) => void);

    socket.on('disconnect', ((reason: string) => {
      if (generation !== this.generation || reason === 'io client disconnect') return;
      this.dispatch({ type: 'lost' });
    }) as (...args: never[]) => void);

    on('peer:joined', (peer) => this.upsertPeer(peer));
    on('peer:left', ({ userId }) => {
      this.peers.update((peers) => peers.filter((peer) => peer.userId !== userId));
      this.peerTrackers.delete(userId);
    });
    on('peer:updated', (peer) => this.upsertPeer(peer));
    on('producer:new', (producer) => {
      if (producer.userId === this.me()?.userId) return;
      this.producers.update((list) => [...list.filter((item) => item.producerId !== producer.producerId), producer]);
      this.consumeAll(generation).catch((error: unknown) => this.mediaProblem(generation, error));
    });
    on('producer:closed', ({ producerId }) => {
      this.producers.update((list) => list.filter((item) => item.producerId !== producerId));
      for (const media of this.remote()) if (media.producerId === producerId) this.dropConsumer(media.consumerId);
      const own = [...this.ownProducers].find(([, producer]) => producer.id === producerId);
      if (own) this.ownProducerClosed(own[0]);
    });
    on('producer:paused', ({ producerId, paused }) => {
      this.producers.update((list) =>
        list.map((item) => (item.producerId === producerId ? { ...item, paused } : item)),
      );
      this.remote.update((list) =>
        list.map((item) => (item.producerId === producerId ? { ...item, producerPaused: paused } : item)),
      );
    });
    on('consumer:closed', ({ consumerId }) => this.dropConsumer(consumerId));
    on('chat:message', (message) => this.upsertChat(message));
    on('chat:deleted', ({ messageId }) => this.chat.update((list) => list.filter((item) => item.id !== messageId)));
    on('chat:locked', ({ locked }) => {
      this.chatLocked.set(locked);
      this.announce(locked ? 'room.notice.chatLocked' : 'room.notice.chatUnlocked');
    });
    on('qa:question', (question) => this.upsertQuestion(question));
    on('hands:changed', ({ hands }) => this.handsChanged(hands));
    on('poll:updated', (poll) => this.upsertPoll(poll));
    on('speaker:active', ({ userId }) => {
      this.activeSpeakerId.set(userId);
      this.scheduleLayers();
    });
    on('lobby:changed', ({ lobby }) => {
      const before = new Set(this.lobby().map((entry) => entry.userId));
      this.lobby.set(lobby);
      const arrived = lobby.find((entry) => !before.has(entry.userId));
      if (arrived && this.isModerating()) this.announce('room.notice.waiting', { name: arrived.name });
    });
    on('lobby:admitted', () => {
      this.enter(generation).catch((error: unknown) => this.lost(generation, error));
    });
    on('you:muted', ({ source }) => void this.mutedByHost(source));
    on('room:restarted', () => {
      // The media server under the room was replaced: everything is made again.
      this.announce('room.notice.restarted');
      this.dispatch({ type: 'lost' });
    });
    on('room:closed', ({ reason }) => this.closed(reason));
  }

  private closed(reason: WebinarRemovalReason): void {
    this.dispatch({ type: 'closed', reason });
  }

  /** Something broke after joining: start over (unless a newer attempt already did). */
  private lost(generation: number, error: unknown): void {
    if (error instanceof Superseded || generation !== this.generation) return;
    if (error instanceof RoomRequestError && this.phase() === 'lobby') {
      this.failure.set({ code: error.code, message: error.message });
    }
    this.dispatch({ type: 'lost' });
  }

  private shutdown(): void {
    this.generation++;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.stopStats();
    this.teardownMedia();
    for (const track of this.tracks.values()) track.stop();
    this.tracks.clear();
    this.localCamera.set(null);
    this.localScreen.set(null);
    this.local.set({ mic: false, camera: false, screen: false });
    this.dropSocket();
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('pagehide', this.onPageHide);
    }
  }

  private dropSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.removeAllListeners();
    socket.disconnect();
  }

  /** Closes transports, producers and consumers; the camera and microphone tracks stay for the next join. */
  private teardownMedia(): void {
    for (const consumer of this.consumers.values()) consumer.close();
    this.consumers.clear();
    this.consuming.clear();
    for (const producer of this.ownProducers.values()) producer.close();
    this.ownProducers.clear();
    this.producing.clear();
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.sendTransport = null;
    this.sendTransportPending = null;
    this.recvTransport = null;
    this.remote.set([]);
    this.producers.set([]);
    this.local.set({ mic: false, camera: false, screen: false });
    this.localCamera.set(null);
    this.localScreen.set(null);
    this.preferredLayers.clear();
    this.lastRecv = null;
    this.receivedQuality.set({});
    this.peerTrackers.clear();
    this.reportedQuality = null;
  }

  // ---- Signalling ---------------------------------------------------------------------

  /**
   * One acknowledged message; rejects with RoomRequestError when the server says no. When
   * the server asks to slow down (many consumers at once in a big room), it waits and asks again.
   */
  async request<M extends WebinarClientMessage>(
    message: M,
    payload: WebinarClientPayloads[M],
    timeoutMs = REQUEST_TIMEOUT_MS,
  ): Promise<WebinarClientResults[M]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.requestOnce(message, payload, timeoutMs);
      } catch (error) {
        const tooFast = error instanceof RoomRequestError && error.code === RATE_LIMITED;
        if (!tooFast || attempt >= 6) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
  }

  private requestOnce<M extends WebinarClientMessage>(
    message: M,
    payload: WebinarClientPayloads[M],
    timeoutMs: number,
  ): Promise<WebinarClientResults[M]> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new RoomRequestError('notConnected', 'Not connected'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new RoomRequestError('timeout', 'No answer')), timeoutMs);
      socket.emit(message, payload, (answer: WebinarAck<unknown>) => {
        clearTimeout(timer);
        if (answer?.ok) resolve(answer.data as WebinarClientResults[M]);
        else reject(new RoomRequestError(answer?.error?.code ?? 'unexpected', answer?.error?.message ?? ''));
      });
    });
  }

  // ---- Room state ---------------------------------------------------------------------

  private applyRoom(room: WebinarRoomState): void {
    this.sessionId.set(room.sessionId);
    this.title.set(room.title);
    this.me.set(room.me);
    this.role.set(room.me.role);
    this.peers.set(room.peers.filter((peer) => peer.userId !== room.me.userId));
    this.producers.set(room.producers.filter((producer) => producer.userId !== room.me.userId));
    this.chat.set(room.chat.slice(-MAX_CHAT));
    this.chatLocked.set(room.chatLocked);
    this.questions.set(room.questions);
    this.polls.set(room.polls);
    this.hands.set(room.hands);
    this.lobby.set(room.lobby);
    this.activeSpeakerId.set(room.activeSpeakerId);
    this.largeRoomFrom.set(room.largeRoomFrom);
  }

  private upsertPeer(peer: WebinarPeer): void {
    const me = this.me();
    if (me && peer.userId === me.userId) {
      this.me.set(peer);
      this.role.set(peer.role);
      void this.myPermissionsChanged(me, peer);
      return;
    }
    this.peers.update((peers) =>
      peers.some((item) => item.userId === peer.userId)
        ? peers.map((item) => (item.userId === peer.userId ? peer : item))
        : [...peers, peer],
    );
  }

  /** The host let me speak, stopped that, or changed my role: follow with the devices. */
  private async myPermissionsChanged(before: WebinarPeer, after: WebinarPeer): Promise<void> {
    const couldSpeak = before.role !== 'attendee' || before.canSpeak;
    const canSpeak = after.role !== 'attendee' || after.canSpeak;
    if (!couldSpeak && canSpeak) {
      // Invited to speak: the microphone opens, and in a small room the camera too (the
      // buttons close them again); in a large room each camera costs every viewer's data.
      const withCamera =
        after.role === 'attendee' && this.peers().length + 1 < this.largeRoomFrom() && this.audioOnly() === 'off';
      this.announce(withCamera ? 'room.notice.maySpeakWithCamera' : 'room.notice.maySpeak');
      if (after.role === 'attendee') {
        await this.setMic(true).catch(() => undefined);
        if (withCamera) await this.setCamera(true).catch(() => undefined);
      }
    } else if (couldSpeak && !canSpeak) {
      this.announce('room.notice.speakingEnded');
      this.closeOwn('mic');
      if (this.local().camera) this.closeOwn('camera');
      this.wantMic = null;
      this.wantCamera = null;
    }
    if (before.role !== after.role) {
      this.announce(`room.notice.roleChanged.${after.role}`);
      if (after.role !== 'host' && after.role !== 'presenter' && this.local().screen) await this.setScreen(false);
    }
  }

  private upsertChat(message: WebinarChatMessage): void {
    this.chat.update((list) => {
      if (list.some((item) => item.id === message.id)) return list;
      const next = [...list, message];
      return next.length > MAX_CHAT ? next.slice(-MAX_CHAT) : next;
    });
  }

  private upsertQuestion(question: WebinarQuestion): void {
    this.questions.update((list) =>
      list.some((item) => item.id === question.id)
        ? list.map((item) => (item.id === question.id ? question : item))
        : [...list, question],
    );
  }

  private upsertPoll(poll: WebinarPoll): void {
    const known = this.polls().some((item) => item.id === poll.id);
    this.polls.update((list) => (known ? list.map((item) => (item.id === poll.id ? poll : item)) : [...list, poll]));
    if (!known && poll.open) this.announce('room.notice.newPoll', { question: poll.question });
  }

  private handsChanged(hands: string[]): void {
    const before = new Set(this.hands());
    this.hands.set(hands);
    const me = this.me();
    for (const userId of hands) {
      if (before.has(userId) || userId === me?.userId) continue;
      const name = this.peers().find((peer) => peer.userId === userId)?.name ?? '';
      this.announce('room.notice.handRaised', { name });
    }
    if (me && before.has(me.userId) && !hands.includes(me.userId)) this.announce('room.notice.handLowered');
  }

  private announce(key: string, params: Record<string, string> = {}): void {
    this.notice.set({ id: ++this.noticeId, key, params });
  }

  // ---- Media --------------------------------------------------------------------------

  private async startMedia(generation: number, room: WebinarRoomState): Promise<void> {
    try {
      await this.createRecvTransport(generation);
      await this.consumeAll(generation);
      const me = room.me;
      const staff = me.role === 'host' || me.role === 'presenter';
      const micDefault = staff || (me.role === 'attendee' && me.canSpeak);
      const cameraDefault = me.role !== 'attendee';
      if ((this.wantMic ?? micDefault) && this.mayUseMic()) await this.produceSource(generation, 'mic');
      const cameraWanted = this.wantCamera ?? cameraDefault;
      if (cameraWanted && this.mayUseCamera() && this.audioOnly() === 'off')
        await this.produceSource(generation, 'camera');
      if (this.tracks.get('screen')?.readyState === 'live' && this.mayShareScreen())
        await this.produceSource(generation, 'screen');
      this.startStats(generation);
    } catch (error) {
      this.mediaProblem(generation, error);
    }
  }

  /**
   * A media step failed. The server refusing something (a cap, a role) is said and the
   * room stays; a lost answer or a broken transport starts over.
   */
  private mediaProblem(generation: number, error: unknown): void {
    if (error instanceof Superseded || generation !== this.generation) return;
    if (error instanceof RoomRequestError && error.code !== 'timeout' && error.code !== 'notConnected') {
      this.refused(error);
      if (this.statsTimer === null) this.startStats(generation);
      return;
    }
    this.dispatch({ type: 'lost' });
  }

  private async createRecvTransport(generation: number): Promise<void> {
    const device = this.device;
    if (!device) throw new Superseded();
    const info = await this.request('transport:create', { direction: 'recv' });
    this.check(generation);
    const transport = device.createRecvTransport({
      id: info.id,
      iceParameters: info.iceParameters as ms.IceParameters,
      iceCandidates: info.iceCandidates as ms.IceCandidate[],
      dtlsParameters: info.dtlsParameters as ms.DtlsParameters,
      iceServers: this.iceServers as RTCIceServer[],
    });
    this.wireTransport(transport, generation);
    this.recvTransport = transport;
  }

  private sendTransportFor(generation: number): Promise<ms.Transport> {
    if (this.sendTransport) return Promise.resolve(this.sendTransport);
    if (!this.sendTransportPending) {
      this.sendTransportPending = (async () => {
        const device = this.device;
        if (!device) throw new Superseded();
        const info = await this.request('transport:create', { direction: 'send' });
        this.check(generation);
        const transport = device.createSendTransport({
          id: info.id,
          iceParameters: info.iceParameters as ms.IceParameters,
          iceCandidates: info.iceCandidates as ms.IceCandidate[],
          dtlsParameters: info.dtlsParameters as ms.DtlsParameters,
          iceServers: this.iceServers as RTCIceServer[],
        });
        this.wireTransport(transport, generation);
        transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
          const source = (appData as { source?: WebinarMediaSource }).source ?? (kind === 'audio' ? 'mic' : 'camera');
          this.request('media:produce', { transportId: transport.id, kind, source, rtpParameters })
            .then(({ producerId }) => callback({ id: producerId }))
            .catch((error: Error) => errback(error));
        });
        this.sendTransport = transport;
        return transport;
      })();
      this.sendTransportPending.catch(() => (this.sendTransportPending = null));
    }
    return this.sendTransportPending;
  }

  private wireTransport(transport: ms.Transport, generation: number): void {
    // Fires on the first produce/consume; mediasoup-client waits for the server's answer.
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.request('transport:connect', { transportId: transport.id, dtlsParameters })
        .then(() => callback())
        .catch((error: Error) => errback(error));
    });
    transport.on('connectionstatechange', (state) => {
      markStep(`${transport.direction}-${state}`);
      if (state === 'failed' && generation === this.generation && this.phase() === 'joined') {
        this.dispatch({ type: 'lost' });
      }
    });
  }

  /** Consumes every known producer not consumed yet (new ones arrive by producer:new). */
  private async consumeAll(generation: number): Promise<void> {
    if (!this.recvTransport || generation !== this.generation) return;
    const pending = this.producers().filter((producer) => !this.consuming.has(producer.producerId));
    await Promise.all(pending.map((producer) => this.consume(generation, producer)));
  }

  private async consume(generation: number, producer: WebinarProducerInfo): Promise<void> {
    const transport = this.recvTransport;
    const device = this.device;
    if (!transport || !device || this.consuming.has(producer.producerId)) return;
    this.consuming.add(producer.producerId);
    let info: WebinarConsumerInfo;
    try {
      info = await this.request('media:consume', { transportId: transport.id, producerId: producer.producerId });
    } catch (error) {
      // The producer may have closed meanwhile; a later producer:new tries again.
      this.consuming.delete(producer.producerId);
      if (error instanceof RoomRequestError && error.code !== 'timeout') return;
      throw error;
    }
    if (generation !== this.generation || transport.closed) return;
    const consumer = await transport.consume({
      id: info.consumerId,
      producerId: info.producerId,
      kind: info.kind,
      rtpParameters: info.rtpParameters as ms.RtpParameters,
      appData: { userId: info.userId, source: info.source },
    });
    if (generation !== this.generation) {
      consumer.close();
      return;
    }
    // A producer that closed while we were consuming it.
    if (!this.producers().some((item) => item.producerId === info.producerId)) {
      consumer.close();
      this.consuming.delete(info.producerId);
      return;
    }
    this.consumers.set(consumer.id, consumer);
    const holdVideo = info.kind === 'video' && this.audioOnly() !== 'off';
    this.remote.update((list) => [
      ...list,
      {
        consumerId: consumer.id,
        producerId: info.producerId,
        userId: info.userId,
        kind: info.kind,
        source: info.source,
        track: consumer.track,
        producerPaused: info.producerPaused,
        paused: holdVideo,
      },
    ]);
    if (holdVideo) {
      consumer.pause();
      return;
    }
    // The server consumer starts paused; resumed now that ours exists (it asks for a key frame).
    await this.request('media:resumeConsumer', { consumerId: consumer.id });
    markStep(`resumed-${info.kind}`);
    this.scheduleLayers();
  }

  private dropConsumer(consumerId: string): void {
    const consumer = this.consumers.get(consumerId);
    consumer?.close();
    this.consumers.delete(consumerId);
    const media = this.remote().find((item) => item.consumerId === consumerId);
    if (media) this.consuming.delete(media.producerId);
    this.remote.update((list) => list.filter((item) => item.consumerId !== consumerId));
    this.tileSizes.delete(consumerId);
    this.preferredLayers.delete(consumerId);
  }

  private async acquire(source: WebinarMediaSource): Promise<MediaStreamTrack | null> {
    const existing = this.tracks.get(source);
    if (existing && existing.readyState === 'live') return existing;
    try {
      let track: MediaStreamTrack | undefined;
      if (source === 'screen') {
        const stream = await this.runtime.displayMedia({ video: { frameRate: { ideal: 15, max: 30 } }, audio: false });
        track = stream.getVideoTracks()[0];
        track?.addEventListener('ended', () => void this.setScreen(false));
      } else {
        const stream = await this.runtime.userMedia(
          source === 'mic' ? { audio: AUDIO_CONSTRAINTS } : { video: CAMERA_CONSTRAINTS },
        );
        track = source === 'mic' ? stream.getAudioTracks()[0] : stream.getVideoTracks()[0];
      }
      if (!track) return null;
      if (source === 'camera' || source === 'screen') track.contentHint = source === 'screen' ? 'detail' : 'motion';
      this.tracks.set(source, track);
      return track;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      // Cancelling the screen picker is a choice, not a problem.
      if (source === 'screen' && name === 'NotAllowedError') return null;
      this.announce(name === 'NotAllowedError' ? `room.notice.blocked.${source}` : `room.notice.unavailable.${source}`);
      return null;
    }
  }

  /**
   * Sends a source, once: a second call while the first is on its way (the host lets me
   * speak while my media is still being set up) waits for the first instead of sending twice.
   */
  private produceSource(generation: number, source: WebinarMediaSource): Promise<boolean> {
    const existing = this.ownProducers.get(source);
    if (existing && !existing.closed) return Promise.resolve(true);
    const pending = this.producing.get(source);
    if (pending) return pending;
    const run = this.produceSourceNow(generation, source).finally(() => {
      if (this.producing.get(source) === run) this.producing.delete(source);
    });
    this.producing.set(source, run);
    return run;
  }

  private async produceSourceNow(generation: number, source: WebinarMediaSource): Promise<boolean> {
    const track = await this.acquire(source);
    if (!track) return false;
    this.check(generation);
    const transport = await this.sendTransportFor(generation);
    this.check(generation);
    const device = this.device;
    if (!device?.canProduce(track.kind as ms.MediaKind)) return false;
    const producer = await transport.produce({
      track,
      stopTracks: false,
      appData: { source },
      ...(source === 'camera'
        ? { encodings: [...CAMERA_SIMULCAST_ENCODINGS], codecOptions: { videoGoogleStartBitrate: 1000 } }
        : source === 'screen'
          ? { encodings: [{ maxBitrate: 1_500_000 }] }
          : { codecOptions: { opusStereo: false, opusDtx: true, opusFec: true } }),
    });
    if (generation !== this.generation) {
      producer.close();
      throw new Superseded();
    }
    this.ownProducers.set(source, producer);
    this.local.update((state) => ({ ...state, [source]: true }));
    if (source === 'camera') this.localCamera.set(new MediaStream([track]));
    if (source === 'screen') this.localScreen.set(new MediaStream([track]));
    return true;
  }

  /** Our producer is gone (closed by us, by the host, or by the server). */
  private ownProducerClosed(source: WebinarMediaSource): void {
    this.ownProducers.get(source)?.close();
    this.ownProducers.delete(source);
    this.local.update((state) => ({ ...state, [source]: false }));
    if (source !== 'mic') {
      this.tracks.get(source)?.stop();
      this.tracks.delete(source);
      if (source === 'camera') this.localCamera.set(null);
      if (source === 'screen') this.localScreen.set(null);
    }
  }

  /** Closes our producer of a source and tells the server (the track stops, except the microphone's). */
  private closeOwn(source: WebinarMediaSource): void {
    const producer = this.ownProducers.get(source);
    if (producer) this.request('media:closeProducer', { producerId: producer.id }).catch(() => undefined);
    this.ownProducerClosed(source);
    if (source === 'mic') {
      this.tracks.get('mic')?.stop();
      this.tracks.delete('mic');
    }
  }

  private async mutedByHost(source: WebinarMediaSource): Promise<void> {
    this.announce(`room.notice.mutedByHost.${source}`);
    if (source === 'mic') {
      this.wantMic = false;
      const producer = this.ownProducers.get('mic');
      if (producer && !producer.paused) producer.pause();
      this.local.update((state) => ({ ...state, mic: false }));
    } else if (source === 'camera') {
      this.wantCamera = false;
      this.ownProducerClosed('camera');
    } else {
      this.ownProducerClosed('screen');
    }
  }

  /** Microphone on or off: paused rather than closed, so it comes back at once. */
  async setMic(on: boolean): Promise<void> {
    const generation = this.generation;
    if (on && !this.mayUseMic()) {
      this.announce('room.notice.raiseHandToSpeak');
      return;
    }
    this.wantMic = on;
    const producer = this.ownProducers.get('mic');
    if (!on) {
      if (producer && !producer.paused) {
        producer.pause();
        await this.request('media:pauseProducer', { producerId: producer.id }).catch(() => undefined);
      }
      this.local.update((state) => ({ ...state, mic: false }));
      return;
    }
    if (this.phase() !== 'joined') return;
    if (producer && !producer.closed) {
      try {
        await this.request('media:resumeProducer', { producerId: producer.id });
        producer.resume();
        this.local.update((state) => ({ ...state, mic: true }));
      } catch (error) {
        this.refused(error);
      }
      return;
    }
    await this.produceSource(generation, 'mic').catch((error: unknown) => this.refused(error));
  }

  /** Camera on or off: off closes the producer and the camera itself. */
  async setCamera(on: boolean): Promise<void> {
    const generation = this.generation;
    this.wantCamera = on;
    if (!on) {
      this.closeOwn('camera');
      return;
    }
    if (this.phase() !== 'joined') return;
    if (!this.mayUseCamera()) {
      this.wantCamera = null;
      this.announce('room.notice.raiseHandToSpeak');
      return;
    }
    if (this.audioOnly() !== 'off') await this.setAudioOnly(false);
    if (this.ownProducers.has('camera')) return;
    await this.produceSource(generation, 'camera').catch((error: unknown) => this.refused(error));
  }

  /** Screen share as a second video producer (hosts and presenters). */
  async setScreen(on: boolean): Promise<void> {
    const generation = this.generation;
    if (!on) {
      if (this.ownProducers.has('screen') || this.tracks.has('screen')) this.closeOwn('screen');
      return;
    }
    if (!this.mayShareScreen() || this.phase() !== 'joined' || this.ownProducers.has('screen')) return;
    await this.produceSource(generation, 'screen').catch((error: unknown) => {
      this.tracks.get('screen')?.stop();
      this.tracks.delete('screen');
      this.refused(error);
    });
  }

  /** The server's reason for refusing, in its own words; ours when it gave none or did not answer. */
  private refused(error: unknown): void {
    if (error instanceof Superseded) return;
    const message = error instanceof RoomRequestError && error.code !== 'timeout' ? error.message : '';
    if (message) this.announce('room.notice.refused', { message });
    else
      this.announce(
        error instanceof RoomRequestError && error.code === 'timeout' ? 'room.notice.noAnswer' : 'room.notice.failed',
      );
  }

  /**
   * Audio only: every received video pauses (on the server too, so it stops costing
   * bandwidth) and our camera goes off. `auto` when the network made the choice.
   */
  async setAudioOnly(on: boolean, mode: Exclude<AudioOnlyMode, 'off'> = 'manual'): Promise<void> {
    const current = this.audioOnly();
    if (on === (current !== 'off')) {
      if (on && current !== mode) this.audioOnly.set(mode);
      return;
    }
    this.audioOnly.set(on ? mode : 'off');
    if (on) {
      this.cameraBeforeAudioOnly = this.local().camera;
      if (this.local().camera) this.closeOwn('camera');
    } else {
      this.myTracker.reset();
      this.bandwidthCeiling = null;
    }
    const videos = this.remote().filter((media) => media.kind === 'video');
    this.remote.update((list) => list.map((media) => (media.kind === 'video' ? { ...media, paused: on } : media)));
    await Promise.all(
      videos.map(async (media) => {
        const consumer = this.consumers.get(media.consumerId);
        if (!consumer) return;
        if (on) {
          consumer.pause();
          await this.request('media:pauseConsumer', { consumerId: media.consumerId }).catch(() => undefined);
        } else {
          consumer.resume();
          await this.request('media:resumeConsumer', { consumerId: media.consumerId }).catch(() => undefined);
        }
      }),
    );
    if (!on && this.cameraBeforeAudioOnly && this.wantCamera !== false) {
      this.cameraBeforeAudioOnly = false;
      await this.setCamera(true);
    }
    this.preferredLayers.clear();
    this.scheduleLayers();
  }

  // ---- Layers and network -------------------------------------------------------------

  /** A video tile reports the size it shows a stream at (0x0 when off screen). */
  setTileSize(consumerId: string, width: number, height: number): void {
    const before = this.tileSizes.get(consumerId);
    if (before && Math.abs(before.width - width) < 16 && Math.abs(before.height - height) < 16) return;
    this.tileSizes.set(consumerId, { width, height });
    this.scheduleLayers();
  }

  private layersQueued = false;

  private scheduleLayers(): void {
    if (this.layersQueued) return;
    this.layersQueued = true;
    setTimeout(() => {
      this.layersQueued = false;
      this.applyLayers();
    }, 150);
  }

  private applyLayers(): void {
    if (this.phase() !== 'joined' || this.audioOnly() !== 'off') return;
    const speaker = this.activeSpeakerId();
    const videos = this.remote().filter((media) => media.kind === 'video' && !media.paused);
    const demands: VideoDemand[] = videos
      .filter((media) => media.source === 'camera')
      .map((media) => {
        const size = this.tileSizes.get(media.consumerId) ?? { width: 320, height: 180 };
        return {
          consumerId: media.consumerId,
          width: size.width,
          height: size.height,
          priority: media.userId === speaker ? 2 : 1,
          layers: 3,
        };
      });
    const screenCost = videos.filter((media) => media.source === 'screen').length * 1_000_000;
    const audioStreams = this.remote().filter((media) => media.kind === 'audio').length;
    const available = this.bandwidthCeiling === null ? null : Math.max(0, this.bandwidthCeiling - screenCost);
    const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    const choice = chooseLayers(demands, available, audioStreams, dpr);
    for (const [consumerId, spatialLayer] of choice.layers) {
      if (this.preferredLayers.get(consumerId) === spatialLayer) continue;
      this.preferredLayers.set(consumerId, spatialLayer);
      this.request('media:preferLayers', { consumerId, spatialLayer }).catch(() =>
        this.preferredLayers.delete(consumerId),
      );
    }
  }

  private startStats(generation: number): void {
    this.stopStats();
    this.myTracker.reset();
    this.statsTimer = setInterval(() => {
      if (generation !== this.generation) return;
      this.measure(generation).catch(() => undefined);
    }, STATS_INTERVAL_MS);
  }

  private stopStats(): void {
    if (this.statsTimer !== null) clearInterval(this.statsTimer);
    this.statsTimer = null;
  }

  private async measure(generation: number): Promise<void> {
    const recv = this.recvTransport;
    const send = this.sendTransport;
    const now = Date.now();
    const [recvStats, sendStats] = await Promise.all([
      recv && !recv.closed ? recv.getStats() : null,
      send && !send.closed ? send.getStats() : null,
    ]);
    if (generation !== this.generation) return;
    const recvReading = recvStats ? readTransportStats(statValues(recvStats), now) : null;
    const sendReading = sendStats ? readTransportStats(statValues(sendStats), now) : null;
    const previous = this.lastRecv;
    this.lastRecv = recvReading;
    const incoming = recvReading ? transportDelta(previous, recvReading) : null;

    // Mine: what I receive, and what the server says about what I send.
    const sendingVideo = this.local().camera || this.local().screen;
    const losses = [incoming?.lossFraction ?? null, sendReading?.remoteLossFraction ?? null].filter(
      (value): value is number => value !== null,
    );
    const rtts = [recvReading?.rttMs ?? null, sendReading?.rttMs ?? null].filter(
      (value): value is number => value !== null,
    );
    const availables = [
      recvReading?.availableIncomingBps ?? null,
      sendingVideo ? (sendReading?.availableOutgoingBps ?? null) : null,
    ].filter((value): value is number => value !== null);
    const quality = this.myTracker.push(
      classifyNetwork({
        rttMs: rtts.length ? Math.max(...rtts) : null,
        lossFraction: losses.length ? Math.max(...losses) : null,
        availableBps: availables.length ? Math.min(...availables) : null,
        jitterMs: incoming?.jitterMs ?? null,
      }),
    );
    this.myQuality.set(quality);
    this.reportQuality(quality);

    // Each sender: what arrives from them (their uplink and my downlink together).
    if (recvReading) this.measurePeers(previous, recvReading);

    // Bandwidth for the layer choice: the browser's estimate, else what loss tells us.
    this.adjustCeiling(
      recvReading?.availableIncomingBps ?? null,
      incoming?.lossFraction ?? null,
      incoming?.bitrateBps ?? 0,
    );
    this.applyLayers();

    const hasVideo = this.local().camera || this.remote().some((media) => media.kind === 'video' && !media.paused);
    if (this.myTracker.shouldFallBack && hasVideo && this.audioOnly() === 'off') {
      this.announce('room.notice.autoAudioOnly');
      await this.setAudioOnly(true, 'auto');
    }
  }

  private measurePeers(previous: TransportReading | null, reading: TransportReading): void {
    const byUser = new Map<string, { loss: number | null; jitter: number | null }>();
    for (const media of this.remote()) {
      const consumer = this.consumers.get(media.consumerId);
      const counters = consumer ? reading.streams.get(consumer.localId) : undefined;
      if (!counters || media.paused || media.producerPaused) continue;
      const delta = streamDelta(previous?.streams.get(consumer?.localId ?? ''), counters);
      const entry = byUser.get(media.userId) ?? { loss: null, jitter: null };
      if (delta.lossFraction !== null) entry.loss = Math.max(entry.loss ?? 0, delta.lossFraction);
      if (media.kind === 'audio' && delta.jitterMs !== null) entry.jitter = delta.jitterMs;
      byUser.set(media.userId, entry);
    }
    const result: Record<string, NetworkQuality> = {};
    for (const [userId, entry] of byUser) {
      let tracker = this.peerTrackers.get(userId);
      if (!tracker) {
        tracker = new QualityTracker();
        this.peerTrackers.set(userId, tracker);
      }
      const quality = tracker.push(
        classifyNetwork({ rttMs: null, lossFraction: entry.loss, availableBps: null, jitterMs: entry.jitter }),
      );
      if (quality) result[userId] = quality;
    }
    this.receivedQuality.set(result);
  }

  /** Tells the room when my (smoothed) quality changes, so others see it on my tile and in the list. */
  private reportQuality(quality: NetworkQuality | null): void {
    if (!quality || quality === this.reportedQuality) return;
    this.reportedQuality = quality;
    this.request('network:report', { quality }).catch(() => {
      if (this.reportedQuality === quality) this.reportedQuality = null;
    });
  }

  private adjustCeiling(estimate: number | null, loss: number | null, bitrate: number): void {
    if (estimate !== null) {
      this.bandwidthCeiling = estimate;
      return;
    }
    if (loss !== null && loss >= 0.05 && bitrate > 0) {
      this.bandwidthCeiling = Math.max(bitrate * 0.8, 150_000);
    } else if (this.bandwidthCeiling !== null && (loss ?? 0) < 0.02) {
      const raised = this.bandwidthCeiling * 1.25;
      this.bandwidthCeiling = raised > 4_000_000 ? null : raised;
    }
  }

  // ---- Room actions -------------------------------------------------------------------

  /**
   * Runs a room action for a button: true when done; when the server refuses, its reason
   * becomes the notice (read out) and the answer is false.
   */
  async act(call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      this.refused(error);
      return false;
    }
  }

  sendChat(body: string): Promise<WebinarChatMessage> {
    return this.request('chat:send', { body }).then((message) => {
      this.upsertChat(message);
      return message;
    });
  }

  deleteChat(messageId: string): Promise<null> {
    return this.request('chat:delete', { messageId }).then((answer) => {
      this.chat.update((list) => list.filter((item) => item.id !== messageId));
      return answer;
    });
  }

  ask(body: string): Promise<WebinarQuestion> {
    return this.request('qa:ask', { body }).then((question) => {
      this.upsertQuestion(question);
      return question;
    });
  }

  upvote(questionId: string): Promise<null> {
    return this.request('qa:upvote', { questionId });
  }

  markAnswered(questionId: string): Promise<null> {
    return this.request('qa:answered', { questionId });
  }

  raiseHand(): Promise<null> {
    return this.request('hand:raise', {});
  }

  /** My own hand, or (hosts and moderators) someone else's. */
  lowerHand(userId?: string): Promise<null> {
    return this.request('hand:lower', userId ? { userId } : {});
  }

  createPoll(question: string, options: string[]): Promise<WebinarPoll> {
    return this.request('poll:create', { question, options }).then((poll) => {
      this.upsertPoll(poll);
      return poll;
    });
  }

  vote(pollId: string, option: number): Promise<null> {
    this.polls.update((list) => list.map((poll) => (poll.id === pollId ? { ...poll, myChoice: option } : poll)));
    return this.request('poll:vote', { pollId, option });
  }

  closePoll(pollId: string): Promise<null> {
    return this.request('poll:close', { pollId });
  }

  admit(userId: string): Promise<null> {
    return this.request('host:admit', { userId });
  }

  deny(userId: string): Promise<null> {
    return this.request('host:deny', { userId });
  }

  /** One person's microphone, or everyone's but mine. */
  mute(userId?: string): Promise<null> {
    return this.request('host:mute', userId ? { userId } : {});
  }

  stopVideo(userId: string): Promise<null> {
    return this.request('host:stopVideo', { userId });
  }

  allowSpeak(userId: string, allowed: boolean): Promise<null> {
    return this.request('host:allowSpeak', { userId, allowed });
  }

  setRole(userId: string, role: 'presenter' | 'moderator' | 'attendee'): Promise<null> {
    return this.request('host:setRole', { userId, role });
  }

  remove(userId: string): Promise<null> {
    return this.request('host:remove', { userId });
  }

  lockChat(locked: boolean): Promise<null> {
    return this.request('host:lockChat', { locked });
  }

  endForEveryone(): Promise<null> {
    return this.request('host:end', {});
  }

  /** For support and the browser journey: where the connection is and what last went wrong. */
  diagnostics(): { phase: string; attempt: number; lastError: string | null; device: string | null } {
    return {
      phase: this.phase(),
      attempt: this.attempt(),
      lastError: this.lastError,
      device: this.device?.handlerName ?? null,
    };
  }

  /** For the browser journey and support: bytes and frames received per remote stream. */
  async inboundSummary(): Promise<
    { userId: string; kind: string; source: string; bytesReceived: number; framesDecoded: number }[]
  > {
    const recv = this.recvTransport;
    if (!recv || recv.closed) return [];
    const stats = statValues(await recv.getStats()) as (StatLike & { framesDecoded?: number })[];
    const byMid = new Map(stats.filter((stat) => stat.type === 'inbound-rtp').map((stat) => [stat.mid, stat]));
    return this.remote().map((media) => {
      const stat = byMid.get(this.consumers.get(media.consumerId)?.localId);
      return {
        userId: media.userId,
        kind: media.kind,
        source: media.source,
        bytesReceived: stat?.bytesReceived ?? 0,
        framesDecoded: stat?.framesDecoded ?? 0,
      };
    });
  }
}

/** Every stats tick makes a new record: the tiles redraw only when someone's quality changed. */
function sameQualities(a: Record<string, NetworkQuality>, b: Record<string, NetworkQuality>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** A performance mark per step of joining: DevTools' timeline shows them; the browser journey times them. */
function markStep(step: string): void {
  globalThis.performance?.mark?.(`bp-webinar:${step}`);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function statValues(report: RTCStatsReport): StatLike[] {
  const values: StatLike[] = [];
  report.forEach((value: StatLike) => values.push(value));
  return values;
}

/** Resolves once the socket is connected; rejects with the server's refusal. */
function waitForConnect(socket: RoomSocket, timeoutMs = REQUEST_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new RoomRequestError('timeout', 'No connection')), timeoutMs);
    socket.on('connect', (() => {
      clearTimeout(timer);
      resolve();
    }) as (...args: never[]) => void);
    socket.on('connect_error', ((error: Error & { type?: string; data?: { code?: string; message?: string } }) => {
      clearTimeout(timer);
      // A transport error or timeout is worth another try; anything else is the
      // handshake middleware refusing the token, in its own words.
      const transportTrouble = error.type === 'TransportError' || error.message === 'timeout';
      reject(
        transportTrouble
          ? error
          : new HandshakeRefused(error.data?.code ?? 'refused', error.data?.message ?? error.message),
      );
    }) as (...args: never[]) => void);
  });
}

/** The server refused the handshake (bad, expired or banned token). */
class HandshakeRefused extends RoomRequestError {}

/** Whether a failed attempt is worth repeating, and what to tell the person. */
export function describeFailure(error: unknown): { fatal: boolean; failure: RoomFailure } {
  if (error instanceof HttpErrorResponse) {
    const failure = toApiFailure(error);
    // 4xx: the server said no (not allowed, too early, ended); 0 and 5xx: try again.
    const fatal = failure.status >= 400 && failure.status < 500 && failure.status !== 408 && failure.status !== 429;
    return { fatal, failure: { code: failure.code, message: failure.message } };
  }
  if (error instanceof HandshakeRefused) return { fatal: true, failure: { code: error.code, message: error.message } };
  if (error instanceof RoomRequestError) {
    const transient = error.code === 'timeout' || error.code === 'notConnected';
    return { fatal: !transient, failure: { code: error.code, message: transient ? null : error.message } };
  }
  return { fatal: false, failure: { code: 'network', message: null } };
}
