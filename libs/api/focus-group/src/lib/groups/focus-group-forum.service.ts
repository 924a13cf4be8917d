import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  ForumSpacesService,
  type ForumReader,
  type ForumSpaceResolver,
  type ForumSpaceRole,
} from '@bina-pustaka/api-forum';
import type { Principal } from '@bina-pustaka/api-platform';
import type { UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { FocusGroupEntity, FocusGroupPersonEntity } from '../entities/focus-group.entity';
import { FocusGroupAccessService, isStaff } from './focus-group-access.service';

/**
 * Tells the forum who is in a group's private forum: facilitators and the staff moderate,
 * members read and write, nobody else sees it. Registered when the module starts.
 */
@Injectable()
export class FocusGroupForumService implements OnModuleInit, ForumSpaceResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly spaces: ForumSpacesService,
    private readonly access: FocusGroupAccessService,
    private readonly directory: UserDirectoryService,
  ) {}

  onModuleInit(): void {
    this.spaces.register('focus-group', this);
  }

  async roleOf(actor: ForumReader, groupId: string): Promise<ForumSpaceRole> {
    const role = await this.access.roleOf(actor.userId, groupId);
    if (isStaff(actor.roles) || role === 'facilitator') return 'moderator';
    return role ? 'member' : null;
  }

  async spacesOf(actor: Principal): Promise<string[]> {
    const rows: { id: string }[] = isStaff(actor.roles)
      ? await this.dataSource.query(`SELECT id FROM focus_groups WHERE status = 'active'`)
      : await this.dataSource.query(`SELECT group_id AS id FROM focus_group_people WHERE user_id = $1`, [actor.userId]);
    return rows.map((row) => row.id);
  }

  /** The group's people and the active staff. */
  async readersAmong(groupId: string, userIds: readonly string[]): Promise<Set<string>> {
    const people = await this.directory.byIds(userIds);
    const inGroup = new Set((await this.peopleOf(groupId)).map((person) => person.userId));
    return new Set(
      [...people.values()]
        .filter((person) => person.status === 'active' && (inGroup.has(person.id) || isStaff(person.roles)))
        .map((person) => person.id),
    );
  }

  /** The group's people whose name contains the text (the mention picker). */
  async people(groupId: string, text: string): Promise<UserRef[]> {
    const people = await this.directory.byIds((await this.peopleOf(groupId)).map((person) => person.userId));
    const wanted = text.toLocaleLowerCase('id');
    return [...people.values()]
      .filter((person) => person.status === 'active' && person.fullName.toLocaleLowerCase('id').includes(wanted))
      .map((person) => ({ id: person.id, fullName: person.fullName }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'));
  }

  async title(groupId: string): Promise<string> {
    return (await this.dataSource.getRepository(FocusGroupEntity).findOneBy({ id: groupId }))?.topic ?? '';
  }

  async anonymousAllowed(groupId: string): Promise<boolean> {
    return !!(await this.dataSource.getRepository(FocusGroupEntity).findOneBy({ id: groupId }))?.allowAnonymous;
  }

  private peopleOf(groupId: string): Promise<FocusGroupPersonEntity[]> {
    return this.dataSource.getRepository(FocusGroupPersonEntity).findBy({ groupId });
  }
}
