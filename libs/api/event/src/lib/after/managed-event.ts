import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';
import { EventEntity } from '../entities/event.entity';

/**
 * The event, for one of its managers: coordinators, admins and its organisers
 * (event_organisers). Anyone else is told it does not exist, as for an unknown id.
 */
export async function managedEvent(db: EntityManager, actor: Principal, eventId: string): Promise<EventEntity> {
  const event = await db.getRepository(EventEntity).findOneBy({ id: eventId });
  const staff = actor.roles.includes('coordinator') || actor.roles.includes('admin');
  const organiser =
    !staff &&
    event !== null &&
    (await db.query(`SELECT 1 FROM event_organisers WHERE event_id = $1 AND user_id = $2`, [eventId, actor.userId]))
      .length > 0;
  if (!event || !(staff || organiser)) throw new AppError(404, 'event.notFound');
  return event;
}
