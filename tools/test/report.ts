/** What `npm test` prints at the end: each part's time and result, and the test counts. */
import type { PartName } from './parts';

export type Outcome = 'passed' | 'failed' | 'not run';

export interface PartResult {
  name: PartName;
  outcome: Outcome;
  /** Seconds since the run started; undefined for a part that did not run. */
  startedAt?: number;
  endedAt?: number;
  tests: TestCounts;
  log: string;
  /** Why it did not run, or which command failed. */
  note?: string;
}

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters
const ANSI = /\u001b\[[0-9;]*m/g;

export const stripColours = (text: string) => text.replace(ANSI, '');

/** Sums Jest's "Tests: 1 failed, 2 skipped, 80 passed, 83 total" lines of one part's output. */
export function countTests(output: string): TestCounts {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const line of stripColours(output).split('\n')) {
    const summary = /^Tests:\s+(.*)$/.exec(line.trim());
    if (!summary) continue;
    for (const [, count, kind] of summary[1].matchAll(/(\d+) (passed|failed|skipped)/g)) {
      counts[kind as keyof TestCounts] += Number(count);
    }
  }
  return counts;
}

/** 754.2 -> "12:34". */
export function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function testsCell(counts: TestCounts): string {
  if (counts.passed + counts.failed + counts.skipped === 0) return '';
  return [
    `${counts.passed} passed`,
    counts.failed ? `${counts.failed} failed` : '',
    counts.skipped ? `${counts.skipped} skipped` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The table, one row a part in the order they are listed, then the whole run. */
export function timingTable(results: PartResult[], totalSeconds: number): string {
  const header = ['part', 'result', 'from', 'to', 'time', 'tests'];
  const rows = results.map((result) => {
    const ran = result.startedAt !== undefined && result.endedAt !== undefined;
    return [
      result.name,
      result.outcome,
      ran ? clock(result.startedAt ?? 0) : '',
      ran ? clock(result.endedAt ?? 0) : '',
      ran ? clock((result.endedAt ?? 0) - (result.startedAt ?? 0)) : '',
      testsCell(result.tests),
    ];
  });
  const total = sumTests(results);
  const failed = results.some((result) => result.outcome !== 'passed');
  rows.push([
    'total',
    failed ? 'failed' : 'passed',
    clock(0),
    clock(totalSeconds),
    clock(totalSeconds),
    testsCell(total),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1])].join('\n');
}

export function sumTests(results: PartResult[]): TestCounts {
  return results.reduce(
    (sum, { tests }) => ({
      passed: sum.passed + tests.passed,
      failed: sum.failed + tests.failed,
      skipped: sum.skipped + tests.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}
