/** bench:webinar's settings, read from the environment (see webinar-forwarding.bench.ts). */

/** Consumer counts to step through (2 per viewer: audio + video). */
export const STEPS = (
  process.env['BENCH_WEBINAR_STEPS'] ??
  '50,100,200,300,400,500,600,700,800,900,1000,1100,1200,1300,1400,1500,1600,1800,2000'
)
  .split(',')
  .map((step) => Number(step.trim()));
export const SECONDS = Number(process.env['BENCH_WEBINAR_SECONDS'] ?? 10);
export const WARMUP_SECONDS = 3;
export const STACKS = (process.env['BENCH_WEBINAR_STACKS'] ?? 'bare,pool,room').split(',').map((name) => name.trim());
export const WORKER_CPU = process.env['BENCH_WORKER_CPU'] ?? '1';
export const OTHER_CPU = process.env['BENCH_OTHER_CPU'] ?? '0';
/** SCHED_FIFO priority of the worker, ffmpeg and the sink; 0 leaves them ordinary processes. */
export const REALTIME = Number(process.env['BENCH_REALTIME'] ?? 1);
/** Longest wait for every consumer's first packet (ffmpeg starts slowly on a busy core). */
export const FIRST_PACKET_TIMEOUT_MS = 30_000;
/** After the presenter stops: time for queued sends to leave before the whole-step totals. */
export const SETTLE_MS = 1_000;
export const MAX_LOSS = 0.01;
/** Viewers' transports encrypt with SRTP (AEAD_AES_128_GCM), as WebRTC transports do. */
export const SRTP = process.env['BENCH_WEBINAR_SRTP'] === '1';
/** Repeats of a step that lost more than 1% before the stack stops. */
export const RETRIES = Number(process.env['BENCH_WEBINAR_RETRIES'] ?? 1);
/** Viewers set up concurrently (channel requests in flight). */
export const SETUP_BATCH = 50;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
