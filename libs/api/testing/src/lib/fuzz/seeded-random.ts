/** A small seeded PRNG (mulberry32): the same seed gives the same inputs, so a failure can be replayed. */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, max). */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[this.int(list.length)];
  }

  /** A generator of its own for one part of the run, so adding inputs elsewhere does not shift this part's. */
  fork(label: string): SeededRandom {
    let hash = this.seed >>> 0;
    for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    return new SeededRandom(hash);
  }
}

/** FUZZ_SEED when set (to replay a run), else a fresh one; the run prints it either way. */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env['FUZZ_SEED'];
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`FUZZ_SEED must be a non-negative integer, not ${given}`);
    return seed >>> 0;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** FUZZ_PER_OP when set, else the caller's default: how many inputs each operation gets per actor. */
export function fuzzPerOperation(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const given = env['FUZZ_PER_OP'];
  if (given === undefined || given === '') return fallback;
  const count = Number(given);
  if (!Number.isInteger(count) || count < 1) throw new Error(`FUZZ_PER_OP must be a positive integer, not ${given}`);
  return count;
}
