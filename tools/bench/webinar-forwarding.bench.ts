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
 * The phases live in ./webinar/: settings.ts (the environment), bench-processes.ts (what
 * the run starts, and stopping it), step.ts (one step, measured), report.ts (each step's
 * line, the table and the summary); this file sets the stacks up and runs the steps.
 *
 * Environment: MEDIASOUP_WORKER_BIN (else `tools/mediasoup/build-worker.sh --print-path`
 * is run, which builds the worker if it is not cached), BENCH_WEBINAR_STEPS (consumers,
 * comma-separated, even), BENCH_WEBINAR_SECONDS, BENCH_WEBINAR_RETRIES, BENCH_WEBINAR_STACKS (bare,pool,room), BENCH_WEBINAR_SRTP,
 * BENCH_WORKER_CPU, BENCH_OTHER_CPU, BENCH_REALTIME.
 */
import { cpus } from 'node:os';
import { loadConfig } from '../../libs/api/platform/src/lib/config/app-config';
import { useDevelopmentWorkerBin } from '../mediasoup/worker-bin';
import { BenchProcesses } from './webinar/bench-processes';
import { ensureClip } from './webinar/presenter';
import { affinity, loadAverage, pin, realtime } from './webinar/proc';
import { markdownTable, printStep, printSummary, type StepResult } from './webinar/report';
import {
  OTHER_CPU,
  REALTIME,
  RETRIES,
  SECONDS,
  SRTP,
  STACKS,
  STEPS,
  WARMUP_SECONDS,
  WORKER_CPU,
} from './webinar/settings';
import { SinkProcess } from './webinar/sink-process';
import { bareStack, poolStack, roomStack, type Stack, type StackOptions } from './webinar/stacks';
import { runStep } from './webinar/step';

const processes = new BenchProcesses();

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

  const sink = await SinkProcess.start();
  processes.sink = sink;
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
    onWorker: processes.prepareWorker,
  };
  const factories: Record<string, (options: StackOptions) => Promise<Stack>> = {
    bare: bareStack,
    pool: poolStack,
    room: roomStack,
  };
  for (const name of STACKS) {
    const factory = factories[name];
    if (!factory) throw new Error(`unknown stack "${name}" (${Object.keys(factories).join(', ')})`);
    processes.stacks.push(await factory(options));
  }
  const stacks = [...processes.stacks];
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
        const result = await runStep({ sink, children: processes.children }, stack, consumers, clip, attempt);
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
  printSummary(results);
}

main()
  .catch((error: Error) => {
    // After Ctrl-C, what was in flight fails as its workers close: not worth a stack trace.
    if (!processes.interrupted) console.error(error);
    process.exitCode = processes.interrupted ? 130 : 1;
  })
  .finally(() => processes.close());
