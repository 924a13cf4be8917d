/**
 * `npm test`: the preflight (tools/test/preflight.ts), then every part in tools/test/parts.ts,
 * side by side where the two cores allow. Each part writes to tmp/test-logs/<part>.log, and
 * its whole output is printed in one block when it ends, so parts never interleave; the
 * failed parts are named again at the end, above a table of each part's time. Exits non-zero
 * when any part fails or cannot run.
 *
 *   npm test                 everything
 *   npm test -- unit int     only those parts (e2e brings its build along)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { PARTS, PARTS_AT_ONCE, TABLE_ORDER, type Part, type PartName } from './parts';
import { PreflightError, testPreflight } from './preflight';
import { clock, countTests, stripColours, sumTests, timingTable, type PartResult } from './report';

const root = join(__dirname, '../..');
const LOG_DIR = join(root, 'tmp/test-logs');
/** A line every so often while parts run silently (their output comes when they end). */
const HEARTBEAT_MS = 60_000;
const FAILED_TAIL_LINES = 30;

const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
/** A part's output as this run prints it: without colour codes unless it prints to a terminal. */
const printable = (output: string) => (process.stdout.isTTY ? output : stripColours(output));
const say = (line: string) => console.log(`[npm test ${clock(elapsed())}] ${line}`);

function selectedParts(names: string[]): Part[] {
  const unknown = names.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown part ${unknown.join(', ')}; the parts are ${PARTS.map((part) => part.name).join(', ')}`);
  }
  const wanted = new Set<PartName>(names.length > 0 ? (names as PartName[]) : PARTS.map((part) => part.name));
  for (const part of PARTS) if (wanted.has(part.name)) part.needs.forEach((need) => wanted.add(need));
  return PARTS.filter((part) => wanted.has(part.name));
}

const children = new Set<ChildProcess>();

/** Runs one command of a part, its output appended to the part's log. */
function runCommand(command: string[], logPath: string): Promise<number> {
  const log = createWriteStream(logPath, { flags: 'a' });
  log.write(`$ ${command.join(' ')}\n`);
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    // Its own process group, so an interrupted run stops the part's whole tree.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: [join(root, 'node_modules/.bin'), process.env['PATH']].join(delimiter),
      // Colours for a terminal; for a CI log they are taken out when printed (printable()).
      ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
    },
  });
  children.add(child);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  return new Promise((resolve) => {
    const finish = (code: number, note: string) => {
      if (!children.delete(child)) return;
      log.end(note, () => resolve(code));
    };
    // A command that cannot start (not installed) fails its part like one that fails.
    child.once('error', (error) => finish(127, `${error.message}\n`));
    child.once('close', (code, signal) => finish(code ?? 1, signal ? `killed by ${signal}\n` : ''));
  });
}

async function runPart(part: Part): Promise<PartResult> {
  const log = join(LOG_DIR, `${part.name}.log`);
  rmSync(log, { force: true });
  const result: PartResult = { name: part.name, outcome: 'passed', startedAt: elapsed(), tests: countTests(''), log };
  say(`${part.name} started (load average ${load()})`);
  for (const command of part.commands) {
    const code = await runCommand(command, log);
    if (code !== 0) {
      result.outcome = 'failed';
      result.note = `exit code ${code} from ${command.join(' ')}`;
      break;
    }
  }
  result.endedAt = elapsed();
  const output = readFileSync(log, 'utf8');
  result.tests = countTests(output);
  const title = `${part.name} ${result.outcome} in ${clock(result.endedAt - (result.startedAt ?? 0))}`;
  console.log(`\n======== ${title} (${relative(root, log)}) ========`);
  console.log(printable(output).trimEnd());
  console.log(`======== end of ${part.name} ========\n`);
  say(title);
  return result;
}

/** Starts parts in their order, PARTS_AT_ONCE at a time, each once its `after` parts have ended. */
async function runAll(parts: Part[]): Promise<PartResult[]> {
  const results = new Map<PartName, PartResult>();
  const running = new Map<PartName, Promise<void>>();
  const inRun = (name: PartName) => parts.some((part) => part.name === name);
  const ended = (name: PartName) => results.has(name) || !inRun(name);
  const heartbeat = setInterval(() => {
    const names = [...running.keys()].map((name) => `${name} (log: ${relative(root, join(LOG_DIR, `${name}.log`))})`);
    say(`still running: ${names.join(', ')}; load average ${load()}`);
  }, HEARTBEAT_MS);
  try {
    while (results.size < parts.length) {
      for (const part of parts) {
        if (running.size >= PARTS_AT_ONCE) break;
        if (results.has(part.name) || running.has(part.name) || !part.after.every(ended)) continue;
        const missing = part.needs.filter((need) => results.get(need)?.outcome !== 'passed');
        if (missing.length > 0) {
          results.set(part.name, {
            name: part.name,
            outcome: 'not run',
            tests: countTests(''),
            log: '',
            note: `needs ${missing.join(', ')}, which did not pass`,
          });
          say(`${part.name} not run: ${results.get(part.name)?.note}`);
          continue;
        }
        running.set(
          part.name,
          runPart(part).then((result) => {
            results.set(part.name, result);
            running.delete(part.name);
          }),
        );
      }
      if (running.size === 0 && results.size < parts.length) throw new Error('no part can start (a cycle in `after`?)');
      if (running.size > 0) await Promise.race(running.values());
    }
  } finally {
    clearInterval(heartbeat);
  }
  return TABLE_ORDER.filter(inRun).map((name) => results.get(name) as PartResult);
}

function stopChildren(signal: NodeJS.Signals): void {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // That part's processes have ended already.
    }
  }
}

async function main(): Promise<number> {
  const parts = selectedParts(process.argv.slice(2));
  mkdirSync(LOG_DIR, { recursive: true });
  say(`preflight (load average ${load()})`);
  const runs = (...names: PartName[]) => parts.some((part) => names.includes(part.name));
  await testPreflight({ services: runs('int', 'e2e'), browser: runs('e2e'), mediaWorker: runs('int', 'e2e') });
  say(`running ${parts.map((part) => part.name).join(', ')}; each part's output appears when it ends`);
  const results = await runAll(parts);

  const failed = results.filter((result) => result.outcome !== 'passed');
  for (const result of failed) {
    console.log(`\n${result.name} ${result.outcome}: ${result.note ?? ''}`);
    if (result.log) {
      const lines = readFileSync(result.log, 'utf8').trimEnd().split('\n');
      console.log(`last lines of ${relative(root, result.log)} (all of it is above, under "======== ${result.name}"):`);
      console.log(printable(lines.slice(-FAILED_TAIL_LINES).join('\n')));
    }
  }
  console.log(`\n${timingTable(results, elapsed())}`);
  console.log(`load average at the end: ${load()} (2 cores)`);
  const tests = sumTests(results);
  console.log(`tests: ${tests.passed} passed, ${tests.failed} failed`);
  return failed.length > 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopChildren(signal);
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error instanceof PreflightError ? error.message : (error.stack ?? error.message));
    process.exit(1);
  },
);
