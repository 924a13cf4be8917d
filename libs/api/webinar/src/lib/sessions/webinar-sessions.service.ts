import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseAudienceService, CourseParticipationService } from '@bina-pustaka/api-learning';
import type {
  Page,
  WebinarAudienceKind,
  WebinarRoomRole,
  WebinarSession,
  WebinarStaffRole,
} from '@bina-pustaka/shared-contracts';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import {
  WebinarBanEntity,
  WebinarRegistrationEntity,
  WebinarSessionEntity,
  WebinarStaffEntity,
} from '../entities/webinar-session.entity';
import { canManage, isStaff, movesAudience, roomRoleOf } from './webinar-access';
import { WebinarAudienceSourcesService } from './webinar-audience-sources.service';
import { WebinarRemindersService } from './webinar-reminders.service';

export interface WebinarSessionInput {
  title: string;
  description: string;
  courseId: string | null;
  audience: WebinarAudienceKind;
  cohortId: string | null;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  jp: number;
  capacity: number | null;
  requireAdmission: boolean;
  staff: { userId: string; role: WebinarStaffRole }[];
}

export interface WebinarListQuery {
  page: number;
  pageSize: number;
  when: 'upcoming' | 'past';
  status?: WebinarSession['status'];
  courseId?: string;
  mine?: boolean;
}

export type Actor = Pick<Principal, 'userId' | 'roles'>;

/** Sessions may be scheduled this far in the past (a form filled in slowly), not more. */
export const SCHEDULE_SLACK_MS = 5 * 60_000;

/**
 * Webinar sessions: scheduling, who they are for, who runs them, and who may join as what.
 * Opening, ending and the room itself live in WebinarLifecycleService and the room registry.
 */
