import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import type { LiveNamespaceGateway } from './live-namespace.gateway';

/** What crosses api nodes: a change to deliver, or a person whose sockets to look over again. */
type RelayMessage<Change> =
  | { kind: 'change'; change: Change }
  | { kind: 'recheck'; userId: string; passwordChanged: boolean };

/** Identity's account events (disabled, signed out, password or roles changed), as the relay hears them. */
export interface AccountChanges {
  listen(listener: (event: { kind: string; userId: string }) => Promise<void>): void;
}

/**
 * Carries a live namespace's changes across api nodes through one Redis channel: the node
 * where a change committed publishes it once, and every node's gateway tells its watchers.
 * An account event makes every node look over its sockets of that person
 * (LiveNamespaceGateway.recheck). A domain extends it with the changes it publishes.
 */
export abstract class LiveNamespaceRelay<Change> implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(this.constructor.name);
  private readonly channel: string;
  private subscriber: Redis | null = null;

  /** `name` names the channel (`<prefix>:<name>:live`) and the log lines. */
  protected constructor(
    private readonly name: string,
    config: AppConfig,
    private readonly redis: Redis,
    private readonly accounts: AccountChanges,
    private readonly gateway: LiveNamespaceGateway<Change>,
  ) {
    this.channel = `${config.redis.prefix}:${name}:live`;
  }

  /** Hooks the domain's changes (and any other reason to recheck someone) to `publishChange` / `publishRecheck`. */
  protected abstract listenToDomain(): void;

  async onModuleInit(): Promise<void> {
    this.listenToDomain();
    this.accounts.listen(({ kind, userId }) => this.publishRecheck(userId, kind === 'passwordChanged'));
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      this.receive(message).catch((error: Error) => this.logger.error(`${this.name} live: ${error.message}`));
    });
    await this.subscriber.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  protected publishChange(change: Change): Promise<void> {
    return this.publish({ kind: 'change', change });
  }

  protected publishRecheck(userId: string, passwordChanged: boolean): Promise<void> {
    return this.publish({ kind: 'recheck', userId, passwordChanged });
  }

  private async publish(message: RelayMessage<Change>): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(message));
  }

  private async receive(raw: string): Promise<void> {
    const message = JSON.parse(raw) as RelayMessage<Change>;
    if (message.kind === 'change') await this.gateway.deliver(message.change);
    else if (message.kind === 'recheck') await this.gateway.recheck(message.userId, message.passwordChanged);
  }
}
