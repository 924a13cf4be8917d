import type { Signal } from '@angular/core';
import { chooseLayers, type VideoDemand } from './layer-choice';
import type { AudioOnlyMode } from './network-quality';
import type { RoomConnection, RoomEventBinder } from './room-connection';
import type { RoomMembership } from './room-membership';
import type { RoomReceiving } from './room-receiving';

interface TileSize {
  width: number;
  height: number;
}

/** Changes within this long (tiles resizing, streams arriving) lead to one choice. */
const GATHER_MS = 150;
/** A tile whose size is not known yet is taken as a small one. */
const DEFAULT_TILE: TileSize = { width: 320, height: 180 };
/** What a received screen share is assumed to cost (it has one layer). */
const SCREEN_BPS = 1_000_000;

/**
 * Which simulcast layer each received camera should arrive in: as large as its tile shows
 * it (the active speaker first), within the bandwidth the network allows. Asked of the
 * server with media:preferLayers, only when the answer changes.
 */
export class RoomLayers {
  private readonly tileSizes = new Map<string, TileSize>();
  private readonly preferred = new Map<string, number>();
  /** Lowered after loss, raised again while the network keeps up (null: no limit of ours). */
  private ceiling: number | null = null;
  private queued = false;

  constructor(
    private readonly connection: RoomConnection,
    private readonly membership: RoomMembership,
    private readonly receiving: RoomReceiving,
    private readonly audioOnly: Signal<AudioOnlyMode>,
  ) {}

  listen(on: RoomEventBinder): void {
    on('speaker:active', () => this.schedule());
  }

  /** A video tile reports the size it shows a stream at (0x0 when off screen). */
  setTileSize(consumerId: string, width: number, height: number): void {
    const before = this.tileSizes.get(consumerId);
    if (before && Math.abs(before.width - width) < 16 && Math.abs(before.height - height) < 16) return;
    this.tileSizes.set(consumerId, { width, height });
    this.schedule();
  }

  schedule(): void {
    if (this.queued) return;
    this.queued = true;
    setTimeout(() => {
      this.queued = false;
      this.apply();
    }, GATHER_MS);
  }

  /** New consumers (a reconnect, the end of audio only): every layer is asked for again. */
  forgetChoices(): void {
    this.preferred.clear();
  }

  /** Bandwidth for the layer choice: the browser's estimate, else what loss tells us. */
  adjustCeiling(estimate: number | null, loss: number | null, bitrate: number): void {
    if (estimate !== null) {
      this.ceiling = estimate;
      return;
    }
    if (loss !== null && loss >= 0.05 && bitrate > 0) {
      this.ceiling = Math.max(bitrate * 0.8, 150_000);
    } else if (this.ceiling !== null && (loss ?? 0) < 0.02) {
      const raised = this.ceiling * 1.25;
      this.ceiling = raised > 4_000_000 ? null : raised;
    }
  }

  /** Audio only ended: the network starts with a clean slate. */
  liftCeiling(): void {
    this.ceiling = null;
  }

  apply(): void {
    this.forgetDropped();
    if (this.connection.phase() !== 'joined' || this.audioOnly() !== 'off') return;
    const speaker = this.membership.activeSpeakerId();
    const remote = this.receiving.remote();
    const videos = remote.filter((media) => media.kind === 'video' && !media.paused);
    const demands: VideoDemand[] = videos
      .filter((media) => media.source === 'camera')
      .map((media) => {
        const size = this.tileSizes.get(media.consumerId) ?? DEFAULT_TILE;
        return {
          consumerId: media.consumerId,
          width: size.width,
          height: size.height,
          priority: media.userId === speaker ? 2 : 1,
          layers: 3,
        };
      });
    const screenCost = videos.filter((media) => media.source === 'screen').length * SCREEN_BPS;
    const audioStreams = remote.filter((media) => media.kind === 'audio').length;
    const available = this.ceiling === null ? null : Math.max(0, this.ceiling - screenCost);
    const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    const choice = chooseLayers(demands, available, audioStreams, dpr);
    for (const [consumerId, spatialLayer] of choice.layers) {
      if (this.preferred.get(consumerId) === spatialLayer) continue;
      this.preferred.set(consumerId, spatialLayer);
      this.connection
        .request('media:preferLayers', { consumerId, spatialLayer })
        .catch(() => this.preferred.delete(consumerId));
    }
  }

  /** Sizes and choices of consumers that are gone. */
  private forgetDropped(): void {
    const present = new Set(this.receiving.remote().map((media) => media.consumerId));
    for (const consumerId of this.tileSizes.keys()) if (!present.has(consumerId)) this.tileSizes.delete(consumerId);
    for (const consumerId of this.preferred.keys()) if (!present.has(consumerId)) this.preferred.delete(consumerId);
  }
}
