import { randomUUID } from 'node:crypto';
import { operationsOf, type OpenApiDocument } from './openapi-operations';
import type { SeededRandom } from './seeded-random';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Ids of real objects, so that bad input reaches past "not found" into the code that stores it. */
export class IdPool {
  constructor(
    /** Every id seen, sorted (a stable order keeps a seed's draws the same). */
    private readonly all: string[],
    /** Ids seen in the answer of a list, by its path ("/api/courses"). */
    private readonly byList: Map<string, string[]>,
  ) {}

  get size(): number {
    return this.all.length;
  }

  /** For a path template: an id of its own list ("/api/courses/{id}" -> "/api/courses") most often, any real one, or a random one. */
  pick(random: SeededRandom, path: string): string {
    const list = this.byList.get(path.split('/{')[0]);
    const roll = random.next();
    if (list?.length && roll < 0.6) return random.pick(list);
    if (this.all.length && roll < 0.85) return random.pick(this.all);
    // Random, yet reproducible from the seed.
    const hex = Array.from({ length: 32 }, () => random.int(16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}

/**
 * Reads every list and detail the given caller may GET (lists first, then each detail with
 * the first id its list gave) and keeps the ids in the answers, except `exclude` (the
 * fuzzing actors themselves: an admin must not disable its own account mid-run).
 */
export async function collectIds(
  baseUrl: string,
  document: OpenApiDocument,
  token: string,
  exclude: readonly string[] = [],
): Promise<IdPool> {
  const excluded = new Set(exclude.map((id) => id.toLowerCase()));
  const all = new Set<string>();
  const byList = new Map<string, string[]>();
  const reads = operationsOf(document).filter(
    (op) => op.method === 'GET' && op.pathParams.length <= 1 && !op.query.some((q) => q.required),
  );
  const get = async (path: string): Promise<string[]> => {
    const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return [];
    const ids = [...new Set(text.match(UUID) ?? [])].map((id) => id.toLowerCase()).filter((id) => !excluded.has(id));
    ids.forEach((id) => all.add(id));
    return ids;
  };
  for (const op of reads.filter((op) => op.pathParams.length === 0)) byList.set(op.path, await get(op.path));
  for (const op of reads.filter((op) => op.pathParams.length === 1)) {
    const first = byList.get(op.path.split('/{')[0])?.[0];
    if (first) await get(op.path.replace(/\{\w+\}/, first));
  }
  for (const ids of byList.values()) ids.sort();
  return new IdPool([...all].sort(), byList);
}

/** A pool with no real objects: every id random (for runs against an empty app). */
export const emptyIdPool = (): IdPool => new IdPool([], new Map());

/** A marker no real text holds, for one run. */
export const fuzzMarker = (): string => `fzmk${randomUUID().replace(/-/g, '').slice(0, 12)}`;
