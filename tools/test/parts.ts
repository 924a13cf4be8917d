/**
 * The parts of `npm test`, what each runs, and in which order they start. The machine has
 * two cores: two parts run at once, and when one ends the next in this list whose
 * `after` parts have ended takes its place. The integration suites start at once (they
 * mostly wait on PostgreSQL, Redis and their own timers, so they leave room beside them),
 * the build early (the journeys need it), the longest of the rest before the shorter.
 * The browser journeys wait for the integration suites: the two timing-sensitive parts
 * never share the cores.
 */
export type PartName = 'format' | 'lint' | 'unit' | 'int' | 'build' | 'e2e';

export interface Part {
  name: PartName;
  /** Run one after another; the part fails at the first command that fails. */
  commands: string[][];
  /** Parts that must have ended before this one starts. */
  after: PartName[];
  /** Parts that must have passed: without them this part cannot run at all. */
  needs: PartName[];
}

/** Parts running at the same time (each runs up to two Nx tasks at once itself). */
export const PARTS_AT_ONCE = 2;

const nx = (...args: string[]) => ['nx', ...args, '--outputStyle=static'];

/** In the order they start. */
export const PARTS: Part[] = [
  { name: 'format', commands: [['prettier', '--check', '.']], after: [], needs: [] },
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
    after: [],
    needs: [],
  },
  {
    name: 'lint',
    // Type errors first: a spec or a tool that no longer compiles fails the part in the
    // first minutes (Jest's SWC transform would only find it at run time, if ever).
    commands: [
      nx('run-many', '-t', 'typecheck', '--parallel=2'),
      nx('run-many', '-t', 'lint', '--parallel=2'),
      ['node', 'tools/lint/check-boundaries.mjs'],
    ],
    after: [],
    needs: [],
  },
  { name: 'unit', commands: [nx('run-many', '-t', 'test', '--parallel=2')], after: [], needs: [] },
  {
    name: 'e2e',
    // The journeys run the build part's output as it is, without building again.
    commands: [nx('run', 'web-e2e:e2e', '--excludeTaskDependencies')],
    after: ['build', 'int'],
    needs: ['build'],
  },
];

/** The rows of the timing table. */
export const TABLE_ORDER: PartName[] = ['format', 'lint', 'unit', 'int', 'build', 'e2e'];
