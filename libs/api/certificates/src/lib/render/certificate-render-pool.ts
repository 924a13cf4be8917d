import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import type { CertificateFailure, CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import { CertificateRenderError } from './certificate-render-error';
import { CertificateRenderer, type CertificateContent } from './certificate-renderer';
import type { RenderThreadData, RenderThreadReply, RenderThreadRequest } from './render-thread-protocol';

/** A thread keeps at most this many designs and images; then it forgets them and is sent what it needs again. */
const THREAD_DESIGNS = 32;
const THREAD_IMAGES = 64;
/** A render that takes longer has hung: the thread is replaced and the job fails (and is retried). */
const RENDER_TIMEOUT_MS = 60_000;

interface Waiting {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
  startedAt: number;
}

interface RenderThread {
  worker: Worker;
  ready: Promise<void>;
  waiting: Map<number, Waiting>;
  /** The designs (by id) and images (by storage key) this thread has been sent. */
  designs: Set<number>;
  images: Set<string>;
  watchdog: NodeJS.Timeout;
}

/**
 * The code a render thread runs: the bundled script of the lib's render-thread entry point
 * (`src/render-thread.ts`, see the README's "Build inputs"), or a script to evaluate
 * (tests run the TypeScript sources this way, see `src/testing`).
 */
export type RenderThreadEntry =
  | { filename: string; eval?: false }
  | { filename: string; eval: true; env: NodeJS.ProcessEnv };

/** Injection token of the worker's RenderThreadEntry (null: render in the worker's own thread). */
export const RENDER_THREAD_ENTRY = Symbol('certificate render thread entry');

/**
 * Renders certificates in worker threads, so that the thread that asks (a BullMQ worker:
 * database, Redis, files) keeps working while documents are drawn. Each thread has its
 * own renderer (fonts parsed once, warmed up) and renders one document at a time; a
 * thread that dies or hangs is replaced, and what it had in hand fails (to be retried).
 * Without a thread entry (or size 0), or where no thread starts, it renders in the caller's thread.
 */
export class CertificateRenderPool {
  private readonly logger = new Logger(CertificateRenderPool.name);
  private readonly threads: (RenderThread | null)[];
  private readonly entry: RenderThreadEntry | null;
  /** The renderer of the caller's thread, when there are no render threads. */
  private inline: CertificateRenderer | null = null;
  private nextId = 1;
  /** Designs are told apart by identity: the caller passes the same object for the same design. */
  private readonly designIds = new WeakMap<CertificateTemplateDesign, number>();
  private nextDesignId = 1;
  private closed = false;

  constructor(
    size: number,
    private readonly warmUp: Omit<CertificateContent, 'images'>,
    entry: RenderThreadEntry | null,
  ) {
    this.entry = size > 0 ? entry : null;
    this.threads = Array.from({ length: this.entry ? size : 0 }, () => null);
  }

  /**
   * Starts the threads and waits until each has rendered its warm-up document. A thread
   * that cannot start is no reason to stop issuing: then the caller's thread renders.
   */
  async start(): Promise<void> {
    if (this.threads.length > 0) {
      try {
        await Promise.all(this.threads.map((_, index) => this.thread(index).ready));
        return;
      } catch (error) {
        this.logger.error(`Render threads did not start, rendering in the worker thread: ${(error as Error).message}`);
        await this.stopThreads();
        this.threads.length = 0;
      }
    } else {
      this.logger.log('Certificates are rendered in the worker thread itself (no render threads)');
    }
    this.inline = CertificateRenderer.create();
    await this.inline.render({ ...this.warmUp, images: new Map() });
  }

  /** Threads rendering (0: rendering in the caller's thread). */
  get threadCount(): number {
    return this.threads.length;
  }

  /**
   * Renders one certificate. `imageKeys` names the storage key of each image of
   * `content.images`, so that a thread is sent each image's bytes once; likewise each
   * design object once, so pass the same object for certificates of the same design.
   */
  render(content: CertificateContent, imageKeys: Readonly<Record<string, string>>): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('the render pool is closed'));
    if (this.threads.length === 0) {
      this.inline ??= CertificateRenderer.create();
      return this.inline.render(content);
    }
    const index = this.leastBusy();
    const thread = this.thread(index);
    const id = this.nextId++;
    let designId = this.designIds.get(content.design);
    if (designId === undefined) {
      designId = this.nextDesignId++;
      this.designIds.set(content.design, designId);
    }
    const keys = Object.values(imageKeys);
    const forget =
      (!thread.designs.has(designId) && thread.designs.size >= THREAD_DESIGNS) ||
      (thread.images.size + keys.length > THREAD_IMAGES && keys.some((key) => !thread.images.has(key)));
    if (forget) {
      thread.designs.clear();
      thread.images.clear();
    }
    const newDesign = thread.designs.has(designId) ? null : content.design;
    thread.designs.add(designId);
    const newImages: [string, Uint8Array][] = [];
    const images: [string, string][] = [];
    for (const [imageId, key] of Object.entries(imageKeys)) {
      const bytes = content.images.get(imageId);
      if (!bytes) continue;
      images.push([imageId, key]);
      if (!thread.images.has(key)) {
        thread.images.add(key);
        newImages.push([key, bytes]);
      }
    }
    const { values, issuer, code, verifyUrl, coOrganisers } = content;
    const request: RenderThreadRequest = {
      id,
      content: { values, issuer, code, verifyUrl, coOrganisers },
      designId,
      newDesign,
      images,
      newImages,
      forget,
    };
    return new Promise<Buffer>((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject, startedAt: Date.now() });
      thread.worker.postMessage(request);
    });
  }

  /**
   * Stops the threads. Close once nothing renders any more: the processor first closes its
   * BullMQ worker, which waits for the jobs in hand, each waiting for its render. A render
   * still in hand fails (it is not left waiting for a thread that is gone).
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.stopThreads();
  }

  private async stopThreads(): Promise<void> {
    await Promise.all(
      this.threads.map(async (thread, index) => {
        if (!thread) return;
        this.threads[index] = null;
        clearInterval(thread.watchdog);
        await thread.worker.terminate();
      }),
    );
  }

  private leastBusy(): number {
    let best = 0;
    for (let index = 1; index < this.threads.length; index += 1) {
      if ((this.threads[index]?.waiting.size ?? 0) < (this.threads[best]?.waiting.size ?? 0)) best = index;
    }
    return best;
  }

  private thread(index: number): RenderThread {
    const existing = this.threads[index];
    if (existing) return existing;
    const entry = this.entry as RenderThreadEntry;
    const workerData: RenderThreadData = { warmUp: this.warmUp };
    const worker = new Worker(entry.filename, entry.eval ? { eval: true, env: entry.env, workerData } : { workerData });
    const thread: RenderThread = {
      worker,
      ready: new Promise<void>((resolve, reject) => {
        worker.once('message', (message: RenderThreadReply) =>
          'ready' in message ? resolve() : reject(new Error('render thread answered before it was ready')),
        );
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`render thread exited (${code}) before it was ready`)));
      }),
      waiting: new Map(),
      designs: new Set(),
      images: new Set(),
      watchdog: setInterval(() => {
        const now = Date.now();
        for (const waiting of thread.waiting.values()) {
          if (now - waiting.startedAt > RENDER_TIMEOUT_MS) {
            this.retire(index, thread, 'renderTimeout', `rendering took longer than ${RENDER_TIMEOUT_MS / 1000} s`);
            return;
          }
        }
      }, 5_000).unref(),
    };
    thread.ready.catch(() => undefined);
    worker.on('message', (message: RenderThreadReply) => {
      if ('ready' in message) return;
      const waiting = thread.waiting.get(message.id);
      if (!waiting) return;
      thread.waiting.delete(message.id);
      if ('pdf' in message) {
        waiting.resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength));
      } else {
        waiting.reject(new CertificateRenderError(message.failure, message.error));
      }
    });
    worker.on('error', (error) => this.retire(index, thread, 'renderError', error.message));
    worker.on('exit', (code) => this.retire(index, thread, 'renderError', `render thread exited (${code})`));
    this.threads[index] = thread;
    return thread;
  }

  /** Takes a dead or hung thread out: what it had in hand fails, the next render starts a new one. */
  private retire(index: number, thread: RenderThread, failure: CertificateFailure, reason: string): void {
    if (this.threads[index] === thread) this.threads[index] = null;
    clearInterval(thread.watchdog);
    const waiting = [...thread.waiting.values()];
    thread.waiting.clear();
    if (waiting.length > 0 && !this.closed) {
      this.logger.warn(`A render thread failed with ${waiting.length} certificates in hand: ${reason}`);
    }
    for (const each of waiting) each.reject(new CertificateRenderError(failure, `render thread failed: ${reason}`));
    void thread.worker.terminate();
  }
}
