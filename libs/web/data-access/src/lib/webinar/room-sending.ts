import { signal, type Signal } from '@angular/core';
import type { WebinarMediaSource, WebinarPeer } from '@bina-pustaka/shared-contracts';
import type { types as ms } from 'mediasoup-client';
import { CAMERA_SIMULCAST_ENCODINGS } from './layer-choice';
import { statValues, type AudioOnlyMode, type StatLike } from './network-quality';
import type { RoomConnection, RoomEventBinder } from './room-connection';
import type { RoomDevice } from './room-device';
import { Superseded } from './room-errors';
import type { RoomMembership } from './room-membership';
import type { RoomNotices } from './room-notices';
import type { WebinarRoomRuntime } from './webinar-room-runtime';

/** What the person's own devices are doing. */
export interface LocalMediaState {
  mic: boolean;
  camera: boolean;
  screen: boolean;
}

const NOTHING_SENT: LocalMediaState = { mic: false, camera: false, screen: false };

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

/**
 * What this person sends: the microphone, the camera (three simulcast layers) and the
 * screen, over one send transport made on the first of them. The camera and microphone
 * tracks outlive a reconnect, so the browser does not ask for permission again; what the
 * person chose (microphone off, camera on) is kept across reconnects too.
 */
export class RoomSending {
  readonly local = signal<LocalMediaState>(NOTHING_SENT);
  readonly localCamera = signal<MediaStream | null>(null);
  readonly localScreen = signal<MediaStream | null>(null);
  private transport: ms.Transport | null = null;
  private transportPending: Promise<ms.Transport> | null = null;
  private readonly producers = new Map<WebinarMediaSource, ms.Producer>();
  private readonly producing = new Map<WebinarMediaSource, Promise<boolean>>();
  private readonly tracks = new Map<WebinarMediaSource, MediaStreamTrack>();
  /** What the person chose (null: the role's default). */
  private wantMic: boolean | null = null;
  private wantCamera: boolean | null = null;
  /** The camera was on when audio only began: it comes back when audio only ends. */
  private cameraBeforeAudioOnly = false;

  constructor(
    private readonly connection: RoomConnection,
    private readonly device: RoomDevice,
    private readonly membership: RoomMembership,
    private readonly notices: RoomNotices,
    private readonly runtime: WebinarRoomRuntime,
    private readonly audioOnly: Signal<AudioOnlyMode>,
  ) {}

  listen(on: RoomEventBinder): void {
    on('producer:closed', ({ producerId }) => {
      const own = [...this.producers].find(([, producer]) => producer.id === producerId);
      if (own) this.producerClosed(own[0]);
    });
    on('you:muted', ({ source }) => this.mutedByHost(source));
  }

  /** After joining: what the person chose, else what their role starts with. */
  async start(generation: number, me: WebinarPeer): Promise<void> {
    const staff = me.role === 'host' || me.role === 'presenter';
    const micDefault = staff || (me.role === 'attendee' && me.canSpeak);
    const cameraDefault = me.role !== 'attendee';
    if ((this.wantMic ?? micDefault) && this.membership.mayUseMic()) await this.produce(generation, 'mic');
    const cameraWanted = this.wantCamera ?? cameraDefault;
    if (cameraWanted && this.membership.mayUseCamera() && this.audioOnly() === 'off')
      await this.produce(generation, 'camera');
    if (this.tracks.get('screen')?.readyState === 'live' && this.membership.mayShareScreen())
      await this.produce(generation, 'screen');
  }

  /** Closes the transport and producers; the camera and microphone tracks stay for the next join. */
  teardown(): void {
    for (const producer of this.producers.values()) producer.close();
    this.producers.clear();
    this.producing.clear();
    this.transport?.close();
    this.transport = null;
    this.transportPending = null;
    this.local.set(NOTHING_SENT);
    this.localCamera.set(null);
    this.localScreen.set(null);
  }

  /** Leaving (after teardown): the camera, microphone and screen stop. */
  stopTracks(): void {
    for (const track of this.tracks.values()) track.stop();
    this.tracks.clear();
  }

