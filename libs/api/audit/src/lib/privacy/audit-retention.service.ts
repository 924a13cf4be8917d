import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, RetentionRegistryService, type AppConfig, type RetentionRule } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';

/** The audit log keeps each entry AUDIT_RETENTION_DAYS (two years by default), then forgets it. */
@Injectable()
export class AuditRetentionService implements RetentionRule, OnModuleInit {
  readonly name = 'audit entries';
  readonly keepDays: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly registry: RetentionRegistryService,
  ) {
    this.keepDays = config.retention.auditDays;
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async purge(manager: EntityManager, before: Date): Promise<number> {
    const [, removed]: [unknown, number] = await manager.query(`DELETE FROM audit_entries WHERE occurred_at < $1`, [
      before,
    ]);
    return removed;
  }
}
