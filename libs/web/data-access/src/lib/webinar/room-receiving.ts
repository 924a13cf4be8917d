import { signal, type Signal } from '@angular/core';
import type {
  WebinarConsumerInfo,
  WebinarMediaSource,
  WebinarProducerInfo,
  WebinarRoomState,
} from '@bina-pustaka/shared-contracts';
import type { types as ms } from 'mediasoup-client';
import { markStep, type RoomConnection, type RoomEventBinder } from './room-connection';
import type { RoomDevice } from './room-device';
import { RoomRequestError } from './room-errors';
import type { RoomMembership } from './room-membership';
import { statValues, type AudioOnlyMode, type StatLike } from './network-quality';

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

/** Bytes and frames received from one remote stream (for the browser journey and support). */
export interface InboundSummary {
  userId: string;
  kind: string;
  source: string;
  bytesReceived: number;
  framesDecoded: number;
}

/**
 * What arrives: the receive transport and a consumer for every other person's producer.
 * Each server consumer starts paused and is resumed once ours exists; in audio only,
 * received video stays paused on both sides.
 */
export class RoomReceiving {
  /** What the others send (mine are left out). */
  readonly producers = signal<WebinarProducerInfo[]>([]);
  readonly remote = signal<RemoteMedia[]>([]);
  private transport: ms.Transport | null = null;
  private readonly consumers = new Map<string, ms.Consumer>();
  /** Producers asked for (or consumed) on this transport: each is consumed once. */
  private readonly consuming = new Set<string>();

  constructor(
    private readonly connection: RoomConnection,
    private readonly device: RoomDevice,
    private readonly membership: RoomMembership,
    private readonly audioOnly: Signal<AudioOnlyMode>,
    /** A stream began to arrive: the layer choice looks again (audio counts against the bandwidth too). */
    private readonly onStreamResumed: () => void,
  ) {}

  entered(room: WebinarRoomState): void {
    this.producers.set(room.producers.filter((producer) => producer.userId !== room.me.userId));
  }

  listen(on: RoomEventBinder): void {
    on('producer:new', (producer) => {
      if (producer.userId === this.membership.me()?.userId) return;
      this.producers.update((list) => [...list.filter((item) => item.producerId !== producer.producerId), producer]);
      const generation = this.connection.generation;
      this.consumeAll(generation).catch((error: unknown) => this.connection.mediaFailed(generation, error));
    });
    on('producer:closed', ({ producerId }) => {
      this.producers.update((list) => list.filter((item) => item.producerId !== producerId));
      for (const media of this.remote()) if (media.producerId === producerId) this.drop(media.consumerId);
    });
    on('producer:paused', ({ producerId, paused }) => {
      this.producers.update((list) =>
        list.map((item) => (item.producerId === producerId ? { ...item, paused } : item)),
      );
      this.remote.update((list) =>
        list.map((item) => (item.producerId === producerId ? { ...item, producerPaused: paused } : item)),
      );
    });
    on('consumer:closed', ({ consumerId }) => this.drop(consumerId));
  }

  /** The receive transport, then everything already sent in the room. */
  async start(generation: number): Promise<void> {
    this.transport = await this.device.createTransport('recv', generation);
    await this.consumeAll(generation);
  }

  /** Closes the transport and every consumer (a reconnect makes them again). */
  teardown(): void {
    for (const consumer of this.consumers.values()) consumer.close();
    this.consumers.clear();
    this.consuming.clear();
    this.transport?.close();
    this.transport = null;
    this.remote.set([]);
    this.producers.set([]);
  }

  /** Audio only: every received video pauses, on the server too so it stops costing bandwidth; or resumes. */
  async holdVideo(hold: boolean): Promise<void> {
    const videos = this.remote().filter((media) => media.kind === 'video');
    this.remote.update((list) => list.map((media) => (media.kind === 'video' ? { ...media, paused: hold } : media)));
    await Promise.all(
      videos.map(async (media) => {
        const consumer = this.consumers.get(media.consumerId);
        if (!consumer) return;
        if (hold) {
          consumer.pause();
          await this.connection.request('media:pauseConsumer', { consumerId: media.consumerId }).catch(() => undefined);
        } else {
          consumer.resume();
          await this.connection
            .request('media:resumeConsumer', { consumerId: media.consumerId })
            .catch(() => undefined);
        }
      }),
    );
  }

  /** The receive transport's statistics (null: none open). */
  async transportStats(): Promise<StatLike[] | null> {
    const transport = this.transport;
    return transport && !transport.closed ? statValues(await transport.getStats()) : null;
  }

  /** The mid of a consumer's stream in the transport's statistics. */
  streamIdOf(consumerId: string): string | undefined {
    return this.consumers.get(consumerId)?.localId;
  }

  async inboundSummary(): Promise<InboundSummary[]> {
    const stats = (await this.transportStats()) as (StatLike & { framesDecoded?: number })[] | null;
    if (!stats) return [];
    const byMid = new Map(stats.filter((stat) => stat.type === 'inbound-rtp').map((stat) => [stat.mid, stat]));
    return this.remote().map((media) => {
      const stat = byMid.get(this.streamIdOf(media.consumerId));
      return {
        userId: media.userId,
        kind: media.kind,
        source: media.source,
        bytesReceived: stat?.bytesReceived ?? 0,
        framesDecoded: stat?.framesDecoded ?? 0,
      };
    });
  }

  /** Consumes every known producer not consumed yet (new ones arrive by producer:new). */
  private async consumeAll(generation: number): Promise<void> {
    if (!this.transport || generation !== this.connection.generation) return;
    const pending = this.producers().filter((producer) => !this.consuming.has(producer.producerId));
    await Promise.all(pending.map((producer) => this.consume(generation, producer)));
  }

  private async consume(generation: number, producer: WebinarProducerInfo): Promise<void> {
    const transport = this.transport;
    if (!transport || this.consuming.has(producer.producerId)) return;
    this.consuming.add(producer.producerId);
    let info: WebinarConsumerInfo;
    try {
      info = await this.connection.request('media:consume', {
        transportId: transport.id,
        producerId: producer.producerId,
      });
    } catch (error) {
      // The producer may have closed meanwhile; a later producer:new tries again.
      this.consuming.delete(producer.producerId);
      if (error instanceof RoomRequestError && error.code !== 'timeout') return;
      throw error;
    }
    if (generation !== this.connection.generation || transport.closed) return;
    const consumer = await transport.consume({
      id: info.consumerId,
      producerId: info.producerId,
      kind: info.kind,
      rtpParameters: info.rtpParameters as ms.RtpParameters,
      appData: { userId: info.userId, source: info.source },
    });
    if (generation !== this.connection.generation) {
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
    await this.connection.request('media:resumeConsumer', { consumerId: consumer.id });
    markStep(`resumed-${info.kind}`);
    this.onStreamResumed();
  }

  private drop(consumerId: string): void {
    const consumer = this.consumers.get(consumerId);
    consumer?.close();
    this.consumers.delete(consumerId);
    const media = this.remote().find((item) => item.consumerId === consumerId);
    if (media) this.consuming.delete(media.producerId);
    this.remote.update((list) => list.filter((item) => item.consumerId !== consumerId));
  }
}
