import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AccountEventsService } from '@bina-pustaka/api-identity';
import { EnrolmentEventsService } from '@bina-pustaka/api-learning';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import { ForumLiveChangesService, type ForumLiveNotice } from '../shared/forum-live-changes.service';
import { ForumGateway } from './forum.gateway';

/** What crosses api nodes: a thread's change, or a person whose sockets to look over again. */
type RelayMessage =
  | { kind: 'change'; change: ForumLiveNotice }
  | { kind: 'recheck'; userId: string; passwordChanged: boolean };

/**
 * Carries forum live updates across api nodes through one Redis channel: a change
 * committed on node A reaches the followers whose sockets are on node B, and an account
 * event (disabled, signed out, password or roles changed) or someone leaving a cohort
 * makes every node look over its sockets of that person (ForumGateway.recheck).
 */
@Injectable()
export class ForumLiveRelayService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ForumLiveRelayService.name);
  private readonly channel: string;
  private subscriber: Redis | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly changes: ForumLiveChangesService,
    private readonly accounts: AccountEventsService,
    private readonly enrolments: EnrolmentEventsService,
    private readonly gateway: ForumGateway,
  ) {
    this.channel = `${config.redis.prefix}:forum:live`;
  }

  async onModuleInit(): Promise<void> {
    this.changes.listen((change) => this.publish({ kind: 'change', change }));
    this.accounts.listen(({ kind, userId }) =>
      this.publish({ kind: 'recheck', userId, passwordChanged: kind === 'passwordChanged' }),
    );
    this.enrolments.listen(({ userId }) => this.publish({ kind: 'recheck', userId, passwordChanged: false }));
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      this.receive(message).catch((error: Error) => this.logger.error(`forum live: ${error.message}`));
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
    if (message.kind === 'change') await this.gateway.deliver(message.change);
    else if (message.kind === 'recheck') await this.gateway.recheck(message.userId, message.passwordChanged);
  }
}
