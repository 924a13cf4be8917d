import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/** The days a person was reminded of the yearly JP target: in their download, gone with their account. */
@Injectable()
export class ReportingPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'reporting';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const rows: { day: string }[] = await this.dataSource.query(
      `SELECT sent_on::text AS day FROM jp_reminders WHERE user_id = $1 ORDER BY sent_on`,
      [userId],
    );
    return { jpRemindersOn: rows.map((row) => row.day) };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM jp_reminders WHERE user_id = $1`, [userId]);
  }
}
