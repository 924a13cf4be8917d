/**
 * The parts of `npm test`, what each runs, and when it may start. The machine has two
 * cores. The CPU-bound parts run one after another in one lane: format, build, lint, unit.
 * Beside them, in a second lane: the integration suites, which mostly wait on PostgreSQL,
 * Redis and their own timers, then the browser journeys (once the build is there too). The
 * two timing-sensitive parts, int and e2e, thus never share the cores with each other.
 * Listed in the order the timing table shows them.
 */
export type PartName = 'format' | 'lint' | 'unit' | 'int' | 'build' | 'e2e';

export interface Part {
  name: PartName;
  /** Run one after another; the part fails at the first command that fails. */
  commands: string[][];
  /** Parts that must have ended first (to leave them the cores, or for their output). */
  after: PartName[];
  /** Parts that must have passed: without them this part cannot run at all. */
  needs: PartName[];
}

const nx = (...args: string[]) => ['nx', ...args, '--outputStyle=static'];

export const PARTS: Part[] = [
  { name: 'format', commands: [['prettier', '--check', '.']], after: [], needs: [] },
  {
    name: 'lint',
    commands: [nx('run-many', '-t', 'lint', '--parallel=2'), ['node', 'tools/lint/check-boundaries.mjs']],
    after: ['build'],
    needs: [],
  },
  { name: 'unit', commands: [nx('run-many', '-t', 'test', '--parallel=2')], after: ['lint'], needs: [] },
  {
    name: 'int',
    // Every test file has its own database and Redis prefix, so two suites run side by side.
    commands: [nx('run-many', '-t', 'int', '--parallel=2')],
    after: [],
    needs: [],
  },
  {
    name: 'build',
    // The web client's gzip budget reads the build's output.
    commands: [nx('run-many', '-t', 'build', 'bundle-size', '-p', 'api', 'worker', 'web', '--parallel=2')],
    after: ['format'],
    needs: [],
  },
  {
    name: 'e2e',
    // The journeys run the build part's output as it is, without building again.
    commands: [nx('run', 'web-e2e:e2e', '--excludeTaskDependencies')],
    after: ['build', 'int'],
    needs: ['build'],
  },
];
