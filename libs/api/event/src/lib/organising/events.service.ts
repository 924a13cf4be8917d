import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, isUniqueViolation, RequestValidationError, type Principal } from '@bina-pustaka/api-platform';
import type { createEventSchema, updateEventSchema } from '@bina-pustaka/shared-contracts/schemas';
import { checkEventFields } from '@bina-pustaka/shared-contracts/schemas';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  EventDayEntity,
  EventEntity,
  EventOrganiserEntity,
  EventPartnerEntity,
  EventPersonEntity,
  EventSeriesEntity,
} from '../entities/event.entity';
import { EventManagersService } from '../shared/event-managers.service';
import { eventSlug } from './event-slug';
import { EventWebinarService, type EventRoomPlan } from './event-webinar.service';

export type CreateEventInput = z.output<typeof createEventSchema>;
export type UpdateEventInput = z.output<typeof updateEventSchema>;
type Related = Pick<CreateEventInput, 'days' | 'people' | 'partnerIds' | 'organiserIds' | 'webinarSessionId'>;

/** The cross-field rules of the contract, run on an event as it would be after a change. */
const crossFieldRules = z
  .any()
  .superRefine((event, ctx) =>
    checkEventFields(event, (message, path) => ctx.addIssue({ code: 'custom', message, path: [path] })),
  );

const date = (value: string | null | undefined) => (value ? new Date(value) : null);

