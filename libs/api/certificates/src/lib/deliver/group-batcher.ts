interface Entry<I, O> {
  item: I;
  at: number;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

export interface GroupBatcherOptions {
  /** Items per batch at most. */
  maxBatch?: number;
  /** How long the first item of a batch may wait for others to join it (0: it runs at once). */
  lingerMs?: number;
  /** Whether no other item can come soon (e.g. every job in hand waits here): then it runs without lingering. */
  nothingElseComing?: (waiting: number) => boolean;
}

/**
 * Runs items in batches, one batch at a time: whatever is submitted while a batch runs
 * goes in the next one (a group commit), and a batch may wait `lingerMs` for more items
 * to join. N jobs then share one query instead of running N. `run` answers one output per
 * item, in order; if it throws, every item of that batch fails.
 */
export class GroupBatcher<I, O> {
  private waiting: Entry<I, O>[] = [];
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly maxBatch: number;
  private readonly lingerMs: number;
  private readonly nothingElseComing: (waiting: number) => boolean;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    options: GroupBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 64;
    this.lingerMs = options.lingerMs ?? 0;
    this.nothingElseComing = options.nothingElseComing ?? (() => false);
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, at: Date.now(), resolve, reject });
      this.schedule();
    });
  }

  /** Runs the waiting items now, or when the first of them has lingered long enough. */
  private schedule(): void {
    if (this.running || this.waiting.length === 0) return;
    const lingered = Date.now() - this.waiting[0].at;
    if (
      this.waiting.length >= this.maxBatch ||
      lingered >= this.lingerMs ||
      this.nothingElseComing(this.waiting.length)
    ) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      void this.runBatch();
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.schedule();
      }, this.lingerMs - lingered);
    }
  }

  private async runBatch(): Promise<void> {
    this.running = true;
    const batch = this.waiting.splice(0, this.maxBatch);
    try {
      const outputs = await this.run(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => entry.resolve(outputs[index]));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
