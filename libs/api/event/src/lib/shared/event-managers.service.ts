import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { Role } from '@bina-pustaka/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { EventEntity } from '../entities/event.entity';

/** Coordinators and admins create events and manage every one. */
export const isEventStaff = (roles: readonly Role[]) => roles.includes('coordinator') || roles.includes('admin');

/**
 * Who manages an event: coordinators and admins, and the event's own organisers
 * (`event_organisers`, partner staff), for that event only. Anyone else is told there is no
 * such event (404), so an organiser of event A learns nothing of event B.
 */
@Injectable()
export class EventManagersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async manages(
    actor: Pick<Principal, 'userId' | 'roles'>,
    eventId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const rows: { organiser: boolean }[] = await (manager ?? this.dataSource).query(
      `SELECT EXISTS (SELECT 1 FROM event_organisers o WHERE o.event_id = e.id AND o.user_id = $2) AS organiser
       FROM events e WHERE e.id = $1`,
      [eventId, actor.userId],
    );
    return rows.length === 1 && (isEventStaff(actor.roles) || rows[0].organiser);
  }

  async assertManages(
    actor: Pick<Principal, 'userId' | 'roles'>,
    eventId: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (!(await this.manages(actor, eventId, manager))) throw new AppError(404, 'event.notFound');
  }

  /** The event, for one of its managers (else 404). With a transaction's manager its row is locked for the change. */
  async findManaged(actor: Principal, eventId: string, manager?: EntityManager): Promise<EventEntity> {
    const db = manager ?? this.dataSource.manager;
    await this.assertManages(actor, eventId, db);
    return db.getRepository(EventEntity).findOneOrFail({
      where: { id: eventId },
      ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}
