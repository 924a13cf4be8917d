import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { APP_PATHS, appLink, type FocusGroupRole, type UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { FocusGroupPersonEntity, type FocusGroupEntity } from '../entities/focus-group.entity';
import { FocusGroupAccessService, isStaff } from './focus-group-access.service';

const PICKER_LIMIT = 10;

/**
 * A group's people: added (and told so in the app), given another role, removed. Each change
 * opens or closes a private space, so each is in the audit log, about the person.
 */
@Injectable()
export class FocusGroupPeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: FocusGroupAccessService,
    private readonly notifications: NotificationsService,
    private readonly directory: UserDirectoryService,
    private readonly audit: AuditTrailService,
  ) {}

  /** Adds people not yet in the group; each is told, except the one who adds them. */
  async add(
    actor: Principal,
    group: FocusGroupEntity,
    userIds: readonly string[],
    role: FocusGroupRole,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await this.access.assertActivePeople(userIds);
    const added: { userId: string }[] = await manager.query(
      `INSERT INTO focus_group_people (group_id, user_id, role)
       SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING RETURNING user_id AS "userId"`,
      [group.id, userIds, role],
    );
    const names = await this.directory.byIds(added.map(({ userId }) => userId));
    for (const { userId } of added) {
      await this.audit.record(
        {
          action: 'focus-group.person.added',
          actor,
          subject: { type: 'user', id: userId, label: names.get(userId)?.fullName },
          details: { groupId: group.id, topic: group.topic, role },
        },
        manager,
      );
    }
    const link = appLink(APP_PATHS.focusGroup, { groupId: group.id });
    await this.notifications.notifyMany(
      added
        .filter(({ userId }) => userId !== actor.userId)
        .map(({ userId }) => ({
          userId,
          kind: 'focus-group-invited' as const,
          params: { topic: group.topic, role },
          link,
        })),
    );
  }

  async changeRole(actor: Principal, group: FocusGroupEntity, userId: string, role: FocusGroupRole): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, group.id, userId);
      if (person.role === role) return;
      await manager.getRepository(FocusGroupPersonEntity).update({ groupId: group.id, userId }, { role });
      if (person.role === 'facilitator') await this.assertFacilitatorLeft(manager, group.id);
      await this.audit.record(
        {
          action: 'focus-group.role.changed',
          actor,
          subject: await this.subject(userId),
          details: { groupId: group.id, topic: group.topic, before: person.role, after: role },
        },
        manager,
      );
    });
  }

  async remove(actor: Principal, group: FocusGroupEntity, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, group.id, userId);
      await manager.getRepository(FocusGroupPersonEntity).delete({ groupId: group.id, userId });
      if (person.role === 'facilitator') await this.assertFacilitatorLeft(manager, group.id);
      await this.audit.record(
        {
          action: 'focus-group.person.removed',
          actor,
          subject: await this.subject(userId),
          details: { groupId: group.id, topic: group.topic, role: person.role },
        },
        manager,
      );
    });
  }

  /** The people picker: active accounts by name, for the staff and facilitators. */
  async search(actor: Principal, text: string): Promise<UserRef[]> {
    if (!isStaff(actor.roles) && !(await this.access.facilitatesAny(actor.userId))) {
      throw new AppError(403, 'focusGroup.facilitatorsOnly');
    }
    return this.directory.activeNamed(text, PICKER_LIMIT);
  }

  private async person(manager: EntityManager, groupId: string, userId: string): Promise<FocusGroupPersonEntity> {
    // The row is locked so two changes at once cannot both take away the last facilitator.
    const person = await manager
      .getRepository(FocusGroupPersonEntity)
      .findOne({ where: { groupId, userId }, lock: { mode: 'pessimistic_write' } });
    if (!person) throw new AppError(404, 'focusGroup.personNotInGroup');
    return person;
  }

  private async subject(userId: string): Promise<{ type: 'user'; id: string; label?: string }> {
    const names = await this.directory.byIds([userId]);
    return { type: 'user', id: userId, label: names.get(userId)?.fullName };
  }

  /**
   * Asked only when a facilitator goes: a group left with none by an account deletion
   * (its privacy erase) is run by the staff, and its members can still be changed.
   */
  private async assertFacilitatorLeft(manager: EntityManager, groupId: string): Promise<void> {
    const [{ count }]: { count: string }[] = await manager.query(
      `SELECT count(*) FROM focus_group_people WHERE group_id = $1 AND role = 'facilitator'`,
      [groupId],
    );
    if (Number(count) === 0) throw new AppError(409, 'focusGroup.lastFacilitator');
  }
}
