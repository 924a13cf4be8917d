import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Who manages an event: coordinators and admins, and the event's own organisers
 * (`event_organisers`). Anyone else is told there is no such event (404), so an organiser
 * of event A learns nothing of event B.
 */
@Injectable()
export class EventManagersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async manages(
    actor: Pick<Principal, 'userId' | 'roles'>,
    eventId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const staff = actor.roles.includes('coordinator') || actor.roles.includes('admin');
    const rows: { organiser: boolean }[] = await (manager ?? this.dataSource).query(
      `SELECT EXISTS (SELECT 1 FROM event_organisers o WHERE o.event_id = e.id AND o.user_id = $2) AS organiser
       FROM events e WHERE e.id = $1`,
      [eventId, actor.userId],
    );
    return rows.length === 1 && (staff || rows[0].organiser);
  }

  async assertManages(
    actor: Pick<Principal, 'userId' | 'roles'>,
    eventId: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (!(await this.manages(actor, eventId, manager))) throw new AppError(404, 'event.notFound');
  }
}
