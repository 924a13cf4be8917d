import { Inject, Injectable } from '@nestjs/common';
import { AccountEventsService } from '@bina-pustaka/api-identity';
import { EnrolmentEventsService } from '@bina-pustaka/api-learning';
import { APP_CONFIG, LiveNamespaceRelay, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import { ForumLiveChangesService, type ForumLiveNotice } from '../shared/forum-live-changes.service';
import { ForumGateway } from './forum.gateway';

/**
 * Carries forum live updates across api nodes (LiveNamespaceRelay): a change committed on
 * node A reaches the followers whose sockets are on node B, and someone leaving a cohort
 * makes every node look over its sockets of that person, as an account event does.
 */
@Injectable()
export class ForumLiveRelayService extends LiveNamespaceRelay<ForumLiveNotice> {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) redis: Redis,
    accounts: AccountEventsService,
    gateway: ForumGateway,
    private readonly changes: ForumLiveChangesService,
    private readonly enrolments: EnrolmentEventsService,
  ) {
    super('forum', config, redis, accounts, gateway);
  }

  protected listenToDomain(): void {
    this.changes.listen((change) => this.publishChange(change));
    this.enrolments.listen(({ userId }) => this.publishRecheck(userId, false));
  }
}
