/**
 * Benchmark (not a test) of webinar media forwarding, `npm run bench:webinar`:
 *
 * One mediasoup worker pinned to one core (BENCH_WORKER_CPU, default 1) forwards one
 * presenter to N consumers. The presenter is ffmpeg sending a pre-encoded clip (VP8
 * ~600 kbit/s 30 fps + Opus 48 kbit/s, `-c copy`, looping) to two PlainTransports. Each
 * viewer is one PlainTransport (comedia off, connected to its own UDP socket) with an audio
 * and a video consumer, so N consumers = N/2 viewers, as a webinar attendee carries both.
 * The UDP sockets live in a sink process that counts packets and sequence gaps per
 * consumer; the sink, ffmpeg and this process are pinned to the other core
 * (BENCH_OTHER_CPU, default 0). N steps up; each step is built fresh, waits for every
 * consumer's first packet, warms up for 3 s and is measured for BENCH_WEBINAR_SECONDS (10);
 * a step losing > 1% is run once more (BENCH_WEBINAR_RETRIES) and the stack stops when
 * the repeat loses > 1% too.
 *
 * The cores are shared with other work, and the kernel shares CPU between sessions
 * (autogroups) before nice values count: a worker at ordinary priority gets its session's
 * share of its core and loses packets because of its neighbours, and a starved ffmpeg sends
 * in catch-up bursts that overflow the worker's input socket. So the worker, ffmpeg and the
 * sink run as SCHED_FIFO (priority BENCH_REALTIME, default 1; 0 = ordinary): the worker
 * gets its core whenever it has work, as on a core of its own, except that the kernel keeps
 * 5% of every second for ordinary processes (sched_rt_runtime_us): the worker tops out at
 * 95% of its core here. Each step reports how busy both cores were and how long the worker
 * waited for its CPU.
 *
 * Loss is counted where it is real: per consumer, expected = advance of the highest RTP
 * sequence number (the worker keeps the producer's gaps), received = packets counted, and
 * packets the kernel dropped at the sink's own sockets (/proc/net/udp) are subtracted, so
 * a sink that falls behind is reported, not blamed on the worker. Cross-checks: expected
 * per consumer against the producer's packet count (producer.getStats()), and kernel
 * drops at the worker's input sockets (what overload looks like).
 *
 * Stacks, same run, in rotating order at each step (see ./webinar/stacks.ts):
 * - bare: the mediasoup API directly (createWorker, createRouter with Opus + VP8).
 * - pool: the project's MediaWorkerPool (its configuration, codecs, least-loaded router
 *   placement and transport accounting), one worker.
 * - room: the project's RoomRegistryService and Room (enter, produce with the active speaker
 *   observer, consume paused then resumed), with PlainTransports in place of the
 *   WebRtcTransports the room makes.
 * With BENCH_WEBINAR_SRTP=1 the viewers' transports encrypt (SRTP) as WebRTC ones do.
 *
 * Environment: MEDIASOUP_WORKER_BIN (else `tools/mediasoup/build-worker.sh --print-path`
 * is run, which builds the worker if it is not cached), BENCH_WEBINAR_STEPS (consumers,
 * comma-separated, even), BENCH_WEBINAR_SECONDS, BENCH_WEBINAR_RETRIES, BENCH_WEBINAR_STACKS (bare,pool,room), BENCH_WEBINAR_SRTP,
 * BENCH_WORKER_CPU, BENCH_OTHER_CPU, BENCH_REALTIME.
 */
