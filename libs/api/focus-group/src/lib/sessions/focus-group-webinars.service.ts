import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@bina-pustaka/api-platform';
import { InvitedWebinarsService } from '@bina-pustaka/api-webinar';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { FocusGroupPersonEntity, FocusGroupSessionEntity, type FocusGroupEntity } from '../entities/focus-group.entity';
import type { NewSession, SessionPatch } from './focus-group-sessions.service';

/**
 * An online session's room: an invite-only webinar session (the webinar part's
 * InvitedWebinarsService) whose hosts are the group's facilitators and whose invitees are
 * its members, kept in step with the session and the group's people.
 */
@Injectable()
export class FocusGroupWebinarsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invited: InvitedWebinarsService,
  ) {}

  async open(actor: Principal, group: FocusGroupEntity, session: NewSession): Promise<string> {
    const { hostIds, inviteeIds } = await this.people(group.id);
    const { id } = await this.invited.create(
      actor,
      {
        title: `${group.topic}: ${session.title}`,
        description: group.purpose,
        startsAt: new Date(session.startsAt),
        durationMinutes: session.durationMinutes,
        timeZone: session.timeZone,
        hostIds,
      },
      inviteeIds,
    );
    return id;
  }

  /** A cancelled session cancels its room; other changes move it. */
  async follow(group: FocusGroupEntity, session: FocusGroupSessionEntity, patch: SessionPatch): Promise<void> {
    if (!session.webinarSessionId || session.cancelled) return;
    if (patch.cancelled) {
      await this.invited.cancel(session.webinarSessionId);
      return;
    }
    const { title, startsAt, durationMinutes, timeZone } = patch;
    if ([title, startsAt, durationMinutes, timeZone].every((value) => value === undefined)) return;
    await this.invited.update(session.webinarSessionId, {
      title: title === undefined ? undefined : `${group.topic}: ${title}`,
      startsAt: startsAt === undefined ? undefined : new Date(startsAt),
      durationMinutes,
      timeZone,
    });
  }

  /** After the group's people change: every room still to come gets the new hosts and invitees. */
  async syncPeople(groupId: string): Promise<void> {
    // Rooms that ended yesterday or earlier keep the people they had.
    const sessions = await this.dataSource.getRepository(FocusGroupSessionEntity).findBy({
      groupId,
      cancelled: false,
      webinarSessionId: Not(IsNull()),
      startsAt: MoreThan(new Date(Date.now() - 24 * 60 * 60_000)),
    });
    if (sessions.length === 0) return;
    const { hostIds, inviteeIds } = await this.people(groupId);
    for (const session of sessions) {
      await this.invited.setPeople(session.webinarSessionId as string, hostIds, inviteeIds);
    }
  }

  private async people(groupId: string): Promise<{ hostIds: string[]; inviteeIds: string[] }> {
    const people = await this.dataSource.getRepository(FocusGroupPersonEntity).findBy({ groupId });
    return {
      hostIds: people.filter((person) => person.role === 'facilitator').map((person) => person.userId),
      inviteeIds: people.filter((person) => person.role === 'member').map((person) => person.userId),
    };
  }
}
