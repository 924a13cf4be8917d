import { loadConfig } from '@bina-pustaka/api-platform';
import type { types } from 'mediasoup';
import {
  connectConsumingPeer,
  connectProducingPeer,
  consumerBytes,
  KINDS,
  startLocalStun,
  type ConsumingPeer,
  type ProducingPeer,
} from '../../testing/webrtc-peers';
import { MediaWorkerPool, type WorkerDiedEvent } from './media-worker-pool';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('MediaWorkerPool with the real mediasoup worker', () => {
  let pool: MediaWorkerPool;

  beforeAll(async () => {
    pool = new MediaWorkerPool(loadConfig({ MEDIASOUP_WORKERS: '2', MEDIASOUP_LISTEN_IP: '127.0.0.1' }).mediasoup);
    await pool.start();
  });

  afterAll(async () => {
    await pool.close();
  });

  it('starts two workers and puts routers with Opus, VP8 and H264 on the least-loaded one', async () => {
    expect(pool.workers).toHaveLength(2);
    expect(pool.workers.map((worker) => worker.pid)).toEqual(pool.loads().map((load) => load.pid));

    const [first, second] = await Promise.all([pool.createRouter(), pool.createRouter()]);
    expect(pool.loads().map((load) => load.routers)).toEqual([1, 1]);
    const mimeTypes = first.rtpCapabilities.codecs?.map((codec) => codec.mimeType) ?? [];
    expect(mimeTypes).toEqual(expect.arrayContaining(['audio/opus', 'video/VP8', 'video/H264']));

    // A transport makes the first worker busier: the next router goes to the second.
    const transport = await first.createWebRtcTransport(pool.webRtcTransportOptions());
    expect(pool.loads().map((load) => load.transports)).toEqual([1, 0]);
    const third = await pool.createRouter();
    expect(pool.loads().map((load) => load.routers)).toEqual([1, 2]);

    transport.close();
    for (const router of [first, second, third]) router.close();
    expect(pool.loads()).toEqual(
      pool.workers.map((worker) => ({ pid: worker.pid, routers: 0, transports: 0, consumers: 0 })),
    );
  });

  it('carries Opus + VP8 from a producing WebRTC peer to a consuming one (bytes growing)', async () => {
    const stun = await startLocalStun();
    const router = await pool.createRouter({ room: 'media-test' });
    const sendTransport = await router.createWebRtcTransport(pool.webRtcTransportOptions());
    const recvTransport = await router.createWebRtcTransport(pool.webRtcTransportOptions());
    expect(sendTransport.iceCandidates.map((candidate) => candidate.address)).toContain('127.0.0.1');
    let producing: ProducingPeer | undefined;
    let consuming: ConsumingPeer | undefined;
    let stopMedia = () => undefined as void;
    try {
      producing = await connectProducingPeer(sendTransport, stun.iceServers);
      consuming = await connectConsumingPeer(
        recvTransport,
        producing.producers,
        router.rtpCapabilities,
        stun.iceServers,
      );
      const received = consuming.received;
      expect(consuming.startedPaused).toEqual({ audio: true, video: true });
      expect(KINDS.map((kind) => consuming?.consumers[kind].paused)).toEqual([false, false]);
      stopMedia = producing.sendFakeMedia();

      await until(() => received.audio > 0 && received.video > 0, 'the first RTP packets at the consuming peer');
      const before = {
        audio: await consumerBytes(consuming.consumers.audio),
        video: await consumerBytes(consuming.consumers.video),
      };
      await sleep(1_000);
      const after = {
        audio: await consumerBytes(consuming.consumers.audio),
        video: await consumerBytes(consuming.consumers.video),
      };

      for (const kind of KINDS) {
        console.log(
          `${kind}: consumer sent ${before[kind].bytes} -> ${after[kind].bytes} bytes in 1 s ` +
            `(${after[kind].packets} packets); the consuming peer received ${received[kind]} RTP packets`,
        );
        expect(after[kind].bytes).toBeGreaterThan(before[kind].bytes);
        expect(received[kind]).toBeGreaterThan(0);
      }
      expect([sendTransport.dtlsState, recvTransport.dtlsState]).toEqual(['connected', 'connected']);
      // The two consumers count against their worker's budget (MEDIASOUP_CONSUMERS_PER_WORKER).
      expect(pool.loads().reduce((sum, load) => sum + load.consumers, 0)).toBe(2);
      expect(pool.hasRoomFor(router, 598)).toBe(true);
      expect(pool.hasRoomFor(router, 599)).toBe(false);
    } finally {
      stopMedia();
      await producing?.close();
      await consuming?.close();
      stun.close();
      router.close();
    }
  });

  it('replaces a worker killed with SIGKILL, says which routers were lost, and makes routers again', async () => {
    const victim = pool.workers[0];
    const survivor = pool.workers[1];
    const lost = await pool.createRouter({ room: 'on-the-victim' });
    const kept = await pool.createRouter({ room: 'on-the-survivor' });
    expect(pool.loads()).toEqual([
      { pid: victim.pid, routers: 1, transports: 0, consumers: 0 },
      { pid: survivor.pid, routers: 1, transports: 0, consumers: 0 },
    ]);

    const died = new Promise<WorkerDiedEvent>((resolve) => {
      const unsubscribe = pool.onWorkerDied((event) => {
        unsubscribe();
        resolve(event);
      });
    });
    const killedAt = Date.now();
    process.kill(victim.pid, 'SIGKILL');
    const event = await died;
    console.log(
      `worker ${victim.pid} killed; replacement ${event.replacementPid} announced after ${Date.now() - killedAt} ms`,
    );

    expect(event.pid).toBe(victim.pid);
    expect(event.error.message).toContain('SIGKILL');
    expect(event.lostRouters).toEqual([lost]);
    expect((event.lostRouters[0] as types.Router<{ room: string }>).appData.room).toBe('on-the-victim');
    expect(lost.closed).toBe(true);
    expect(event.replacementPid).toEqual(expect.any(Number));
    expect(event.replacementPid).not.toBe(victim.pid);
    expect(pool.workers.map((worker) => worker.pid).sort()).toEqual([survivor.pid, event.replacementPid].sort());

    expect(kept.closed).toBe(false);

    // The replacement is the least-loaded worker now: the moved room goes there.
    const again = await pool.createRouter({ room: 'moved' });
    expect(again.closed).toBe(false);
    const transport = await again.createWebRtcTransport(pool.webRtcTransportOptions());
    expect(transport.iceCandidates.length).toBeGreaterThan(0);
    expect(pool.loads().find((load) => load.pid === event.replacementPid)?.routers).toBe(1);
    again.close();
    kept.close();
  });
});
