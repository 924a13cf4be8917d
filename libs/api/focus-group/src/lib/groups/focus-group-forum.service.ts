import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  ForumSpacesService,
  type ForumReader,
  type ForumSpaceResolver,
  type ForumSpaceView,
} from '@bina-pustaka/api-forum';
import type { Principal } from '@bina-pustaka/api-platform';
import type { FocusGroupRole, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { FocusGroupPersonEntity } from '../entities/focus-group.entity';
import { isStaff } from './focus-group-access.service';

interface ViewRow {
  spaceId: string;
  title: string;
  anonymousAllowed: boolean;
  /** The reader's place in the group, if any. */
  groupRole: FocusGroupRole | null;
}

/** A group and the reader's place in it, in one statement ($1: the reader). */
const VIEW = `SELECT g.id AS "spaceId", g.topic AS title, g.allow_anonymous AS "anonymousAllowed", p.role AS "groupRole"
                FROM focus_groups g
                LEFT JOIN focus_group_people p ON p.group_id = g.id AND p.user_id = $1`;

/** Facilitators and the staff moderate, members read and write, nobody else is in. */
function viewFrom(actor: ForumReader, row: ViewRow): ForumSpaceView | null {
  if (!row.groupRole && !isStaff(actor.roles)) return null;
  const role = isStaff(actor.roles) || row.groupRole === 'facilitator' ? 'moderator' : 'member';
  return { spaceId: row.spaceId, role, title: row.title, anonymousAllowed: row.anonymousAllowed };
}

/**
 * Tells the forum who is in a group's private forum: facilitators and the staff moderate,
 * members read and write, nobody else sees it. Registered when the module starts.
 */
@Injectable()
export class FocusGroupForumService implements OnModuleInit, ForumSpaceResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly spaces: ForumSpacesService,
    private readonly directory: UserDirectoryService,
  ) {}

  onModuleInit(): void {
    this.spaces.register('focus-group', this);
  }

  async viewOf(actor: ForumReader, groupId: string): Promise<ForumSpaceView | null> {
    const rows: ViewRow[] = await this.dataSource.query(`${VIEW} WHERE g.id = $2`, [actor.userId, groupId]);
    return rows[0] ? viewFrom(actor, rows[0]) : null;
  }

  /** Staff: every active group; anyone else: the groups they are in. */
  async viewsOf(actor: Principal): Promise<ForumSpaceView[]> {
    const rows: ViewRow[] = await this.dataSource.query(
      `${VIEW} WHERE CASE WHEN $2 THEN g.status = 'active' ELSE p.user_id IS NOT NULL END`,
      [actor.userId, isStaff(actor.roles)],
    );
    return rows.map((row) => viewFrom(actor, row)).filter((view): view is ForumSpaceView => view !== null);
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

  private peopleOf(groupId: string): Promise<FocusGroupPersonEntity[]> {
    return this.dataSource.getRepository(FocusGroupPersonEntity).findBy({ groupId });
  }
}
