import { Logger } from '@nestjs/common';

/**
 * One kind of event a domain tells others about, after the change is committed (identity:
 * an account disabled; learning: someone left a cohort). The domain that emits imports
 * none of its listeners: they listen when their module starts, as completion conditions
 * register with learning. A listener's failure is logged, never the emitter's: the change
 * stands whatever a listener does.
 */
export class DomainEvents<Event> {
  private readonly logger: Logger;
  private readonly listeners: ((event: Event) => Promise<void>)[] = [];

  constructor(name: string) {
    this.logger = new Logger(name);
  }

  listen(listener: (event: Event) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async emit(event: Event): Promise<void> {
    await Promise.all(
      this.listeners.map((listener) =>
        listener(event).catch((error: Error) => this.logger.error(`a listener failed: ${error.message}`)),
      ),
    );
  }
}
