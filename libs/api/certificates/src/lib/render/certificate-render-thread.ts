/**
 * A render thread (see CertificateRenderPool): its own CertificateRenderer (fonts parsed
 * once, a warm-up document first), rendering one certificate at a time while the worker's
 * main thread does the database, Redis and file work of the others. Bundled by apps/worker
 * as its own entry (certificate-render-thread.js beside main.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import { certificateFailure } from './certificate-render-error';
import { CertificateRenderer } from './certificate-renderer';
import type { RenderThreadData, RenderThreadReply, RenderThreadRequest } from './render-thread-protocol';

const port = parentPort;
if (!port) throw new Error('certificate-render-thread runs as a worker thread only');

const renderer = CertificateRenderer.create();
const designs = new Map<number, CertificateTemplateDesign>();
const images = new Map<string, Buffer>();
const reply = (message: RenderThreadReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

async function render(request: RenderThreadRequest): Promise<void> {
  if (request.forget) {
    designs.clear();
    images.clear();
  }
  if (request.newDesign) designs.set(request.designId, request.newDesign);
  const design = designs.get(request.designId);
  if (!design) throw new Error(`design ${request.designId} was not sent to the render thread`);
  for (const [key, bytes] of request.newImages) {
    images.set(key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  const byId = new Map<string, Buffer>();
  for (const [id, key] of request.images) {
    const bytes = images.get(key);
    if (!bytes) throw new Error(`image ${key} was not sent to the render thread`);
    byId.set(id, bytes);
  }
  const pdf = await renderer.render({ ...request.content, design, images: byId });
  // A PDF is larger than Buffer's pool, so it owns its memory: hand it over instead of copying.
  const owned = pdf.byteOffset === 0 && pdf.buffer.byteLength === pdf.byteLength;
  const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  reply({ id: request.id, pdf: bytes }, owned ? [pdf.buffer as ArrayBuffer] : []);
}

// Requests are rendered in turn: one document at a time is as fast as rendering gets on a thread.
let queue = Promise.resolve();
port.on('message', (request: RenderThreadRequest) => {
  queue = queue.then(() =>
    render(request).catch((error: Error) =>
      reply({ id: request.id, error: error.message || String(error), failure: certificateFailure(error) }),
    ),
  );
});

const { warmUp } = workerData as RenderThreadData;
queue = renderer.render({ ...warmUp, images: new Map() }).then(() => reply({ ready: true }));
