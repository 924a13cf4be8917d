/**
 * Everything bench:webinar starts (ffmpeg, the UDP sink, the stacks and their mediasoup
 * workers), stopped once: at the end, on Ctrl-C or SIGTERM, and killed at exit whatever
 * happened, so that no worker pinned to a core at real-time priority outlives the run.
 */
import type { ChildProcess } from 'node:child_process';
import { stopProcess } from './presenter';
import { pin, realtime } from './proc';
import { REALTIME, WORKER_CPU } from './settings';
import type { SinkProcess } from './sink-process';
import type { Stack } from './stacks';

export class BenchProcesses {
  /** ffmpeg presenters running now. */
  readonly children = new Set<ChildProcess>();
  readonly stacks: Stack[] = [];
  sink: SinkProcess | null = null;
  /** Set by Ctrl-C / SIGTERM: what fails afterwards fails because its workers are closing. */
  interrupted = false;
  private readonly workerPids = new Set<number>();
  private closing: Promise<void> | null = null;

  constructor() {
    process.on('exit', () => this.killNow());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        this.interrupted = true;
        console.error(`\n${signal}: stopping ffmpeg, the sink and the workers`);
        void this.close().finally(() => process.exit(130));
      });
    }
  }

  /** Every worker of the benchmark: on its own core, first in line for it, killed at exit. */
  readonly prepareWorker = (pid: number): void => {
    this.workerPids.add(pid);
    pin(pid, WORKER_CPU);
    if (REALTIME > 0) realtime(pid, REALTIME);
  };

  /** Stops ffmpeg, closes the stacks (their workers exit), kills the sink; once, however often it is called. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.children].map((child) => stopProcess(child)));
      for (const stack of this.stacks.splice(0)) await stack.close().catch(() => undefined);
      this.sink?.kill();
      this.killNow();
    })();
    return this.closing;
  }

  private killNow(): void {
    for (const child of this.children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    this.sink?.kill();
    for (const pid of this.workerPids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}