  /** Microphone on or off: paused rather than closed, so it comes back at once. */
  async setMic(on: boolean): Promise<void> {
    const generation = this.connection.generation;
    if (on && !this.membership.mayUseMic()) {
      this.notices.announce('room.notice.raiseHandToSpeak');
      return;
    }
    this.wantMic = on;
    const producer = this.producers.get('mic');
    if (!on) {
      if (producer && !producer.paused) {
        producer.pause();
        await this.connection.request('media:pauseProducer', { producerId: producer.id }).catch(() => undefined);
      }
      this.local.update((state) => ({ ...state, mic: false }));
      return;
    }
    if (this.connection.phase() !== 'joined') return;
    if (producer && !producer.closed) {
      try {
        await this.connection.request('media:resumeProducer', { producerId: producer.id });
        producer.resume();
        this.local.update((state) => ({ ...state, mic: true }));
      } catch (error) {
        this.notices.refused(error);
      }
      return;
    }
    await this.produce(generation, 'mic').catch((error: unknown) => this.notices.refused(error));
  }

  /** Camera on or off: off closes the producer and the camera itself. The room ends audio only first. */
  async setCamera(on: boolean): Promise<void> {
    const generation = this.connection.generation;
    this.wantCamera = on;
    if (!on) {
      this.closeOwn('camera');
      return;
    }
    if (this.connection.phase() !== 'joined') return;
    if (!this.membership.mayUseCamera()) {
      this.wantCamera = null;
      this.notices.announce('room.notice.raiseHandToSpeak');
      return;
    }
    if (this.producers.has('camera')) return;
    await this.produce(generation, 'camera').catch((error: unknown) => this.notices.refused(error));
  }

  /** Screen share as a second video producer (hosts and presenters). */
  async setScreen(on: boolean): Promise<void> {
    const generation = this.connection.generation;
    if (!on) {
      if (this.producers.has('screen') || this.tracks.has('screen')) this.closeOwn('screen');
      return;
    }
    if (!this.membership.mayShareScreen() || this.connection.phase() !== 'joined' || this.producers.has('screen'))
      return;
    await this.produce(generation, 'screen').catch((error: unknown) => {
      this.tracks.get('screen')?.stop();
      this.tracks.delete('screen');
      this.notices.refused(error);
    });
  }

  /** Audio only began: the camera closes, remembered to come back when it ends. */
  cameraOffForAudioOnly(): void {
    this.cameraBeforeAudioOnly = this.local().camera;
    if (this.local().camera) this.closeOwn('camera');
  }

  /** Audio only ended: the camera comes back if it was on, unless the person turned it off meanwhile. */
  async cameraBackAfterAudioOnly(): Promise<void> {
    if (!this.cameraBeforeAudioOnly || this.wantCamera === false) return;
    this.cameraBeforeAudioOnly = false;
    await this.setCamera(true);
  }

  /** The host let me speak, stopped that, or changed my role: follow with the devices. */
  async followPermissions(before: WebinarPeer, after: WebinarPeer): Promise<void> {
    const couldSpeak = before.role !== 'attendee' || before.canSpeak;
    const canSpeak = after.role !== 'attendee' || after.canSpeak;
    if (!couldSpeak && canSpeak) {
      // Invited to speak: the microphone opens, and in a small room the camera too (the
      // buttons close them again); in a large room each camera costs every viewer's data.
      const withCamera =
        after.role === 'attendee' &&
        this.membership.peers().length + 1 < this.membership.largeRoomFrom() &&
        this.audioOnly() === 'off';
      this.notices.announce(withCamera ? 'room.notice.maySpeakWithCamera' : 'room.notice.maySpeak');
      if (after.role === 'attendee') {
        await this.setMic(true).catch(() => undefined);
        if (withCamera) await this.setCamera(true).catch(() => undefined);
      }
    } else if (couldSpeak && !canSpeak) {
      this.notices.announce('room.notice.speakingEnded');
      this.closeOwn('mic');
      if (this.local().camera) this.closeOwn('camera');
      this.wantMic = null;
      this.wantCamera = null;
    }
    if (before.role !== after.role) {
      this.notices.announce(`room.notice.roleChanged.${after.role}`);
      if (after.role !== 'host' && after.role !== 'presenter' && this.local().screen) await this.setScreen(false);
    }
  }

