/**
 * One step of bench:webinar (webinar-forwarding.bench.ts): a room of one stack with N/2
 * viewers, the presenter started, every consumer's first packet awaited, a warm-up, then a
 * measured window, read as loss per consumer, CPU of the worker, sink and ffmpeg, and drops
 * at each socket.
 */
import type { ChildProcess } from 'node:child_process';
import type { types } from 'mediasoup';
import { startPresenter, stopProcess } from './presenter';
import {
  coreTimes,
  cpuSeconds,
  loadAverage,
  realtime,
  runQueueWaitNs,
  softnetDrops,
  sumDrops,
  udpDropsByPort,
  type CoreTimes,
} from './proc';
import type { StepResult } from './report';
import {
  FIRST_PACKET_TIMEOUT_MS,
  MAX_LOSS,
  OTHER_CPU,
  REALTIME,
  SECONDS,
  SETTLE_MS,
  SETUP_BATCH,
  WARMUP_SECONDS,
  WORKER_CPU,
  sleep,
} from './settings';
import type { SinkProcess, SinkSnapshot } from './sink-process';
import type { Stack } from './stacks';

type Consumer = types.Consumer;
type Producer = types.Producer;

/** What a step runs with: the sink its viewers send to, and where it registers ffmpeg (stopped on Ctrl-C). */
export interface StepRun {
  sink: SinkProcess;
  children: Set<ChildProcess>;
}

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
  sink: SinkProcess,
  stack: Stack,
  presenter: ChildProcess,
  producers: Producer[],
): Promise<Omit<Point, 'producers'> & { producers: Promise<Point['producers']> }> {
  const at = performance.now();
  const workerCpu = cpuSeconds(stack.workerPid);
  const sinkCpu = cpuSeconds(sink.pid);
  const presenterCpu = cpuSeconds(presenter.pid ?? -1);
  const drops = udpDropsByPort();
  const softnet = softnetDrops();
  const cores = coreTimes();
  const workerWaitNs = runQueueWaitNs(stack.workerPid);
  const counts = Promise.all(producers.map((producer) => producerCounts(producer)));
  const snapshot = await sink.snapshot();
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

export async function runStep(
  run: StepRun,
  stack: Stack,
  consumerCount: number,
  clip: string,
  attempt: number,
): Promise<StepResult> {
  const { sink, children } = run;
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
    await firstPackets(sink, consumerCount);
    await sleep(WARMUP_SECONDS * 1000);
    const start = await measurePoint(sink, stack, presenter, producers);
    await sleep(SECONDS * 1000);
    const end = await measurePoint(sink, stack, presenter, producers);
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
    const totals = summary.passed ? await stepTotals(sink, consumers) : { workerSent: NaN, sinkGot: NaN };
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
async function firstPackets(sink: SinkProcess, consumerCount: number): Promise<void> {
  const deadline = Date.now() + FIRST_PACKET_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const snapshot = await sink.snapshot();
    if (snapshot.highest.slice(0, consumerCount).every((highest) => highest >= 0)) return;
    await sleep(100);
  }
}

async function stepTotals(sink: SinkProcess, consumers: Consumer[]): Promise<{ workerSent: number; sinkGot: number }> {
  const snapshot = await sink.snapshot();
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
