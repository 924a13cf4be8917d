/**
 * What a WebRTC viewer costs the mediasoup worker next to the plain SRTP viewer of the
 * forwarding benchmark, measured in the same run: the factor that turns that benchmark's
 * limit (~800 SRTP streams per core at <= 1% loss) into the admission budget
 * MEDIASOUP_CONSUMERS_PER_WORKER.
 *
 * One worker of the project's MediaWorkerPool pinned to BENCH_WORKER_CPU (1), everything
 * else on BENCH_OTHER_CPU (0). A werift peer produces Opus + VP8 (50 + 50 packets a second)
 * into a WebRtcTransport. For each N in BENCH_VIEWERS (10,20,40), N viewers each receive
 * both streams, two ways in turn:
 *  - webrtc: werift peers, each on its own WebRtcTransport (ICE with consent checks, DTLS,
 *    SRTP, RTCP receiver reports, NACK/PLI feedback), as the room gives browsers;
 *  - srtp: PlainTransports with SRTP (AEAD_AES_128_GCM) sending to one UDP socket that
 *    drops what it gets, as in the forwarding benchmark.
 * After 2 s of warm-up the worker's CPU and the packets its consumers sent are read over
 * BENCH_SECONDS (10); the producer alone is measured first and taken off. Not covered:
 * browsers also send transport-wide congestion feedback, which werift 0.23 does not.
 */
import dgram from 'node:dgram';
import { cpus } from 'node:os';
import type { types } from 'mediasoup';
import { loadConfig } from '../../libs/api/platform/src/lib/config/app-config';
import { MediaWorkerPool } from '../../libs/api/webinar/src/lib/media/media-worker-pool';
import { useDevelopmentWorkerBin } from '../mediasoup/worker-bin';
import {
  connectConsumingPeer,
  connectProducingPeer,
  KINDS,
  startLocalStun,
  type ConsumingPeer,
} from '../../libs/api/webinar/src/testing/webrtc-peers';
import { cpuSeconds, loadAverage, pin } from './webinar/proc';
import { viewerTransport } from './webinar/stacks';

type Consumer = types.Consumer;
type Router = types.Router;

const VIEWERS = (process.env['BENCH_VIEWERS'] ?? '10,20,40').split(',').map((value) => Number(value.trim()));
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WORKER_CPU = process.env['BENCH_WORKER_CPU'] ?? '1';
const OTHER_CPU = process.env['BENCH_OTHER_CPU'] ?? '0';
const WARMUP_MS = 2_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function packetsSent(consumers: Consumer[]): Promise<number> {
  let total = 0;
  for (const consumer of consumers) {
    const stats = (await consumer.getStats()).find((entry) => entry.type === 'outbound-rtp');
    total += stats?.packetCount ?? 0;
  }
  return total;
}

interface Window {
  cpuSeconds: number;
  packets: number;
  seconds: number;
}

/** Worker CPU and packets sent by `consumers` over the measuring window. */
async function measure(workerPid: number, consumers: Consumer[]): Promise<Window> {
  await sleep(WARMUP_MS);
  const packetsBefore = await packetsSent(consumers);
  const cpuBefore = cpuSeconds(workerPid);
  const startedAt = process.hrtime.bigint();
  await sleep(SECONDS * 1_000);
  const cpuAfter = cpuSeconds(workerPid);
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const packetsAfter = await packetsSent(consumers);
  return { cpuSeconds: cpuAfter - cpuBefore, packets: packetsAfter - packetsBefore, seconds };
}

async function webrtcViewers(
  router: Router,
  pool: MediaWorkerPool,
  producers: Record<'audio' | 'video', types.Producer>,
  count: number,
  iceServers: Parameters<typeof connectConsumingPeer>[3],
): Promise<{ consumers: Consumer[]; close(): Promise<void> }> {
  const peers: ConsumingPeer[] = [];
  const transports: types.WebRtcTransport[] = [];
  for (let index = 0; index < count; index++) {
    const transport = await router.createWebRtcTransport(pool.webRtcTransportOptions());
    transports.push(transport);
    peers.push(await connectConsumingPeer(transport, producers, router.rtpCapabilities, iceServers));
  }
  const deadline = Date.now() + 20_000;
  while (peers.some((peer) => peer.received.audio === 0 || peer.received.video === 0)) {
    if (Date.now() > deadline) throw new Error('not every WebRTC viewer receives both streams');
    await sleep(100);
  }
  return {
    consumers: peers.flatMap((peer) => KINDS.map((kind) => peer.consumers[kind])),
    close: async () => {
      await Promise.all(peers.map((peer) => peer.close()));
      for (const transport of transports) transport.close();
    },
  };
}

