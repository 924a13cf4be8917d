import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountEventsService } from '@bina-pustaka/api-identity';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { registrationCounts } from '../shared/event-counts';
import { EventLiveChangesService } from '../shared/event-live-changes.service';
import { EventGateway } from './event.gateway';

/** What crosses api nodes: an event's new counts, or a person whose sockets to look over again. */
type RelayMessage =
  | { kind: 'counts'; eventId: string; counts: EventRegistrationCounts }
  | { kind: 'recheck'; userId: string; passwordChanged: boolean };

/**
 * Carries events' live counts across api nodes through one Redis channel: the node where a
 * check-in committed counts once and publishes, and every node tells its watchers. An
 * account event (disabled, signed out, password or roles changed) makes every node look
 * over its sockets of that person (EventGateway.recheck).
 */
@Injectable()
export class EventLiveRelayService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EventLiveRelayService.name);
  private readonly channel: string;
  private subscriber: Redis | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: EventLiveChangesService,
    private readonly accounts: AccountEventsService,
    private readonly gateway: EventGateway,
  ) {
    this.channel = `${config.redis.prefix}:event:live`;
  }

  async onModuleInit(): Promise<void> {
    this.changes.listen(async ({ eventId }) =>
      this.publish({ kind: 'counts', eventId, counts: await registrationCounts(this.dataSource, eventId) }),
    );
    this.accounts.listen(({ kind, userId }) =>
      this.publish({ kind: 'recheck', userId, passwordChanged: kind === 'passwordChanged' }),
    );
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      this.receive(message).catch((error: Error) => this.logger.error(`event live: ${error.message}`));
    });
    await this.subscriber.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private async publish(message: RelayMessage): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(message));
  }

  private async receive(raw: string): Promise<void> {
    const message = JSON.parse(raw) as RelayMessage;
    if (message.kind === 'counts') this.gateway.deliver(message.eventId, message.counts);
    else if (message.kind === 'recheck') await this.gateway.recheck(message.userId, message.passwordChanged);
  }
}
