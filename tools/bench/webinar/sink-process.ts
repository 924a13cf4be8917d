/**
 * The UDP sink of the webinar forwarding benchmark: ./udp-sink.c, compiled on first use with
 * the system C compiler (cached under ~/.cache/bina-pustaka/bench by source hash) and run as
 * a child process that inherits this process's CPU pinning. Line protocol: see the C file.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Stream 2i is viewer i's audio, 2i+1 its video. */
export interface SinkSnapshot {
  received: number[];
  /** Highest extended sequence number seen; -1 while nothing has arrived. */
  highest: number[];
  gaps: number[];
}

function compileSink(): string {
  const source = join(__dirname, 'udp-sink.c');
  const key = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12);
  const cacheRoot = process.env['BINA_PUSTAKA_CACHE'] ?? join(homedir(), '.cache', 'bina-pustaka');
  const binary = join(cacheRoot, 'bench', `udp-sink-${key}`);
  if (existsSync(binary)) return binary;
  mkdirSync(join(cacheRoot, 'bench'), { recursive: true });
  try {
    execFileSync('cc', ['-O2', '-Wall', '-o', `${binary}.partial`, source], { stdio: 'inherit' });
  } catch (error) {
    throw new Error(`compiling ${source} failed (is a C compiler installed? apt-get install -y gcc): ${error}`);
  }
  renameSync(`${binary}.partial`, binary);
  return binary;
}

export class SinkProcess {
  private readonly lines: AsyncIterator<string>;

  private constructor(readonly child: ChildProcess) {
    if (!child.stdout) throw new Error('the sink has no stdout');
    this.lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  }

  static async start(): Promise<SinkProcess> {
    const child = spawn(compileSink(), [], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', reject);
    });
    return new SinkProcess(child);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async open(viewers: number, audioPayloadType: number, videoPayloadType: number): Promise<number[]> {
    return (await this.request(`open ${viewers} ${audioPayloadType} ${videoPayloadType}`, 'opened')).map(Number);
  }

  async snapshot(): Promise<SinkSnapshot> {
    const numbers = (await this.request('snapshot', 'snapshot')).map(Number);
    const snapshot: SinkSnapshot = { received: [], highest: [], gaps: [] };
    for (let index = 0; index < numbers.length; index += 3) {
      snapshot.received.push(numbers[index]);
      snapshot.highest.push(numbers[index + 1]);
      snapshot.gaps.push(numbers[index + 2]);
    }
    return snapshot;
  }

  async close(): Promise<void> {
    await this.request('close', 'closed');
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** One command, one answer line (commands are never sent concurrently). */
  private async request(command: string, answer: string): Promise<string[]> {
    this.child.stdin?.write(`${command}\n`);
    const line = await this.lines.next();
    if (line.done) throw new Error(`the udp sink exited (${this.child.exitCode ?? this.child.signalCode})`);
    const [word, ...rest] = line.value.split(' ');
    if (word !== answer) throw new Error(`the udp sink answered "${line.value.slice(0, 80)}" to ${command}`);
    return rest;
  }
}
