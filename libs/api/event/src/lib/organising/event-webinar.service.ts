import { Injectable } from '@nestjs/common';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import {
  InvitedWebinarsService,
  WebinarAccessNoticesService,
  WebinarSessionAccessService,
} from '@bina-pustaka/api-webinar';
import type { EntityManager } from 'typeorm';
import { EventEntity, EventOrganiserEntity } from '../entities/event.entity';

/** The event as it is about to be written, with what its room follows. */
export interface EventRoomPlan {
  before: EventEntity;
  after: EventEntity;
  /** The event's days after the change ("first day" is the room's time). */
  days: { startsAt: string; endsAt: string }[];
  /** A session the organiser picked (null: drop the pick), undefined when the change names none. */
  pick?: string | null;
  /** The organisers after the change, when it names them. */
  organiserIds?: string[];
}

export interface EventRoom {
  webinarSessionId: string | null;
  webinarSessionPicked: boolean;
  /** A session the event no longer points at: its open sockets are looked over once committed. */
  dropped: string | null;
}

/**
 * An online or hybrid event's room: a webinar session. The event makes one (invite-only,
 * through the webinar part's InvitedWebinarsService) when it is published, or when a
 * published event turns online or hybrid, never for a draft: a draft is edited freely and
 * often thrown away, has nobody registered to let in, and a session would schedule its
 * reminders. The session it made follows it (title, first day's times and zone, organisers
 * as hosts); turning the event in person cancels it, cancelling the event too. A session the
 * organiser picked (one they manage) stays theirs: the event only points at it. Who may come
 * in is asked of EventWebinarAudienceService by the webinar part.
 *
 * Runs inside the event's transaction before commit, so a refusal from the webinar part (a
 * first day already past) leaves the event as it was.
 */
@Injectable()
export class EventWebinarService {
  constructor(
    private readonly invited: InvitedWebinarsService,
    private readonly access: WebinarSessionAccessService,
    private readonly notices: WebinarAccessNoticesService,
  ) {}

  /** A session picked must be one the person manages, and no other event's room. */
  async checkPick(actor: Principal, manager: EntityManager, pick: string | null | undefined, eventId?: string) {
    if (!pick) return;
    const taken: unknown[] = await manager.query(
      `SELECT 1 FROM events WHERE webinar_session_id = $1 AND ($2::uuid IS NULL OR id <> $2)`,
      [pick, eventId ?? null],
    );
    if (taken.length > 0) throw new AppError(409, 'event.webinarSessionTaken');
    await this.access.managed(actor, pick).catch((error: unknown) => {
      if (error instanceof AppError && (error.getStatus() === 404 || error.getStatus() === 403)) {
        throw new AppError(400, 'event.webinarSessionNotManaged');
      }
      throw error;
    });
  }

  async follow(actor: Principal, manager: EntityManager, plan: EventRoomPlan): Promise<EventRoom> {
    const { before, after } = plan;
    let id = before.webinarSessionId;
    let picked = before.webinarSessionPicked;
    let dropped: string | null = null;
    const drop = async () => {
      if (id && !picked) await this.cancelMade(id);
      dropped = id;
      id = null;
      picked = false;
    };
    // A new pick replaces the room (null drops a pick; a room the event made stays).
    if (plan.pick !== undefined && plan.pick !== id && (plan.pick !== null || picked)) {
      await drop();
      id = plan.pick;
      picked = plan.pick !== null;
    }
    if (after.format === 'in-person' && id) await drop();
    const wantsRoom = after.status === 'published' && after.format !== 'in-person';
    if (wantsRoom && !id) {
      id = await this.make(actor, after, plan.days, await this.hosts(manager, after.id, plan.organiserIds));
    } else if (wantsRoom && id && !picked) {
      await this.keepInStep(manager, id, plan);
    }
    return { webinarSessionId: id, webinarSessionPicked: picked, dropped };
  }

  /** The event is cancelled: a session it made is cancelled too (one already held stays as it was). */
  async eventCancelled(event: EventEntity): Promise<void> {
    if (!event.webinarSessionId || event.webinarSessionPicked) return;
    await this.invited.cancel(event.webinarSessionId).catch(ignore('webinar.notCancellable'));
  }

  /** Open sockets of the session are looked over again (someone's registration or the room changed). */
  recheck(sessionId: string): Promise<void> {
    return this.notices.recheck({ cause: 'audienceChanged', sessionId });
  }

  private async make(actor: Principal, event: EventEntity, days: EventRoomPlan['days'], hostIds: string[]) {
    const { id } = await this.invited.create(actor, { ...sessionFields(event, days), hostIds }, []);
    return id;
  }

  private async keepInStep(manager: EntityManager, sessionId: string, plan: EventRoomPlan): Promise<void> {
    const { title, startsAt, durationMinutes, timeZone } = sessionFields(plan.after, plan.days);
    // Unchanged values change nothing there; a session already over (or cancelled by hand) keeps what it was.
    await this.invited
      .update(sessionId, { title, startsAt, durationMinutes, timeZone })
      .catch(ignore('webinar.notEditable'));
    if (plan.organiserIds) {
      await this.invited.setPeople(sessionId, await this.hosts(manager, plan.after.id, plan.organiserIds), []);
    }
  }

  private async cancelMade(sessionId: string): Promise<void> {
    await this.invited.cancel(sessionId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'webinar.notCancellable') {
        throw new AppError(409, 'event.webinarAlreadyOpened');
      }
      throw error;
    });
  }

  /** The room's hosts: the event's organisers (coordinators and admins manage every session anyway). */
  private async hosts(manager: EntityManager, eventId: string, organiserIds?: string[]): Promise<string[]> {
    if (organiserIds) return organiserIds;
    const rows = await manager.getRepository(EventOrganiserEntity).findBy({ eventId });
    return rows.map((row) => row.userId);
  }
}

/** The room's title, description and time: the event's first day. */
function sessionFields(event: EventEntity, days: EventRoomPlan['days']) {
  const first = days[0] ?? { startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString() };
  const startsAt = new Date(first.startsAt);
  return {
    title: event.title,
    description: event.summary,
    startsAt,
    durationMinutes: roomMinutes(Date.parse(first.endsAt) - startsAt.getTime()),
    timeZone: event.timeZone,
  };
}

/** A webinar session lasts 15 minutes to 8 hours (its table says so): a longer first day gets its first 8 hours. */
const roomMinutes = (ms: number) => Math.min(480, Math.max(15, Math.round(ms / 60_000)));

const ignore = (code: string) => (error: unknown) => {
  if (!(error instanceof AppError && error.code === code)) throw error;
};
