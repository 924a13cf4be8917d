import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '@bina-pustaka/api-platform';
import type { types } from 'mediasoup';
import { leastLoadedIndex, type WorkerLoad } from './least-loaded';
import { MEDIA_CODECS } from './media-codecs';
import { loadMediasoup } from './worker-binary';

type AppData = types.AppData;
type Router<Data extends AppData = AppData> = types.Router<Data>;
type RouterRtpCodecCapability = types.RouterRtpCodecCapability;
type TransportListenInfo = types.TransportListenInfo;
type WebRtcTransportOptions = types.WebRtcTransportOptions;
type Worker = types.Worker;

export type MediaSettings = AppConfig['mediasoup'];

/** A worker died; its routers are closed and their rooms must be made again on `pool.createRouter()`. */
export interface WorkerDiedEvent {
  pid: number;
  error: Error;
  /** The routers that were on it (closed now), with the appData they were made with. */
  lostRouters: Router[];
  /** The pid of the worker started in its place; null if that failed (the pool runs one short). */
  replacementPid: number | null;
}

export type WorkerDiedListener = (event: WorkerDiedEvent) => void;

interface PoolEntry {
  worker: Worker;
  routers: Set<Router>;
  /** Routers being made on this worker, counted before they exist so concurrent calls spread out. */
  pendingRouters: number;
  transports: number;
  /** Streams the worker sends (consumers of every transport on it, pipes included). */
  consumers: number;
}

const REPLACE_ATTEMPTS = 3;
const REPLACE_RETRY_MS = 1_000;
const CLOSE_WAIT_MS = 3_000;

/**
 * The mediasoup workers of this api process (one per core by default). Rooms get a router
 * on the least-loaded worker; a worker that dies is replaced and announced so its rooms can
 * move.
 */