@Injectable()
export class WebinarSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: CourseAudienceService,
    private readonly participation: CourseParticipationService,
    private readonly directory: UserDirectoryService,
    private readonly reminders: WebinarRemindersService,
    private readonly otherAudiences: WebinarAudienceSourcesService,
  ) {}

  async create(actor: Principal, input: WebinarSessionInput): Promise<WebinarSession> {
    const startsAt = new Date(input.startsAt);
    if (startsAt.getTime() < Date.now() - SCHEDULE_SLACK_MS) throw new AppError(422, 'webinar.startsInPast');
    const courseId = await this.checkAudience(actor, input);
    const staff = await this.checkStaff(input.staff, actor.userId);
    const session = await this.dataSource.transaction(async (manager) => {
      const created = await manager.getRepository(WebinarSessionEntity).save(
        manager.getRepository(WebinarSessionEntity).create({
          title: input.title,
          description: input.description,
          courseId,
          audience: input.audience,
          cohortId: input.audience === 'cohort' ? input.cohortId : null,
          startsAt,
          durationMinutes: input.durationMinutes,
          timeZone: input.timeZone,
          jp: input.jp,
          capacity: input.capacity,
          requireAdmission: input.requireAdmission,
          status: 'scheduled',
          openedAt: null,
          endedAt: null,
          createdById: actor.userId,
        }),
      );
      await manager
        .getRepository(WebinarStaffEntity)
        .insert(staff.map((member) => ({ ...member, sessionId: created.id })));
      return created;
    });
    await this.reminders.schedule(session);
    return this.view(actor, session.id);
  }

  async update(actor: Principal, id: string, patch: Partial<WebinarSessionInput>) {
    const session = await this.managed(actor, id);
    if (session.status === 'ended' || session.status === 'cancelled') {
      throw new AppError(409, 'webinar.notEditable', { status: session.status });
    }
    // An invited session's people are set by what invited them (a focus group), never by this form.
    if (session.audience === 'invited' && movesAudience(session, patch)) {
      throw new AppError(409, 'webinar.invitedAudienceFixed');
    }
    const merged: WebinarSessionInput = {
      title: patch.title ?? session.title,
      description: patch.description ?? session.description,
      courseId: patch.courseId !== undefined ? patch.courseId : session.courseId,
      audience: patch.audience ?? session.audience,
      cohortId: patch.cohortId !== undefined ? patch.cohortId : session.cohortId,
      startsAt: patch.startsAt ?? session.startsAt.toISOString(),
      durationMinutes: patch.durationMinutes ?? session.durationMinutes,
      timeZone: patch.timeZone ?? session.timeZone,
      jp: patch.jp ?? session.jp,
      capacity: patch.capacity !== undefined ? patch.capacity : session.capacity,
      requireAdmission: patch.requireAdmission ?? session.requireAdmission,
      staff: patch.staff ?? [],
    };
    const startsAt = new Date(merged.startsAt);
    const rescheduled = startsAt.getTime() !== session.startsAt.getTime();
    if (rescheduled && startsAt.getTime() < Date.now() - SCHEDULE_SLACK_MS) {
      throw new AppError(422, 'webinar.startsInPast');
    }
    if (merged.audience === 'cohort' && !merged.cohortId) {
      throw new AppError(422, 'webinar.cohortNeeded');
    }
    if (merged.audience === 'course' && !merged.courseId) throw new AppError(422, 'webinar.courseNeeded');
    const audienceChanged =
      merged.courseId !== session.courseId ||
      merged.cohortId !== session.cohortId ||
      merged.audience !== session.audience;
    const courseId = audienceChanged ? await this.checkAudience(actor, merged) : session.courseId;
    const staff = patch.staff ? await this.checkStaff(patch.staff, session.createdById ?? actor.userId) : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(WebinarSessionEntity).update(
        { id },
        {
          title: merged.title,
          description: merged.description,
          courseId,
          audience: merged.audience,
          cohortId: merged.audience === 'cohort' ? merged.cohortId : null,
          startsAt,
          durationMinutes: merged.durationMinutes,
          timeZone: merged.timeZone,
          jp: merged.jp,
          capacity: merged.capacity,
          requireAdmission: merged.requireAdmission,
        },
      );
      if (staff) {
        await manager.getRepository(WebinarStaffEntity).delete({ sessionId: id });
        await manager.getRepository(WebinarStaffEntity).insert(staff.map((member) => ({ ...member, sessionId: id })));
      }
    });
    if (rescheduled) await this.reminders.schedule({ ...session, startsAt });
    return this.view(actor, id);
  }

  async cancel(actor: Principal, id: string): Promise<WebinarSession> {
    const session = await this.managed(actor, id);
    if (session.status !== 'scheduled') throw new AppError(409, 'webinar.notCancellable', { status: session.status });
    await this.dataSource
      .getRepository(WebinarSessionEntity)
      .update({ id, status: 'scheduled' }, { status: 'cancelled' });
    return this.view(actor, id);
  }

  async register(actor: Principal, id: string): Promise<WebinarSession> {
    const session = await this.visible(actor, id);
    if (session.audience !== 'registered') throw new AppError(409, 'webinar.registrationNotOpen');
    if (session.status === 'ended' || session.status === 'cancelled') {
      throw new AppError(409, 'webinar.notEditable', { status: session.status });
    }
    await this.dataSource.transaction(async (manager) => {
      // Serialise registrations of one session so the capacity holds.
      await manager.query(`SELECT id FROM webinar_sessions WHERE id = $1 FOR UPDATE`, [id]);
      const registrations = manager.getRepository(WebinarRegistrationEntity);
      if (await registrations.existsBy({ sessionId: id, userId: actor.userId })) return;
      if (session.capacity !== null && (await registrations.countBy({ sessionId: id })) >= session.capacity) {
        throw new AppError(409, 'webinar.full');
      }
      await registrations.insert({ sessionId: id, userId: actor.userId });
    });
    return this.view(actor, id);
  }

  async unregister(actor: Principal, id: string): Promise<WebinarSession> {
    const session = await this.visible(actor, id);
    // An invitation is withdrawn by whoever invited, not by the invitee.
    if (session.audience === 'invited') throw new AppError(409, 'webinar.registrationNotOpen');
    await this.dataSource.getRepository(WebinarRegistrationEntity).delete({ sessionId: id, userId: actor.userId });
    return this.view(actor, id);
  }

  async view(actor: Actor, id: string): Promise<WebinarSession> {
    const session = await this.visible(actor, id);
    const [view] = await this.toViews(actor, [session]);
    return view;
  }

  async list(actor: Actor, query: WebinarListQuery): Promise<Page<WebinarSession>> {
    const builder = this.dataSource.getRepository(WebinarSessionEntity).createQueryBuilder('s');
    const staffOf = `EXISTS (SELECT 1 FROM webinar_staff st WHERE st.session_id = s.id AND st.user_id = :userId)`;
    if (query.mine) {
      builder.andWhere(`(s.created_by_id = :userId OR ${staffOf})`, { userId: actor.userId });
    } else if (!isStaff(actor)) {
      const { cohortIds, courseIds } = await this.audience.memberships(actor.userId);
      builder.andWhere(
        new Brackets((where) => {
          where
            .where(`s.created_by_id = :userId OR ${staffOf}`, { userId: actor.userId })
            .orWhere(`s.audience = 'registered'`)
            .orWhere(
              `s.audience = 'invited' AND EXISTS (SELECT 1 FROM webinar_registrations r
               WHERE r.session_id = s.id AND r.user_id = :userId)`,
            )
            .orWhere(`s.audience = 'cohort' AND s.cohort_id = ANY(:cohortIds)`, { cohortIds })
            .orWhere(`s.audience = 'course' AND s.course_id = ANY(:courseIds)`, { courseIds });
        }),
      );
    }
    if (query.when === 'upcoming') {
      builder.andWhere(`s.status IN ('scheduled', 'live')`).orderBy('s.starts_at', 'ASC');
    } else {
      builder.andWhere(`s.status IN ('ended', 'cancelled')`).orderBy('s.starts_at', 'DESC');
    }
    if (query.status) builder.andWhere('s.status = :status', { status: query.status });
    if (query.courseId) builder.andWhere('s.course_id = :courseId', { courseId: query.courseId });
    const [sessions, total] = await builder
      .addOrderBy('s.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.toViews(actor, sessions), total, page: query.page, pageSize: query.pageSize };
  }

  /** The session if this person may manage it (404 when they may not even see it, 403 otherwise). */
  async managed(actor: Actor, id: string): Promise<WebinarSessionEntity> {
    const session = await this.visible(actor, id);
    if (!canManage(actor, session, await this.staffRole(id, actor.userId))) {
      throw new AppError(403, 'webinar.notManager');
    }
    return session;
  }

  async isBanned(sessionId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(WebinarBanEntity).existsBy({ sessionId, userId });
  }

  async ban(sessionId: string, userId: string, bannedById: string): Promise<void> {
    await this.dataSource
      .getRepository(WebinarBanEntity)
      .createQueryBuilder()
      .insert()
      .values({ sessionId, userId, bannedById })
      .orIgnore()
      .execute();
  }

  async find(id: string): Promise<WebinarSessionEntity | null> {
    return this.dataSource.getRepository(WebinarSessionEntity).findOneBy({ id });
  }

  /** 404 for sessions this person may neither join nor manage, so ids reveal nothing. */
  async visible(actor: Actor, id: string): Promise<WebinarSessionEntity> {
    const session = await this.dataSource.getRepository(WebinarSessionEntity).findOneBy({ id });
    if (!session) throw new AppError(404, 'webinar.notFound');
    if (session.audience !== 'registered' && !(await this.roleOf(actor, session))) {
      throw new AppError(404, 'webinar.notFound');
    }
    return session;
  }

  /** Who this person is in the session's room (staff role, host, attendee), null for no one. */
  async roleOf(actor: Actor, session: WebinarSessionEntity): Promise<WebinarRoomRole | null> {
    const staffRole = await this.staffRole(session.id, actor.userId);
    return roomRoleOf(canManage(actor, session, staffRole), staffRole, await this.inAudience(actor.userId, session));
  }

  private async staffRole(sessionId: string, userId: string): Promise<WebinarStaffRole | null> {
    const member = await this.dataSource.getRepository(WebinarStaffEntity).findOneBy({ sessionId, userId });
    return member?.role ?? null;
  }

  private async inAudience(userId: string, session: WebinarSessionEntity): Promise<boolean> {
    // Then the people another domain puts in (an online event's confirmed members).
    return (await this.inOwnAudience(userId, session)) || this.otherAudiences.includes(session.id, userId);
  }

  private async inOwnAudience(userId: string, session: WebinarSessionEntity): Promise<boolean> {
    if (session.audience === 'cohort' && session.cohortId) {
      return this.audience.includes(userId, { cohortId: session.cohortId });
    }
    if (session.audience === 'course' && session.courseId) {
      return this.audience.includes(userId, { courseId: session.courseId });
    }
    // 'registered' and 'invited': the registrations are the people who signed up or were invited.
    return this.dataSource.getRepository(WebinarRegistrationEntity).existsBy({ sessionId: session.id, userId });
  }

  /**
   * The course a session belongs to, checked: a trainer may only attach sessions to courses
   * they edit; a cohort must exist (and belong to the course when one is named).
   */
  private async checkAudience(
    actor: Principal | Actor,
    input: Pick<WebinarSessionInput, 'audience' | 'courseId' | 'cohortId'>,
  ): Promise<string | null> {
    let courseId = input.courseId;
    if (input.audience === 'cohort' && input.cohortId) {
      const cohort = (await this.audience.cohorts([input.cohortId])).get(input.cohortId);
      if (!cohort) throw new AppError(422, 'webinar.cohortNotFound');
      if (courseId && cohort.courseId !== courseId) throw new AppError(422, 'webinar.cohortNotInCourse');
      courseId = cohort.courseId;
    }
    if (courseId) await this.participation.editable(actor as Principal, courseId);
    return courseId;
  }

  /** Staff must be active people; the author hosts unless they listed themselves otherwise. */
  private async checkStaff(
    staff: WebinarSessionInput['staff'],
    authorId: string,
  ): Promise<{ userId: string; role: WebinarStaffRole }[]> {
    const people = await this.directory.byIds(staff.map((member) => member.userId));
    const unknown = staff.filter((member) => people.get(member.userId)?.status !== 'active');
    if (unknown.length > 0) throw new AppError(422, 'webinar.staffUnknown', { count: unknown.length });
    return staff.some((member) => member.userId === authorId) ? staff : [{ userId: authorId, role: 'host' }, ...staff];
  }

  private async toViews(actor: Actor, sessions: WebinarSessionEntity[]): Promise<WebinarSession[]> {
    if (sessions.length === 0) return [];
    const ids = sessions.map((session) => session.id);
    const manager: EntityManager = this.dataSource.manager;
    const [staff, counts, mine, courseTitles, cohorts] = await Promise.all([
      manager.getRepository(WebinarStaffEntity).findBy({ sessionId: In(ids) }),
      manager.query(
        `SELECT session_id AS "sessionId", count(*)::int AS count FROM webinar_registrations
         WHERE session_id = ANY($1) GROUP BY session_id`,
        [ids],
      ) as Promise<{ sessionId: string; count: number }[]>,
      manager.getRepository(WebinarRegistrationEntity).findBy({ sessionId: In(ids), userId: actor.userId }),
      this.audience.courseTitles(sessions.flatMap((session) => (session.courseId ? [session.courseId] : []))),
      this.audience.cohorts(sessions.flatMap((session) => (session.cohortId ? [session.cohortId] : []))),
    ]);
    const people = await this.directory.byIds(staff.map((member) => member.userId));
    const registered = new Set(mine.map((registration) => registration.sessionId));
    const countOf = new Map(counts.map((row) => [row.sessionId, row.count]));
    return Promise.all(
      sessions.map(async (session) => {
        const team = staff.filter((member) => member.sessionId === session.id);
        const myStaffRole = team.find((member) => member.userId === actor.userId)?.role ?? null;
        const managing = canManage(actor, session, myStaffRole);
        const inAudience =
          session.audience === 'registered'
            ? registered.has(session.id)
            : myStaffRole !== null || managing || (await this.inAudience(actor.userId, session));
        return {
          id: session.id,
          title: session.title,
          description: session.description,
          courseId: session.courseId,
          courseTitle: session.courseId ? (courseTitles.get(session.courseId) ?? null) : null,
          audience: session.audience,
          cohortId: session.cohortId,
          cohortName: session.cohortId ? (cohorts.get(session.cohortId)?.name ?? null) : null,
          startsAt: session.startsAt.toISOString(),
          durationMinutes: session.durationMinutes,
          timeZone: session.timeZone,
          jp: session.jp,
          capacity: session.capacity,
          requireAdmission: session.requireAdmission,
          status: session.status,
          openedAt: session.openedAt?.toISOString() ?? null,
          endedAt: session.endedAt?.toISOString() ?? null,
          staff: team.map((member) => ({
            userId: member.userId,
            name: people.get(member.userId)?.fullName ?? '',
            role: member.role,
          })),
          registeredCount: countOf.get(session.id) ?? 0,
          myRole: roomRoleOf(managing, myStaffRole, inAudience),
          registered: session.audience === 'registered' && registered.has(session.id),
          canManage: managing,
        } satisfies WebinarSession;
      }),
    );
  }
}
