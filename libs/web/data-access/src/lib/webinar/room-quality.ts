import { computed, signal, type WritableSignal } from '@angular/core';
import {
  QualityTracker,
  classifyNetwork,
  readTransportStats,
  streamDelta,
  transportDelta,
  type AudioOnlyMode,
  type NetworkQuality,
  type TransportReading,
} from './network-quality';
import type { RoomConnection, RoomEventBinder } from './room-connection';
import type { RoomLayers } from './room-layers';
import type { RoomMembership } from './room-membership';
import type { RoomNotices } from './room-notices';
import type { RoomReceiving } from './room-receiving';
import type { RoomSending } from './room-sending';

/** How often the network is measured and layers are reconsidered. */
export const STATS_INTERVAL_MS = 2_000;

/**
 * How well the network carries the room: every few seconds my own quality (from both
 * transports' statistics, reported to the room when it changes), what arrives from each
 * sender, the bandwidth the layer choice may use, and audio only (by choice, or by itself
 * when the connection stays poor).
 */
export class RoomQuality {
  readonly myQuality = signal<NetworkQuality | null>(null);
  /** What arrives from each sender (their uplink and my downlink together). */
  private readonly receivedQuality = signal<Record<string, NetworkQuality>>({}, { equal: sameQualities });
  /**
   * Each other person's connection: their own browser's report when there is one (it also
   * covers listeners, who send nothing), else what arrives from them.
   */
  readonly peerQuality = computed(() => {
    const result = { ...this.receivedQuality() };
    for (const peer of this.membership.peers()) if (peer.network) result[peer.userId] = peer.network;
    return result;
  });

  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly myTracker = new QualityTracker();
  private readonly peerTrackers = new Map<string, QualityTracker>();
  private lastRecv: TransportReading | null = null;
  /** My quality as the server last heard it (null: not told on this connection yet). */
  private reportedQuality: NetworkQuality | null = null;

  constructor(
    private readonly connection: RoomConnection,
    private readonly membership: RoomMembership,
    private readonly receiving: RoomReceiving,
    private readonly sending: RoomSending,
    private readonly layers: RoomLayers,
    private readonly notices: RoomNotices,
    private readonly audioOnly: WritableSignal<AudioOnlyMode>,
  ) {}

  listen(on: RoomEventBinder): void {
    on('peer:left', ({ userId }) => this.peerTrackers.delete(userId));
  }

  /** Measures every STATS_INTERVAL_MS while this attempt lasts. */
  start(generation: number): void {
    this.stop();
    this.myTracker.reset();
    this.timer = setInterval(() => {
      if (generation !== this.connection.generation) return;
      this.measure(generation).catch(() => undefined);
    }, STATS_INTERVAL_MS);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** The transports are gone: what was measured on them is forgotten. */
  reset(): void {
    this.stop();
    this.layers.forgetChoices();
    this.lastRecv = null;
    this.receivedQuality.set({});
    this.peerTrackers.clear();
    this.reportedQuality = null;
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
    if (on) this.sending.cameraOffForAudioOnly();
    else {
      this.myTracker.reset();
      this.layers.liftCeiling();
    }
    await this.receiving.holdVideo(on);
    if (!on) await this.sending.cameraBackAfterAudioOnly();
    this.layers.forgetChoices();
    this.layers.schedule();
  }

  private async measure(generation: number): Promise<void> {
    const now = Date.now();
    const [recvStats, sendStats] = await Promise.all([this.receiving.transportStats(), this.sending.transportStats()]);
    if (generation !== this.connection.generation) return;
    const recvReading = recvStats ? readTransportStats(recvStats, now) : null;
    const sendReading = sendStats ? readTransportStats(sendStats, now) : null;
    const previous = this.lastRecv;
    this.lastRecv = recvReading;
    const incoming = recvReading ? transportDelta(previous, recvReading) : null;

    // Mine: what I receive, and what the server says about what I send.
    const local = this.sending.local();
    const sendingVideo = local.camera || local.screen;
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
    this.report(quality);

    // Each sender: what arrives from them (their uplink and my downlink together).
    if (recvReading) this.measurePeers(previous, recvReading);

    this.layers.adjustCeiling(
      recvReading?.availableIncomingBps ?? null,
      incoming?.lossFraction ?? null,
      incoming?.bitrateBps ?? 0,
    );
    this.layers.apply();

    const hasVideo =
      this.sending.local().camera || this.receiving.remote().some((media) => media.kind === 'video' && !media.paused);
    if (this.myTracker.shouldFallBack && hasVideo && this.audioOnly() === 'off') {
      this.notices.announce('room.notice.autoAudioOnly');
      await this.setAudioOnly(true, 'auto');
    }
  }

  private measurePeers(previous: TransportReading | null, reading: TransportReading): void {
    const byUser = new Map<string, { loss: number | null; jitter: number | null }>();
    for (const media of this.receiving.remote()) {
      const streamId = this.receiving.streamIdOf(media.consumerId);
      const counters = streamId ? reading.streams.get(streamId) : undefined;
      if (!counters || media.paused || media.producerPaused) continue;
      const delta = streamDelta(previous?.streams.get(streamId ?? ''), counters);
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
  private report(quality: NetworkQuality | null): void {
    if (!quality || quality === this.reportedQuality) return;
    this.reportedQuality = quality;
    this.connection.request('network:report', { quality }).catch(() => {
      if (this.reportedQuality === quality) this.reportedQuality = null;
    });
  }
}

/** Every stats tick makes a new record: the tiles redraw only when someone's quality changed. */
function sameQualities(a: Record<string, NetworkQuality>, b: Record<string, NetworkQuality>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
