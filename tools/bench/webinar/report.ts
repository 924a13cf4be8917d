/** What bench:webinar measures per step, and how it prints each step and the whole run (webinar-forwarding.bench.ts runs the steps). */

export const percent = (value: number, digits = 1) => `${(value * 100).toFixed(digits)}%`;
const count = (value: number) => (Number.isNaN(value) ? '-' : String(value));

export interface StepResult {
  stack: string;
  consumers: number;
  /** 2 when the step is the repeat of one that lost more than 1%. */
  attempt: number;
  setupMs: number;
  /** Packets the consumers should have got in the window, and got. */
  expected: number;
  received: number;
  /** Lost on the way from the worker, not counting the sink's own kernel drops. */
  loss: number;
  worstConsumerLoss: number;
  /** Consumers that got nothing before the window opened. */
  silent: number;
  /** Packets the producers received in the window; mean expected per consumer / producer packets. */
  producerPackets: number;
  producerLost: number;
  expectedPerProducer: number;
  sinkDrops: number;
  workerInputDrops: number;
  /** Whole step (warm-up included), read after the presenter stopped: what the consumers sent (consumer.getStats()) and the sink counted. */
  workerSent: number;
  sinkGot: number;
  /** Packets dropped from the kernel's per-CPU input backlog (loopback delivery), all CPUs. */
  softnetDrops: number;
  workerCpu: number;
  sinkCpu: number;
  presenterCpu: number;
  /** How busy the worker's core and the other core were (anyone's work), and time stolen by the hypervisor. */
  workerCoreBusy: number;
  workerCoreSteal: number;
  otherCoreBusy: number;
  /** Share of the window the worker spent runnable but waiting for its CPU. */
  workerWait: number;
  /** 1-minute load average at the end of the step. */
  load: string;
  passed: boolean;
}

/** One line per step, as it ends; `cores` are the worker's core and the other one. */
export function printStep(result: StepResult, cores: { worker: string; other: string }): void {
  console.log(
    [
      (result.attempt > 1 ? `${result.stack}*` : result.stack).padEnd(5),
      `N=${String(result.consumers).padStart(4)}`,
      `expected ${result.expected} received ${result.received}`,
      `loss ${percent(result.loss, 2)} (worst consumer ${percent(result.worstConsumerLoss, 1)})`,
      result.silent ? `SILENT ${result.silent}` : '',
      `producer in ${result.producerPackets} pkts (lost ${result.producerLost}), exp/prod ${result.expectedPerProducer.toFixed(3)}`,
      `drops sink ${result.sinkDrops} worker-in ${result.workerInputDrops} backlog ${result.softnetDrops}`,
      `step total worker sent ${count(result.workerSent)} sink got ${count(result.sinkGot)}`,
      `CPU worker ${percent(result.workerCpu)} (waited ${percent(result.workerWait)}) sink ${percent(result.sinkCpu)} ffmpeg ${percent(result.presenterCpu)}`,
      `core ${cores.worker} busy ${percent(result.workerCoreBusy)} (steal ${percent(result.workerCoreSteal)}), ` +
        `core ${cores.other} busy ${percent(result.otherCoreBusy)}, load ${result.load}`,
      `setup ${Math.round(result.setupMs)} ms`,
      result.passed ? 'ok' : 'OVER 1%',
    ]
      .filter(Boolean)
      .join(' | '),
  );
}

/** A stack goes on only while its steps pass (a failed step's repeat passing counts), so this is its limit. */
export function largestPassing(results: StepResult[]): StepResult | null {
  return results
    .filter((result) => result.passed)
    .reduce<StepResult | null>((best, result) => (!best || result.consumers > best.consumers ? result : best), null);
}

/** Consumers at which the worker would reach `limit` CPU, interpolated between the steps around it. */
export function consumersAtCpu(results: StepResult[], limit: number): string {
  const passing = results.filter((result) => result.passed);
  for (let index = 0; index < passing.length; index++) {
    const step = passing[index];
    if (step.workerCpu < limit) continue;
    if (index === 0) return `≤ ${step.consumers}`;
    const previous = passing[index - 1];
    const fraction = (limit - previous.workerCpu) / (step.workerCpu - previous.workerCpu);
    return String(Math.round(previous.consumers + fraction * (step.consumers - previous.consumers)));
  }
  const last = passing[passing.length - 1];
  return last ? `> ${last.consumers} (${percent(last.workerCpu)} there)` : 'n/a';
}

export function markdownTable(all: StepResult[]): string {
  const rows = [
    '| stack | consumers (viewers) | expected | received | loss | worst consumer | worker CPU (waiting for it) | CPU per 100 consumers | sink CPU | worker core busy (all work) | other core busy | drops: sink / worker input / backlog | step total: worker sent / sink got | load |',
    '| ----- | ------------------- | -------- | -------- | ---- | -------------- | -------------------------- | --------------------- | -------- | --------------------------- | --------------- | ------------------------------------ | ---------------------------------- | ---- |',
  ];
  for (const result of [...all].sort((a, b) => a.consumers - b.consumers || a.stack.localeCompare(b.stack))) {
    rows.push(
      `| ${result.stack}${result.attempt > 1 ? ' (repeat)' : ''} | ${result.consumers} (${result.consumers / 2}) | ${result.expected} | ${result.received} | ` +
        `${percent(result.loss, 2)} | ${percent(result.worstConsumerLoss, 1)} | ${percent(result.workerCpu, 0)} (waited ${percent(result.workerWait, 0)}) | ` +
        `${percent((result.workerCpu / result.consumers) * 100, 1)} | ${percent(result.sinkCpu, 0)} | ` +
        `${percent(result.workerCoreBusy, 0)} | ${percent(result.otherCoreBusy, 0)} | ` +
        `${result.sinkDrops} / ${result.workerInputDrops} / ${result.softnetDrops} | ${count(result.workerSent)} / ${count(result.sinkGot)} | ${result.load} |`,
    );
  }
  return rows.join('\n');
}

/**
 * The end of a run: each stack's largest N at ≤ 1% loss and where its worker reaches 85%
 * CPU, then each stack against bare: the largest N, and worker CPU summed over the steps
 * both passed (bare's CPU / the stack's: 1.00 = as cheap as the bare script, below 1 = dearer).
 */
export function printSummary(results: Map<string, StepResult[]>): void {
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
