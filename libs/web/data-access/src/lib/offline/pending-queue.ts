import { deviceStorage } from './offline-data';

/** An entry waiting for the server, with the `seq` that orders it and tells newer from older. */
export type Pending<T extends object> = T & { seq: number };

/** The next `seq` of an entry: a timestamp, always above the previous one (clocks may step back). */
export function nextSeq(previous: number | null | undefined, now = Date.now()): number {
  return Math.max(Math.floor(now), (previous ?? 0) + 1);
}

/**
 * Changes made on this device that the server has not confirmed yet, one per key, kept in
 * localStorage under `storageKey` so they survive a lost network and a reload. Every change
 * is written here first and removed only when the server says it holds that `seq` (or a
 * later one); an older change never replaces a newer one. The quiz answers of an attempt
 * and the lesson progress of a learner are both such queues.
 */
export class PendingQueue<T extends object> {
  private memory: Record<string, Pending<T>>;

  constructor(
    private readonly storageKey: string,
    private readonly storage: Storage | null = deviceStorage(),
  ) {
    this.memory = this.read();
  }

  all(): Record<string, Pending<T>> {
    return { ...this.memory };
  }

  /** The entries oldest first: the order they were made in, and the order to send them in. */
  ordered(): [key: string, entry: Pending<T>][] {
    return Object.entries(this.memory).sort(([, a], [, b]) => a.seq - b.seq);
  }

  get size(): number {
    return Object.keys(this.memory).length;
  }

  /** Keeps `entry` for `key` unless the queue already holds a change at or after `seq`. */
  put(key: string, entry: T, seq: number): void {
    const current = this.memory[key];
    if (current && current.seq >= seq) return;
    this.memory = { ...this.memory, [key]: { ...entry, seq } };
    this.write();
  }

  /** The server now stores `storedSeq` for the key: anything at or below it is done. */
  acknowledge(key: string, storedSeq: number): void {
    const current = this.memory[key];
    if (!current || current.seq > storedSeq) return;
    const rest = { ...this.memory };
    delete rest[key];
    this.memory = rest;
    this.write();
  }

  /** Nothing more will be sent (finalised, or the person signed out). */
  clear(): void {
    this.memory = {};
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      /* storage blocked: memory is already clear */
    }
  }

  private read(): Record<string, Pending<T>> {
    try {
      const text = this.storage?.getItem(this.storageKey);
      const parsed: unknown = text ? JSON.parse(text) : {};
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isPending(entry))) as Record<
            string,
            Pending<T>
          >)
        : {};
    } catch {
      return {};
    }
  }

  private write(): void {
    try {
      if (this.size === 0) this.storage?.removeItem(this.storageKey);
      else this.storage?.setItem(this.storageKey, JSON.stringify(this.memory));
    } catch {
      /* storage full or blocked: the entries stay queued in memory */
    }
  }
}

function isPending(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { seq?: unknown }).seq === 'number';
}
