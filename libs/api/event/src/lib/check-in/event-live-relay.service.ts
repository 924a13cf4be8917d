import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountEventsService } from '@bina-pustaka/api-identity';
import { APP_CONFIG, LiveNamespaceRelay, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { registrationCounts } from '../shared/event-counts';
import { EventLiveChangesService } from '../shared/event-live-changes.service';
import { EventGateway, type EventCountsChange } from './event.gateway';

/**
 * Carries events' live counts across api nodes (LiveNamespaceRelay): the node where a
 * check-in committed counts once and publishes, and every node tells its watchers.
 */
@Injectable()
export class EventLiveRelayService extends LiveNamespaceRelay<EventCountsChange> {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) redis: Redis,
    accounts: AccountEventsService,
    gateway: EventGateway,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: EventLiveChangesService,
  ) {
    super('event', config, redis, accounts, gateway);
  }

  protected listenToDomain(): void {
    this.changes.listen(async ({ eventId }) =>
      this.publishChange({ eventId, counts: await registrationCounts(this.dataSource, eventId) }),
    );
  }
}