import type { ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import type { types } from 'mediasoup';
import { loadConfig } from '../../libs/api/platform/src/lib/config/app-config';
import { useDevelopmentWorkerBin } from '../mediasoup/worker-bin';
import {
  affinity,
  coreTimes,
  cpuSeconds,
  loadAverage,
  pin,
  realtime,
  runQueueWaitNs,
  softnetDrops,
  sumDrops,
  udpDropsByPort,
  type CoreTimes,
} from './webinar/proc';
import { ensureClip, startPresenter, stopProcess } from './webinar/presenter';
import { SinkProcess, type SinkSnapshot } from './webinar/sink-process';
import { consumersAtCpu, largestPassing, markdownTable, percent, printStep, type StepResult } from './webinar/report';
import { bareStack, poolStack, roomStack, type Stack, type StackOptions } from './webinar/stacks';

type Consumer = types.Consumer;
type Producer = types.Producer;

const STEPS = (
  process.env['BENCH_WEBINAR_STEPS'] ??
  '50,100,200,300,400,500,600,700,800,900,1000,1100,1200,1300,1400,1500,1600,1800,2000'
)
  .split(',')
  .map((step) => Number(step.trim()));
const SECONDS = Number(process.env['BENCH_WEBINAR_SECONDS'] ?? 10);
const WARMUP_SECONDS = 3;
const STACKS = (process.env['BENCH_WEBINAR_STACKS'] ?? 'bare,pool,room').split(',').map((name) => name.trim());
const WORKER_CPU = process.env['BENCH_WORKER_CPU'] ?? '1';
const OTHER_CPU = process.env['BENCH_OTHER_CPU'] ?? '0';
/** SCHED_FIFO priority of the worker, ffmpeg and the sink; 0 leaves them ordinary processes. */
const REALTIME = Number(process.env['BENCH_REALTIME'] ?? 1);
/** Longest wait for every consumer's first packet (ffmpeg starts slowly on a busy core). */
const FIRST_PACKET_TIMEOUT_MS = 30_000;
/** After the presenter stops: time for queued sends to leave before the whole-step totals. */
const SETTLE_MS = 1_000;
const MAX_LOSS = 0.01;
/** Viewers' transports encrypt with SRTP (AEAD_AES_128_GCM), as WebRTC transports do. */
const SRTP = process.env['BENCH_WEBINAR_SRTP'] === '1';
/** Repeats of a step that lost more than 1% before the stack stops. */
const RETRIES = Number(process.env['BENCH_WEBINAR_RETRIES'] ?? 1);
/** Viewers set up concurrently (channel requests in flight). */
const SETUP_BATCH = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------ processes to clean up
const children = new Set<ChildProcess>();
const workerPids = new Set<number>();
let sink: SinkProcess | null = null;
const stacks: Stack[] = [];

function killEverythingNow(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  sink?.kill();
  for (const pid of workerPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

let closing: Promise<void> | null = null;
let interrupted = false;

/** Stops ffmpeg, closes the stacks (their workers exit), kills the sink; once, however often it is called. */
function closeEverything(): Promise<void> {
  closing ??= (async () => {
    await Promise.all([...children].map((child) => stopProcess(child)));
    for (const stack of stacks.splice(0)) await stack.close().catch(() => undefined);
    sink?.kill();
    killEverythingNow();
  })();
  return closing;
}

process.on('exit', killEverythingNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping ffmpeg, the sink and the workers`);
    void closeEverything().finally(() => process.exit(130));
  });
}

// ------------------------------------------------------------------ stacks

/** Every worker of the benchmark: on its own core, first in line for it, killed at exit. */
function prepareWorker(pid: number): void {
  workerPids.add(pid);
  pin(pid, WORKER_CPU);
  if (REALTIME > 0) realtime(pid, REALTIME);
}

// ------------------------------------------------------------------ one step
interface Point {
  at: number;
  workerCpu: number;
  sinkCpu: number;
  presenterCpu: number;
  sink: SinkSnapshot;
  drops: Map<number, number>;
  softnet: number;
  cores: CoreTimes;
  workerWaitNs: number;
  producers: { packets: number; lost: number }[];
}

async function producerCounts(producer: Producer): Promise<{ packets: number; lost: number }> {
  const stats = await producer.getStats();
  return stats.reduce((sum, stat) => ({ packets: sum.packets + stat.packetCount, lost: sum.lost + stat.packetsLost }), {
    packets: 0,
    lost: 0,
  });
}

/**
 * The readings at one end of the window. The producers' counts come from the worker over its
 * channel, which an overloaded worker answers late: they are not waited for here, so that
 * the window is the sink's and the CPU readings' (10 s), not 10 s plus a slow answer.
 */
async function measurePoint(
  stack: Stack,
  presenter: ChildProcess,
  producers: Producer[],
): Promise<Omit<Point, 'producers'> & { producers: Promise<Point['producers']> }> {
  const at = performance.now();
  const workerCpu = cpuSeconds(stack.workerPid);
  const sinkCpu = cpuSeconds(sink?.pid ?? -1);
  const presenterCpu = cpuSeconds(presenter.pid ?? -1);
  const drops = udpDropsByPort();
  const softnet = softnetDrops();
  const cores = coreTimes();
  const workerWaitNs = runQueueWaitNs(stack.workerPid);
  const counts = Promise.all(producers.map((producer) => producerCounts(producer)));
  const snapshot = await (sink as SinkProcess).snapshot();
  return {
    at,
    workerCpu,
    sinkCpu,
    presenterCpu,
    sink: snapshot,
    drops,
    softnet,
    cores,
    workerWaitNs,
    producers: counts,
  };
}

async function runStep(stack: Stack, consumerCount: number, clip: string, attempt: number): Promise<StepResult> {
  if (!sink) throw new Error('the sink is not running');
  const viewers = consumerCount / 2;
  const room = await stack.openRoom();
  let presenter: ChildProcess | null = null;
  try {
    const { audioPayloadType, videoPayloadType, producers } = room;
    const ports = await sink.open(viewers, audioPayloadType, videoPayloadType);

    const setupStarted = performance.now();
    const consumers: Consumer[] = [];
    for (let first = 0; first < viewers; first += SETUP_BATCH) {
      const batch = await Promise.all(ports.slice(first, first + SETUP_BATCH).map((port) => room.addViewer(port)));
      for (const pair of batch) {
        pair.forEach((consumer, index) => {
          const expected = index === 0 ? audioPayloadType : videoPayloadType;
          const actual = consumer.rtpParameters.codecs[0].payloadType;
          if (actual !== expected) throw new Error(`consumer payload type ${actual}, the sink expects ${expected}`);
          consumers.push(consumer);
        });
      }
    }
    const setupMs = performance.now() - setupStarted;

    presenter = startPresenter(clip, room.presenterPorts);
    children.add(presenter);
    if (REALTIME > 0 && presenter.pid) realtime(presenter.pid, REALTIME);
    await firstPackets(consumerCount);
    await sleep(WARMUP_SECONDS * 1000);
    const start = await measurePoint(stack, presenter, producers);
    await sleep(SECONDS * 1000);
    const end = await measurePoint(stack, presenter, producers);
    const before: Point = { ...start, producers: await start.producers };
    const after: Point = { ...end, producers: await end.producers };
    if (presenter.exitCode !== null) throw new Error(`ffmpeg exited early (${presenter.exitCode})`);
    if (after.producers.some((counts, index) => counts.packets === before.producers[index].packets)) {
      throw new Error("the presenter's RTP did not reach a producer: the measurement would be meaningless");
    }
    // Whole-step totals once nothing is in flight: sent by the worker vs counted by the sink.
    await stopProcess(presenter);
    children.delete(presenter);
    const inputPorts = [room.presenterPorts.audio.rtp, room.presenterPorts.video.rtp];
    const summary = summarize(stack, consumerCount, setupMs, before, after, ports, inputPorts);
    // Not for a step that failed: an overloaded worker answers thousands of getStats slowly.
    await sleep(SETTLE_MS);
    const totals = summary.passed ? await stepTotals(consumers) : { workerSent: NaN, sinkGot: NaN };
    return { ...summary, ...totals, attempt };
  } finally {
    if (presenter) {
      await stopProcess(presenter);
      children.delete(presenter);
    }
    await room.close();
    await sink.close();
  }
}

/** Waits until every consumer has had a packet (or the timeout: those then count as silent). */
async function firstPackets(consumerCount: number): Promise<void> {
  const deadline = Date.now() + FIRST_PACKET_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const snapshot = await (sink as SinkProcess).snapshot();
    if (snapshot.highest.slice(0, consumerCount).every((highest) => highest >= 0)) return;
    await sleep(100);
  }
}

async function stepTotals(consumers: Consumer[]): Promise<{ workerSent: number; sinkGot: number }> {
  const snapshot = await (sink as SinkProcess).snapshot();
  let workerSent = 0;
  for (let first = 0; first < consumers.length; first += SETUP_BATCH) {
    const stats = await Promise.all(consumers.slice(first, first + SETUP_BATCH).map((consumer) => consumer.getStats()));
    for (const list of stats) {
      for (const stat of list) if (stat.type === 'outbound-rtp') workerSent += stat.packetCount;
    }
  }
  return { workerSent, sinkGot: snapshot.received.reduce((sum, count) => sum + count, 0) };
}

function summarize(
  stack: Stack,
  consumers: number,
  setupMs: number,
  before: Point,
  after: Point,
  sinkPorts: number[],
  inputPorts: number[],
): Omit<StepResult, 'workerSent' | 'sinkGot' | 'attempt'> {
  const producerDelta = before.producers.map((counts, index) => ({
    packets: after.producers[index].packets - counts.packets,
    lost: after.producers[index].lost - counts.lost,
  }));
  let expected = 0;
  let received = 0;
  let silent = 0;
  let worstConsumerLoss = 0;
  for (let stream = 0; stream < consumers; stream++) {
    const kind = stream % 2; // 0 audio, 1 video
    const gotNow = after.sink.received[stream] - before.sink.received[stream];
    let want: number;
    if (before.sink.highest[stream] < 0) {
      silent++;
      want = producerDelta[kind].packets + producerDelta[kind].lost;
    } else {
      want = after.sink.highest[stream] - before.sink.highest[stream];
    }
    expected += want;
    received += gotNow;
    worstConsumerLoss = Math.max(worstConsumerLoss, want > 0 ? (want - gotNow) / want : 0);
  }
  const sinkDrops = sumDrops(after.drops, sinkPorts) - sumDrops(before.drops, sinkPorts);
  const workerInputDrops = sumDrops(after.drops, inputPorts) - sumDrops(before.drops, inputPorts);
  const lost = Math.max(0, expected - received - sinkDrops);
  const loss = expected > 0 ? lost / expected : 1;
  const producerPackets = producerDelta[0].packets + producerDelta[1].packets;
  const producerLost = producerDelta[0].lost + producerDelta[1].lost;
  const seconds = (after.at - before.at) / 1000;
  const coreShare = (cpu: string, field: 'busy' | 'steal') =>
    Number(cpu) in after.cores.total
      ? (after.cores[field][Number(cpu)] - before.cores[field][Number(cpu)]) /
        (after.cores.total[Number(cpu)] - before.cores.total[Number(cpu)])
      : NaN;
  return {
    stack: stack.name,
    consumers,
    setupMs,
    expected,
    received,
    loss,
    worstConsumerLoss,
    silent,
    producerPackets,
    producerLost,
    // Each viewer has one consumer of each producer: per viewer it should see all the producers got.
    expectedPerProducer: expected / (consumers / 2) / Math.max(1, producerPackets + producerLost),
    sinkDrops,
    workerInputDrops,
    softnetDrops: after.softnet - before.softnet,
    workerCpu: (after.workerCpu - before.workerCpu) / seconds,
    sinkCpu: (after.sinkCpu - before.sinkCpu) / seconds,
    presenterCpu: (after.presenterCpu - before.presenterCpu) / seconds,
    workerCoreBusy: coreShare(WORKER_CPU, 'busy'),
    workerCoreSteal: coreShare(WORKER_CPU, 'steal'),
    otherCoreBusy: coreShare(OTHER_CPU, 'busy'),
    workerWait: (after.workerWaitNs - before.workerWaitNs) / 1e9 / seconds,
    load: loadAverage().split(' ')[0],
    passed: loss <= MAX_LOSS && silent === 0,
  };
}

// ------------------------------------------------------------------ main
async function main(): Promise<void> {
  if (cpus().length < 2) throw new Error('this benchmark needs 2 cores: one for the worker, one for everything else');
  if (STEPS.some((step) => !Number.isInteger(step) || step <= 0 || step % 2 !== 0)) {
    throw new Error(`BENCH_WEBINAR_STEPS must be even consumer counts (audio + video per viewer): ${STEPS.join(',')}`);
  }
  pin(process.pid, OTHER_CPU);
  // Children (ffmpeg, the sink, the workers) inherit the CPU pinning.
  const workerBin = useDevelopmentWorkerBin();
  const clip = ensureClip();
  const loadBefore = loadAverage();
  console.log(
    `webinar forwarding: ${cpus().length} cores, load average ${loadBefore}; worker on CPU ${WORKER_CPU}, ` +
      `presenter/sink/bench on CPU ${OTHER_CPU}; ${SECONDS} s per step after ${WARMUP_SECONDS} s warm-up; ` +
      `steps ${STEPS.join(', ')} consumers (2 per viewer), viewers ${SRTP ? 'SRTP' : 'plain RTP'}; SCHED_FIFO ${REALTIME > 0 ? REALTIME : 'off'}\nworker: ${workerBin}\nclip: ${clip}`,
  );

  sink = await SinkProcess.start();
  if (REALTIME > 0) realtime(sink.pid, REALTIME);
  const options: StackOptions = {
    workerBin,
    config: loadConfig({
      MEDIASOUP_WORKER_BIN: workerBin,
      MEDIASOUP_WORKERS: '1',
      MEDIASOUP_LISTEN_IP: '127.0.0.1',
      // The benchmark looks for the worker's limit: the room's admission budget must not stop it first.
      MEDIASOUP_CONSUMERS_PER_WORKER: '1000000',
    }),
    srtp: SRTP,
    onWorker: prepareWorker,
  };
  const factories: Record<string, (options: StackOptions) => Promise<Stack>> = {
    bare: bareStack,
    pool: poolStack,
    room: roomStack,
  };
  for (const name of STACKS) {
    const factory = factories[name];
    if (!factory) throw new Error(`unknown stack "${name}" (${Object.keys(factories).join(', ')})`);
    stacks.push(await factory(options));
  }
  for (const stack of stacks) {
    console.log(`${stack.name}: worker pid ${stack.workerPid} on CPU ${affinity(stack.workerPid)}`);
  }
  console.log(
    `sink pid ${sink.pid} on CPU ${affinity(sink.pid)}, bench pid ${process.pid} on CPU ${affinity(process.pid)}`,
  );

  const results = new Map<string, StepResult[]>(stacks.map((stack) => [stack.name, []]));
  for (const [index, consumers] of STEPS.entries()) {
    // Rotate which stack goes first, so that drift in the machine's load hits all alike.
    const order = stacks.map((_, offset) => stacks[(index + offset) % stacks.length]);
    let anyRan = false;
    for (const stack of order) {
      const done = results.get(stack.name) ?? [];
      if (done.length > 0 && !done[done.length - 1].passed) continue;
      anyRan = true;
      // A step over 1% runs once more: on these shared cores one bad moment of someone else's
      // work can sink a step; a stack stops when the repeat fails too.
      for (let attempt = 1; attempt <= 1 + RETRIES; attempt++) {
        const result = await runStep(stack, consumers, clip, attempt);
        done.push(result);
        printStep(result, { worker: WORKER_CPU, other: OTHER_CPU });
        if (result.passed) break;
      }
    }
    if (!anyRan) break;
  }
  const loadAfter = loadAverage();

  console.log(`\nload average before ${loadBefore}, after ${loadAfter}\n`);
  console.log(markdownTable([...results.values()].flat()));
  console.log('');
  const largest = new Map<string, StepResult | null>();
  for (const [name, list] of results) {
    const best = largestPassing(list);
    largest.set(name, best);
    const last = list[list.length - 1];
    const failed = last && !last.passed ? last : undefined;
    console.log(
      `${name}: largest N at ≤ 1% loss: ${best ? best.consumers : 'none'}` +
        (best
          ? ` (worker CPU ${percent(best.workerCpu)}, ${percent((best.workerCpu / best.consumers) * 100)} per 100 consumers)`
          : '') +
        (failed
          ? `; next step ${failed.consumers} lost ${percent(failed.loss, 2)}`
          : '; never over 1% (add larger steps)') +
        `; worker reaches 85% CPU at ~${consumersAtCpu(list, 0.85)} consumers`,
    );
  }
  // Each stack against bare: the largest N, and worker CPU summed over the steps both passed
  // (bare's CPU / the stack's: 1.00 = as cheap as the bare script, below 1 = dearer).
  const bare = largest.get('bare');
  const bareList = results.get('bare') ?? [];
  for (const [name, list] of results) {
    const best = largest.get(name);
    if (name === 'bare' || !bare || !best) continue;
    const pairs = bareList
      .filter((result) => result.passed)
      .flatMap((result) => {
        const other = list.find((candidate) => candidate.consumers === result.consumers && candidate.passed);
        return other ? [[result, other] as const] : [];
      });
    const cpu = (side: 0 | 1) => pairs.reduce((sum, pair) => sum + pair[side].workerCpu, 0);
    console.log(
      `${name} / bare: largest N ${(best.consumers / bare.consumers).toFixed(2)}` +
        (pairs.length
          ? `; worker CPU over the ${pairs.length} steps both passed: bare ${percent(cpu(0) / pairs.length)} ` +
            `vs ${name} ${percent(cpu(1) / pairs.length)} on average -> CPU efficiency ${(cpu(0) / cpu(1)).toFixed(2)}`
          : ''),
    );
  }
}

main()
  .catch((error: Error) => {
    // After Ctrl-C, what was in flight fails as its workers close: not worth a stack trace.
    if (!interrupted) console.error(error);
    process.exitCode = interrupted ? 130 : 1;
  })
  .finally(() => closeEverything());