export class MediaWorkerPool implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MediaWorkerPool.name);
  private mediasoup: Awaited<ReturnType<typeof loadMediasoup>> | null = null;
  private readonly entries: PoolEntry[] = [];
  private readonly listeners = new Set<WorkerDiedListener>();
  private readonly replacements = new Set<Promise<unknown>>();
  private closed = false;

  constructor(private readonly settings: MediaSettings) {}

  /** The codecs every router offers (Opus, VP8, H264). */
  readonly mediaCodecs: readonly RouterRtpCodecCapability[] = MEDIA_CODECS;

  async onModuleInit(): Promise<void> {
    await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  async start(): Promise<void> {
    if (this.mediasoup) return;
    this.mediasoup = await loadMediasoup(this.settings.workerBin);
    const started = await Promise.allSettled(Array.from({ length: this.settings.workers }, () => this.spawn()));
    const failure = started.find((result) => result.status === 'rejected');
    if (failure) {
      await this.close();
      throw new Error(`mediasoup workers did not start: ${(failure.reason as Error).message}`);
    }
    this.logger.log(
      `mediasoup ${this.mediasoup.version}: ${this.entries.length} workers ` +
        `(pids ${this.entries.map((entry) => entry.worker.pid).join(', ')}) running ${this.mediasoup.workerBin}`,
    );
  }

  /** The live workers, in start order. */
  get workers(): Worker[] {
    return this.entries.map((entry) => entry.worker);
  }

  /** The pid of the worker a router lives on (undefined once it is gone). */
  workerPidOf(router: Router): number | undefined {
    return this.entries.find((entry) => entry.routers.has(router))?.worker.pid;
  }

  /** What each live worker carries. */
  loads(): (WorkerLoad & { pid: number; consumers: number })[] {
    return this.entries.map((entry) => ({ pid: entry.worker.pid, consumers: entry.consumers, ...this.loadOf(entry) }));
  }

  /** Whether the worker under `router` can send `consumers` more streams within MEDIASOUP_CONSUMERS_PER_WORKER. */
  hasRoomFor(router: Router, consumers: number): boolean {
    const entry = this.entries.find((candidate) => candidate.routers.has(router));
    return !!entry && this.fits(entry, consumers);
  }

  /** A router with the webinar codecs on the least-loaded worker (waits for a replacement when none is left). */
  async createRouter<RouterAppData extends AppData = AppData>(appData?: RouterAppData): Promise<Router<RouterAppData>> {
    while (this.entries.length === 0 && this.replacements.size > 0 && !this.closed) {
      await Promise.race(this.replacements);
    }
    if (this.closed) throw new Error('the media worker pool is closed');
    const entry = this.entries[leastLoadedIndex(this.entries.map((candidate) => this.loadOf(candidate)))];
    if (!entry) throw new Error('no mediasoup worker is running');
    return this.createRouterOn(entry, appData);
  }

  /**
   * A router on the least-loaded worker that holds none of `beside` and can send `consumers`
   * more streams (to spread a large room over workers with pipeToRouter), or null when
   * there is no such worker.
   */
  async createRouterBeside<RouterAppData extends AppData = AppData>(
    beside: readonly Router[],
    consumers: number,
    appData?: RouterAppData,
  ): Promise<Router<RouterAppData> | null> {
    const candidates = this.entries.filter(
      (entry) => !beside.some((router) => entry.routers.has(router)) && this.fits(entry, consumers),
    );
    const entry = candidates[leastLoadedIndex(candidates.map((candidate) => this.loadOf(candidate)))];
    return entry ? this.createRouterOn(entry, appData) : null;
  }

  private async createRouterOn<RouterAppData extends AppData>(
    entry: PoolEntry,
    appData?: RouterAppData,
  ): Promise<Router<RouterAppData>> {
    entry.pendingRouters++;
    let router: Router<RouterAppData>;
    try {
      router = await entry.worker.createRouter<RouterAppData>({ mediaCodecs: [...MEDIA_CODECS], appData });
    } finally {
      entry.pendingRouters--;
    }
    entry.routers.add(router);
    // A dying worker closes its routers before it says 'died': keep those, the rooms need to know.
    router.observer.once('close', () => {
      if (!entry.worker.died) entry.routers.delete(router);
    });
    router.observer.on('newtransport', (transport) => {
      entry.transports++;
      transport.observer.once('close', () => entry.transports--);
      transport.observer.on('newconsumer', (consumer) => {
        entry.consumers++;
        consumer.observer.once('close', () => entry.consumers--);
      });
    });
    return router;
  }

  /**
   * Options for `router.createWebRtcTransport()`: UDP preferred, TCP as a fallback for
   * networks that block UDP, on the configured address and ports.
   */
  webRtcTransportOptions(): WebRtcTransportOptions {
    const { listenIp, announcedAddress, rtcMinPort, rtcMaxPort } = this.settings;
    const listenInfo = (protocol: 'udp' | 'tcp'): TransportListenInfo => ({
      protocol,
      ip: listenIp,
      ...(announcedAddress ? { announcedAddress } : {}),
      portRange: { min: rtcMinPort, max: rtcMaxPort },
    });
    return {
      listenInfos: [listenInfo('udp'), listenInfo('tcp')],
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
    };
  }

  /** Called after a worker died and a replacement was started (or failed to). Returns an unsubscribe. */
  onWorkerDied(listener: WorkerDiedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes every worker (and so every router and transport) and waits for the processes to end. */
  async close(): Promise<void> {
    this.closed = true;
    const workers = this.entries.splice(0).map((entry) => entry.worker);
    await Promise.all(workers.map((worker) => closeAndWait(worker)));
  }

  private fits(entry: PoolEntry, consumers: number): boolean {
    return entry.consumers + consumers <= this.settings.consumersPerWorker;
  }

  private loadOf(entry: PoolEntry): WorkerLoad {
    return { routers: entry.routers.size + entry.pendingRouters, transports: entry.transports };
  }

  private async spawn(): Promise<PoolEntry> {
    if (!this.mediasoup) throw new Error('the media worker pool was not started');
    const worker = await this.mediasoup.createWorker({ logLevel: 'warn' });
    if (this.closed) {
      await closeAndWait(worker);
      throw new Error('the media worker pool is closed');
    }
    const entry: PoolEntry = { worker, routers: new Set(), pendingRouters: 0, transports: 0, consumers: 0 };
    this.entries.push(entry);
    worker.on('died', (error) => {
      const replacement = this.replace(entry, error);
      this.replacements.add(replacement);
      void replacement.finally(() => this.replacements.delete(replacement));
    });
    return entry;
  }

  private async replace(dead: PoolEntry, error: Error): Promise<void> {
    const index = this.entries.indexOf(dead);
    if (index >= 0) this.entries.splice(index, 1);
    const lostRouters = [...dead.routers];
    const pid = dead.worker.pid;
    if (this.closed) return;
    this.logger.error(
      `mediasoup worker ${pid} died (${error.message}) with ${lostRouters.length} router(s); starting a replacement`,
    );
    let replacementPid: number | null = null;
    for (let attempt = 1; attempt <= REPLACE_ATTEMPTS && !this.closed; attempt++) {
      try {
        replacementPid = (await this.spawn()).worker.pid;
        this.logger.log(`mediasoup worker ${replacementPid} replaces ${pid}`);
        break;
      } catch (spawnError) {
        this.logger.error(
          `replacing mediasoup worker ${pid} failed (attempt ${attempt}): ${(spawnError as Error).message}`,
        );
        if (attempt < REPLACE_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, REPLACE_RETRY_MS));
      }
    }
    if (this.closed) return;
    const event: WorkerDiedEvent = { pid, error, lostRouters, replacementPid };
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (listenerError) {
        this.logger.error(`a worker-died listener failed: ${(listenerError as Error).message}`);
      }
    }
  }
}

/** worker.close() ends the process; wait (a little) for it so nothing outlives the pool. */
async function closeAndWait(worker: Worker): Promise<void> {
  if (worker.subprocessClosed) return;
  const exited = new Promise<void>((resolve) => worker.once('subprocessclose', () => resolve()));
  worker.close();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)))]);
  clearTimeout(timer);
}
