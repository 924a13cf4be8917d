import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/** A person's in-app notifications: in their download, and gone with their account. */
@Injectable()
export class NotificationsPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'notifications';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  collect(userId: string): Promise<unknown> {
    return this.dataSource.query(
      `SELECT kind, params, link, created_at AS "createdAt", read_at AS "readAt"
       FROM notifications WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
  }
}
