import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, RetentionRegistryService, type AppConfig, type RetentionRule } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';

/** In-app notifications, read or not, are kept NOTIFICATIONS_RETENTION_DAYS (half a year by default). */
@Injectable()
export class NotificationsRetentionService implements RetentionRule, OnModuleInit {
  readonly name = 'notifications';
  readonly keepDays: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly registry: RetentionRegistryService,
  ) {
    this.keepDays = config.retention.notificationsDays;
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async purge(manager: EntityManager, before: Date): Promise<number> {
    const [, removed]: [unknown, number] = await manager.query(`DELETE FROM notifications WHERE created_at < $1`, [
      before,
    ]);
    return removed;
  }
}
