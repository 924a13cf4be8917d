import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { FocusGroupRole, Role } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { FocusGroupEntity, FocusGroupPersonEntity } from '../entities/focus-group.entity';

/** Coordinators and admins see and run every group without being in it. */
export const isStaff = (roles: readonly Role[]) => roles.includes('coordinator') || roles.includes('admin');

/** A group the viewer may see, their place in it and whether they run it. */
export interface GroupAccess {
  group: FocusGroupEntity;
  role: FocusGroupRole | null;
  manage: boolean;
}

/**
 * Who may see and run which group. A group exists only for its people and the staff: to
 * anyone else every route of it answers 404, so nothing tells a stranger it is there.
 */
@Injectable()
export class FocusGroupAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
  ) {}

  async group(actor: Principal, groupId: string): Promise<GroupAccess> {
    const group = await this.dataSource.getRepository(FocusGroupEntity).findOneBy({ id: groupId });
    const role = group ? await this.roleOf(actor.userId, group.id) : null;
    if (!group || (!role && !isStaff(actor.roles))) throw new AppError(404, 'focusGroup.notFound');
    return { group, role, manage: isStaff(actor.roles) || role === 'facilitator' };
  }

  /** A group the viewer runs (its facilitators and the staff); a member gets 403, a stranger 404. */
  async managed(actor: Principal, groupId: string): Promise<GroupAccess> {
    const access = await this.group(actor, groupId);
    if (!access.manage) throw new AppError(403, 'focusGroup.facilitatorsOnly');
    return access;
  }

  async roleOf(userId: string, groupId: string): Promise<FocusGroupRole | null> {
    const person = await this.dataSource.getRepository(FocusGroupPersonEntity).findOneBy({ groupId, userId });
    return person?.role ?? null;
  }

  /** Facilitates at least one group (may use the people picker). */
  async facilitatesAny(userId: string): Promise<boolean> {
    return this.dataSource.getRepository(FocusGroupPersonEntity).existsBy({ userId, role: 'facilitator' });
  }

  /** Every id must be an active account, else 422 naming the problem. */
  async assertActivePeople(userIds: readonly string[]): Promise<void> {
    const people = await this.directory.byIds(userIds);
    if (userIds.some((id) => people.get(id)?.status !== 'active')) throw new AppError(422, 'focusGroup.personUnknown');
  }
}
