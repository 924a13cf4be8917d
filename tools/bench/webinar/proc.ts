/** Linux /proc readings and CPU pinning for the webinar forwarding benchmark. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (`getconf CLK_TCK`, 100 on Linux). */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** user + system CPU seconds a process (all its threads) has used so far; 0 if it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Pins every thread of a process to one CPU list (e.g. "1"). */
export function pin(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
}

/** The CPU list a process may run on, as taskset prints it. */
export function affinity(pid: number): string {
  return execFileSync('taskset', ['-p', '-c', String(pid)], { encoding: 'utf8' })
    .split(':')[1]
    .trim();
}

export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/**
 * Datagrams the kernel dropped per local UDP port (IPv4 sockets, the `drops` column of
 * /proc/net/udp): a full receive buffer, i.e. a reader that did not keep up.
 */
export function udpDropsByPort(): Map<number, number> {
  const drops = new Map<number, number>();
  const lines = readFileSync('/proc/net/udp', 'utf8').split('\n');
  for (let index = 1; index < lines.length; index++) {
    const fields = lines[index].trim().split(/\s+/);
    if (fields.length < 13) continue;
    const port = parseInt(fields[1].split(':')[1], 16);
    drops.set(port, (drops.get(port) ?? 0) + Number(fields[fields.length - 1]));
  }
  return drops;
}

export function sumDrops(drops: Map<number, number>, ports: Iterable<number>): number {
  let total = 0;
  for (const port of ports) total += drops.get(port) ?? 0;
  return total;
}

export interface CoreTimes {
  /** Jiffies per CPU (index = CPU number): all time, time not idle, time stolen by the hypervisor. */
  total: number[];
  busy: number[];
  steal: number[];
}

/** Per-CPU times from /proc/stat: how busy each core was, whoever kept it busy. */
export function coreTimes(): CoreTimes {
  const times: CoreTimes = { total: [], busy: [], steal: [] };
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (!match) continue;
    // user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = match[2].split(/\s+/).map(Number);
    const cpu = Number(match[1]);
    times.total[cpu] = user + nice + system + idle + iowait + irq + softirq + steal;
    times.busy[cpu] = user + nice + system + irq + softirq;
    times.steal[cpu] = steal;
  }
  return times;
}

/** Packets the kernel dropped from its per-CPU input backlog (loopback delivery included), all CPUs. */
export function softnetDrops(): number {
  return readFileSync('/proc/net/softnet_stat', 'utf8')
    .trim()
    .split('\n')
    .reduce((sum, line) => sum + parseInt(line.trim().split(/\s+/)[1], 16), 0);
}

/**
 * Puts every thread of a process in the SCHED_FIFO class at `priority` (1-99): it runs
 * whenever it has work, ahead of all ordinary processes on its core, whatever their nice value
 * or autogroup (the kernel still keeps 5% of each second for them: sched_rt_runtime_us).
 */
export function realtime(pid: number, priority: number): void {
  execFileSync('chrt', ['-a', '-f', '-p', String(priority), String(pid)], { stdio: 'ignore' });
}

/** Nanoseconds the threads of a process have spent waiting on a run queue for a CPU (/proc/<pid>/task/<tid>/schedstat). */
export function runQueueWaitNs(pid: number): number {
  let total = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[1]);
    }
  } catch {
    // the process is gone
  }
  return total;
}