  /** The send transport's statistics (null: nothing sent yet). */
  async transportStats(): Promise<StatLike[] | null> {
    const transport = this.transport;
    return transport && !transport.closed ? statValues(await transport.getStats()) : null;
  }

  /** Closes our producer of a source and tells the server (the track stops, except the microphone's). */
  closeOwn(source: WebinarMediaSource): void {
    const producer = this.producers.get(source);
    if (producer) this.connection.request('media:closeProducer', { producerId: producer.id }).catch(() => undefined);
    this.producerClosed(source);
    if (source === 'mic') {
      this.tracks.get('mic')?.stop();
      this.tracks.delete('mic');
    }
  }

  private transportFor(generation: number): Promise<ms.Transport> {
    if (this.transport) return Promise.resolve(this.transport);
    if (!this.transportPending) {
      this.transportPending = (async () => {
        const transport = await this.device.createTransport('send', generation);
        transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
          const source = (appData as { source?: WebinarMediaSource }).source ?? (kind === 'audio' ? 'mic' : 'camera');
          this.connection
            .request('media:produce', { transportId: transport.id, kind, source, rtpParameters })
            .then(({ producerId }) => callback({ id: producerId }))
            .catch((error: Error) => errback(error));
        });
        this.transport = transport;
        return transport;
      })();
      this.transportPending.catch(() => (this.transportPending = null));
    }
    return this.transportPending;
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
      this.notices.announce(
        name === 'NotAllowedError' ? `room.notice.blocked.${source}` : `room.notice.unavailable.${source}`,
      );
      return null;
    }
  }

  /**
   * Sends a source, once: a second call while the first is on its way (the host lets me
   * speak while my media is still being set up) waits for the first instead of sending twice.
   */
  private produce(generation: number, source: WebinarMediaSource): Promise<boolean> {
    const existing = this.producers.get(source);
    if (existing && !existing.closed) return Promise.resolve(true);
    const pending = this.producing.get(source);
    if (pending) return pending;
    const run = this.produceNow(generation, source).finally(() => {
      if (this.producing.get(source) === run) this.producing.delete(source);
    });
    this.producing.set(source, run);
    return run;
  }

  private async produceNow(generation: number, source: WebinarMediaSource): Promise<boolean> {
    const track = await this.acquire(source);
    if (!track) return false;
    this.connection.check(generation);
    const transport = await this.transportFor(generation);
    this.connection.check(generation);
    if (!this.device.canProduce(track.kind)) return false;
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
    if (generation !== this.connection.generation) {
      producer.close();
      throw new Superseded();
    }
    this.producers.set(source, producer);
    this.local.update((state) => ({ ...state, [source]: true }));
    if (source === 'camera') this.localCamera.set(new MediaStream([track]));
    if (source === 'screen') this.localScreen.set(new MediaStream([track]));
    return true;
  }

  /** Our producer is gone (closed by us, by the host, or by the server). */
  private producerClosed(source: WebinarMediaSource): void {
    this.producers.get(source)?.close();
    this.producers.delete(source);
    this.local.update((state) => ({ ...state, [source]: false }));
    if (source !== 'mic') {
      this.tracks.get(source)?.stop();
      this.tracks.delete(source);
      if (source === 'camera') this.localCamera.set(null);
      if (source === 'screen') this.localScreen.set(null);
    }
  }

  private mutedByHost(source: WebinarMediaSource): void {
    this.notices.announce(`room.notice.mutedByHost.${source}`);
    if (source === 'mic') {
      this.wantMic = false;
      const producer = this.producers.get('mic');
      if (producer && !producer.paused) producer.pause();
      this.local.update((state) => ({ ...state, mic: false }));
    } else if (source === 'camera') {
      this.wantCamera = false;
      this.producerClosed('camera');
    } else {
      this.producerClosed('screen');
    }
  }
}