/**
 * Creating and changing events: a new one is a draft with a slug of its own; a change is
 * merged with what is stored and checked as a whole (the days, registration window and
 * venue together); days, people, partners and organisers sent are rewritten in the order
 * given. The row is locked while it changes, as registration counts seats under that lock.
 */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managers: EventManagersService,
    private readonly directory: UserDirectoryService,
    private readonly webinar: EventWebinarService,
  ) {}

  async create(actor: Principal, input: CreateEventInput): Promise<EventEntity> {
    await this.checkReferences(input);
    // A draft makes no room of its own (EventWebinarService); one the organiser picks is only pointed at.
    await this.webinar.checkPick(actor, this.dataSource.manager, input.webinarSessionId);
    for (let attempt = 0; ; attempt++) {
      try {
        const now = new Date();
        return await this.dataSource.transaction(async (manager) => {
          const row = await manager.getRepository(EventEntity).save(
            manager.getRepository(EventEntity).create({
              ...this.columns(input),
              webinarSessionId: input.webinarSessionId,
              webinarSessionPicked: input.webinarSessionId !== null,
              slug: eventSlug(input.title),
              status: 'draft',
              createdBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            }),
          );
          await this.rewrite(manager, row.id, input);
          return row;
        });
      } catch (error) {
        // Four random characters rarely meet an existing slug; when they do, draw again.
        if (attempt < 3 && isUniqueViolation(error, 'events_slug_key')) continue;
        throw roomTaken(error);
      }
    }
  }

  async update(actor: Principal, eventId: string, change: UpdateEventInput): Promise<void> {
    await this.checkReferences(change);
    const dropped = await this.dataSource
      .transaction(async (manager) => {
        const row = await this.managers.findManaged(actor, eventId, manager);
        if (row.status === 'cancelled') throw new AppError(409, 'event.cancelledReadOnly');
        if (change.webinarSessionId !== row.webinarSessionId) {
          await this.webinar.checkPick(actor, manager, change.webinarSessionId, eventId);
        }
        const days = change.days ?? (await this.storedDays(manager, eventId));
        const merged = {
          format: change.format ?? row.format,
          venue: change.venue !== undefined ? change.venue : row.venue,
          days,
          registrationOpensAt:
            change.registrationOpensAt !== undefined
              ? change.registrationOpensAt
              : (row.registrationOpensAt?.toISOString() ?? null),
          registrationClosesAt:
            change.registrationClosesAt !== undefined
              ? change.registrationClosesAt
              : (row.registrationClosesAt?.toISOString() ?? null),
          questions: change.questions ?? row.questions,
          // Only a pick this change names: turning in person drops a stored one (EventWebinarService).
          webinarSessionId: change.webinarSessionId,
        };
        const checked = crossFieldRules.safeParse(merged);
        if (!checked.success) throw new RequestValidationError(checked.error.issues, change);
        const capacity = change.capacity !== undefined ? change.capacity : row.capacity;
        if (capacity !== null && capacity < row.confirmedCount) {
          throw new AppError(409, 'event.capacityBelowConfirmed', { confirmed: row.confirmedCount });
        }
        const after = { ...row, ...this.columns(change), updatedAt: new Date() };
        const room = await this.followRoom(actor, manager, { before: row, after, days, ...roomChange(change) });
        await manager.getRepository(EventEntity).save(room.event);
        await this.rewrite(manager, eventId, change);
        return room.dropped;
      })
      .catch((error: unknown) => {
        throw roomTaken(error);
      });
    if (dropped) await this.webinar.recheck(dropped);
  }

  /** Only a draft goes away; a published event is cancelled instead, so its registrants are told. */
  async remove(actor: Principal, eventId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.managers.findManaged(actor, eventId, manager);
      if (row.status !== 'draft') throw new AppError(409, 'event.deleteDraftOnly');
      await manager.getRepository(EventEntity).delete({ id: row.id });
    });
  }

  /** A draft goes public; publishing a published event again changes nothing. */
  async publish(actor: Principal, eventId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.managers.findManaged(actor, eventId, manager);
      if (row.status === 'published') return;
      if (row.status === 'cancelled') throw new AppError(409, 'event.publishCancelled');
      const days = await this.storedDays(manager, eventId);
      if (days.length === 0 || row.dataPurpose.trim() === '') throw new AppError(409, 'event.publishIncomplete');
      const now = new Date();
      const after = { ...row, status: 'published' as const, publishedAt: now, updatedAt: now };
      const { event } = await this.followRoom(actor, manager, { before: row, after, days });
      await manager.getRepository(EventEntity).save(event);
    });
  }

  /** The event with its webinar room made, moved or dropped as the change asks (online and hybrid). */
  private async followRoom(
    actor: Principal,
    manager: EntityManager,
    plan: EventRoomPlan,
  ): Promise<{ event: EventEntity; dropped: string | null }> {
    const { dropped, ...room } = await this.webinar.follow(actor, manager, plan);
    return { event: { ...plan.after, ...room }, dropped };
  }

  /** The event's own columns a create or a change names (starts/ends follow its days). */
  private columns(input: UpdateEventInput): Partial<EventEntity> {
    const { days } = input;
    const columns = { ...input } as Partial<EventEntity> & Partial<Related>;
    // The rows beside the event are rewritten by rewrite(), not stored on it.
    // The room (webinarSessionId) is EventWebinarService's to set.
    for (const related of ['days', 'people', 'partnerIds', 'organiserIds', 'webinarSessionId'] as const) {
      delete columns[related];
    }
    if (input.registrationOpensAt !== undefined) columns.registrationOpensAt = date(input.registrationOpensAt);
    if (input.registrationClosesAt !== undefined) columns.registrationClosesAt = date(input.registrationClosesAt);
    if (days) {
      columns.startsAt = new Date(days[0].startsAt);
      columns.endsAt = new Date(days[days.length - 1].endsAt);
    }
    return columns;
  }

  /** Rewrites the rows beside the event that the input names, in its order. */
  private async rewrite(manager: EntityManager, eventId: string, input: Partial<Related>): Promise<void> {
    if (input.days) {
      await manager.getRepository(EventDayEntity).delete({ eventId });
      await manager.getRepository(EventDayEntity).insert(
        input.days.map((day, dayNo) => ({
          eventId,
          dayNo,
          startsAt: new Date(day.startsAt),
          endsAt: new Date(day.endsAt),
        })),
      );
    }
    if (input.people) {
      await manager.getRepository(EventPersonEntity).delete({ eventId });
      if (input.people.length > 0) {
        await manager
          .getRepository(EventPersonEntity)
          .insert(input.people.map((person, position) => ({ ...person, eventId, position })));
      }
    }
    if (input.partnerIds) {
      await manager.getRepository(EventPartnerEntity).delete({ eventId });
      const ids = [...new Set(input.partnerIds)];
      if (ids.length > 0) {
        await manager
          .getRepository(EventPartnerEntity)
          .insert(ids.map((institutionId, position) => ({ eventId, institutionId, position })));
      }
    }
    if (input.organiserIds) {
      await manager.getRepository(EventOrganiserEntity).delete({ eventId });
      const ids = [...new Set(input.organiserIds)];
      if (ids.length > 0) {
        await manager.getRepository(EventOrganiserEntity).insert(ids.map((userId) => ({ eventId, userId })));
      }
    }
  }

  private async storedDays(manager: EntityManager, eventId: string): Promise<{ startsAt: string; endsAt: string }[]> {
    const days = await manager.getRepository(EventDayEntity).find({ where: { eventId }, order: { dayNo: 'ASC' } });
    return days.map((day) => ({ startsAt: day.startsAt.toISOString(), endsAt: day.endsAt.toISOString() }));
  }

  /** People, organisers, partners and the series named must exist (400 with a sentence, not a database error). */
  private async checkReferences(input: UpdateEventInput): Promise<void> {
    const userIds = [
      ...(input.organiserIds ?? []),
      ...(input.people ?? []).flatMap((p) => (p.userId ? [p.userId] : [])),
    ];
    const users = await this.directory.byIds(userIds);
    if (userIds.some((id) => !users.has(id))) throw new AppError(400, 'event.unknownPerson');
    const partners = await this.directory.partners(input.partnerIds ?? []);
    if ((input.partnerIds ?? []).some((id) => !partners.has(id))) throw new AppError(400, 'event.unknownPartner');
    if (input.seriesId && !(await this.dataSource.getRepository(EventSeriesEntity).existsBy({ id: input.seriesId }))) {
      throw new AppError(400, 'event.seriesNotFound');
    }
  }
}

/** What of a change the event's room follows: a picked session, new organisers (its hosts). */
function roomChange(change: UpdateEventInput): Pick<EventRoomPlan, 'pick' | 'organiserIds'> {
  return { pick: change.webinarSessionId, organiserIds: change.organiserIds };
}

/** Two events picking the same session at once: the table's unique index decides, with the same sentence. */
function roomTaken(error: unknown): unknown {
  return isUniqueViolation(error, 'events_webinar_session_id_key')
    ? new AppError(409, 'event.webinarSessionTaken')
    : error;
}