async function srtpViewers(
  router: Router,
  producers: Record<'audio' | 'video', types.Producer>,
  count: number,
  dropPort: number,
): Promise<{ consumers: Consumer[]; close(): Promise<void> }> {
  const transports: types.PlainTransport[] = [];
  const consumers: Consumer[] = [];
  for (let index = 0; index < count; index++) {
    const transport = await viewerTransport(router, { protocol: 'udp', ip: '127.0.0.1' }, dropPort, true);
    transports.push(transport);
    for (const kind of KINDS) {
      consumers.push(
        await transport.consume({ producerId: producers[kind].id, rtpCapabilities: router.rtpCapabilities }),
      );
    }
  }
  return {
    consumers,
    close: async () => {
      for (const transport of transports) transport.close();
    },
  };
}

async function main(): Promise<void> {
  if (cpus().length < 2) throw new Error('this benchmark needs 2 cores: one for the worker, one for everything else');
  pin(process.pid, OTHER_CPU);
  const pool = new MediaWorkerPool(
    loadConfig({
      // The worker as `npm start` finds it: MEDIASOUP_WORKER_BIN, else tools/mediasoup's cached build.
      MEDIASOUP_WORKER_BIN: useDevelopmentWorkerBin(),
      MEDIASOUP_WORKERS: '1',
      MEDIASOUP_LISTEN_IP: '127.0.0.1',
      MEDIASOUP_CONSUMERS_PER_WORKER: '1000000',
    }).mediasoup,
  );
  await pool.start();
  const workerPid = pool.workers[0].pid;
  pin(workerPid, WORKER_CPU);
  const stun = await startLocalStun();
  const drop = dgram.createSocket('udp4');
  drop.on('message', () => undefined);
  await new Promise<void>((resolve) => drop.bind(0, '127.0.0.1', resolve));
  console.log(
    `WebRTC vs SRTP viewers: worker ${workerPid} on CPU ${WORKER_CPU}, peers on CPU ${OTHER_CPU}; ` +
      `${SECONDS} s per step; load average ${loadAverage()}`,
  );

  const router = await pool.createRouter({ benchmark: true });
  const sendTransport = await router.createWebRtcTransport(pool.webRtcTransportOptions());
  const presenter = await connectProducingPeer(sendTransport, stun.iceServers);
  const stopMedia = presenter.sendFakeMedia();
  const rows: Record<string, string>[] = [];
  try {
    const idle = await measure(workerPid, []);
    const idleCpuPerSecond = idle.cpuSeconds / idle.seconds;
    console.log(`producer alone: worker CPU ${(idleCpuPerSecond * 100).toFixed(1)}%`);
    for (const count of VIEWERS) {
      const cost: Record<string, number> = {};
      for (const kind of ['webrtc', 'srtp'] as const) {
        const viewers =
          kind === 'webrtc'
            ? await webrtcViewers(router, pool, presenter.producers, count, stun.iceServers)
            : await srtpViewers(router, presenter.producers, count, drop.address().port);
        const window = await measure(workerPid, viewers.consumers);
        await viewers.close();
        const cpuPerSecond = window.cpuSeconds / window.seconds - idleCpuPerSecond;
        const packetsPerSecond = window.packets / window.seconds;
        cost[kind] = (cpuPerSecond * 1e6) / packetsPerSecond;
        rows.push({
          viewers: String(count),
          kind,
          'worker CPU': `${((window.cpuSeconds / window.seconds) * 100).toFixed(1)}%`,
          'packets/s sent': packetsPerSecond.toFixed(0),
          'µs per packet': cost[kind].toFixed(2),
          'webrtc / srtp': kind === 'srtp' ? (cost['webrtc'] / cost['srtp']).toFixed(2) : '',
        });
        console.log(JSON.stringify(rows[rows.length - 1]));
        await sleep(1_000);
      }
    }
  } finally {
    stopMedia();
    await presenter.close();
    stun.close();
    drop.close();
    await pool.close();
  }
  console.table(rows);
  console.log(`load average after: ${loadAverage()}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
