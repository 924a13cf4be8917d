import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import {
  WebinarRegistrationEntity,
  WebinarSessionEntity,
  WebinarStaffEntity,
} from '../entities/webinar-session.entity';
import { WebinarAccessNoticesService } from './webinar-access-notices.service';
import { WebinarRemindersService } from './webinar-reminders.service';
import { SCHEDULE_SLACK_MS } from './webinar-sessions.service';

export interface InvitedWebinarInput {
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  hostIds: string[];
}

export interface InvitedWebinarPatch {
  title?: string;
  startsAt?: Date;
  durationMinutes?: number;
  timeZone?: string;
}

/**
 * Sessions for people invited by name, run by another domain (a focus group's online
 * sessions) that has already decided who may do what: no course, no JP, no capacity, no
 * admission step. The hosts are the session's staff with role 'host', the invitees its
 * registrations; nobody registers themselves (audience 'invited' takes no registration),
 * and the session has no author, so only the hosts (and coordinators) manage it and
 * removing someone from both lists leaves them nothing.
 */
@Injectable()
export class InvitedWebinarsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
    private readonly reminders: WebinarRemindersService,
    private readonly notices: WebinarAccessNoticesService,
  ) {}

  /**
   * `actor` is who asked, already allowed by the calling domain; it is not recorded as the
   * author, since an author would keep managing the session after leaving its hosts.
   */
  async create(actor: Principal, input: InvitedWebinarInput, inviteeIds: string[]): Promise<{ id: string }> {
    assertNotInPast(input.startsAt);
    await this.checkPeople([...input.hostIds, ...inviteeIds]);
    const session = await this.dataSource.transaction(async (manager) => {
      const sessions = manager.getRepository(WebinarSessionEntity);
      const created = await sessions.save(
        sessions.create({
          title: input.title,
          description: input.description,
          courseId: null,
          audience: 'invited',
          cohortId: null,
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          timeZone: input.timeZone,
          jp: 0,
          capacity: null,
          requireAdmission: false,
          status: 'scheduled',
          openedAt: null,
          endedAt: null,
          createdById: null,
        }),
      );
      await this.replacePeople(manager, created.id, input.hostIds, inviteeIds);
      return created;
    });
    await this.reminders.schedule(session);
    return { id: session.id };
  }

  async update(sessionId: string, patch: InvitedWebinarPatch): Promise<void> {
    const session = await this.invited(sessionId);
    if (session.status === 'ended' || session.status === 'cancelled') {
      throw new AppError(409, 'webinar.notEditable', { status: session.status });
    }
    const rescheduled = patch.startsAt !== undefined && patch.startsAt.getTime() !== session.startsAt.getTime();
    if (rescheduled && patch.startsAt) assertNotInPast(patch.startsAt);
    await this.dataSource.getRepository(WebinarSessionEntity).update(
      { id: sessionId },
      {
        title: patch.title ?? session.title,
        startsAt: patch.startsAt ?? session.startsAt,
        durationMinutes: patch.durationMinutes ?? session.durationMinutes,
        timeZone: patch.timeZone ?? session.timeZone,
      },
    );
    if (rescheduled && patch.startsAt) await this.reminders.schedule({ id: sessionId, startsAt: patch.startsAt });
  }

  /** Cancels a session that has not opened; cancelling it again changes nothing. */
  async cancel(sessionId: string): Promise<void> {
    const session = await this.invited(sessionId);
    if (session.status === 'cancelled') return;
    if (session.status !== 'scheduled') throw new AppError(409, 'webinar.notCancellable', { status: session.status });
    await this.dataSource
      .getRepository(WebinarSessionEntity)
      .update({ id: sessionId, status: 'scheduled' }, { status: 'cancelled' });
  }

  /** Hosts and invitees now; people no longer on either list lose access (and their open room socket). */
  async setPeople(sessionId: string, hostIds: string[], inviteeIds: string[]): Promise<void> {
    await this.invited(sessionId);
    await this.checkPeople([...hostIds, ...inviteeIds]);
    await this.dataSource.transaction((manager) => this.replacePeople(manager, sessionId, hostIds, inviteeIds));
    // Every api node looks over the session's sockets: the removed leave, a host made invitee is narrowed.
    await this.notices.recheck({ cause: 'audienceChanged', sessionId });
  }

  private async invited(sessionId: string): Promise<WebinarSessionEntity> {
    const session = await this.dataSource.getRepository(WebinarSessionEntity).findOneBy({ id: sessionId });
    if (!session || session.audience !== 'invited') throw new AppError(404, 'webinar.notFound');
    return session;
  }

  /** Every id must name an account (a disabled one may stay listed: it cannot sign in anyway). */
  private async checkPeople(ids: string[]): Promise<void> {
    const people = await this.directory.byIds(ids);
    const unknown = new Set(ids.filter((id) => !people.has(id)));
    if (unknown.size > 0) throw new AppError(422, 'webinar.peopleUnknown', { count: unknown.size });
  }

  /** Hosts become the whole staff; invitees who host already are not listed twice. */
  private async replacePeople(
    manager: EntityManager,
    sessionId: string,
    hostIds: string[],
    inviteeIds: string[],
  ): Promise<void> {
    const hosts = [...new Set(hostIds)];
    const invitees = [...new Set(inviteeIds)].filter((id) => !hosts.includes(id));
    const staff = manager.getRepository(WebinarStaffEntity);
    await staff.delete({ sessionId });
    if (hosts.length > 0) await staff.insert(hosts.map((userId) => ({ sessionId, userId, role: 'host' as const })));
    const registrations = manager.getRepository(WebinarRegistrationEntity);
    await registrations.delete(invitees.length > 0 ? { sessionId, userId: Not(In(invitees)) } : { sessionId });
    if (invitees.length === 0) return;
    await registrations
      .createQueryBuilder()
      .insert()
      .values(invitees.map((userId) => ({ sessionId, userId })))
      .orIgnore()
      .execute();
  }
}

function assertNotInPast(startsAt: Date): void {
  if (startsAt.getTime() < Date.now() - SCHEDULE_SLACK_MS) throw new AppError(422, 'webinar.startsInPast');
}
