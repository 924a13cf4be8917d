import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { ForumSpacesService } from '@bina-pustaka/api-forum';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { FocusGroupStatus, FocusGroupSummary, Page } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { FocusGroupEntity } from '../entities/focus-group.entity';
import { userRef } from '../shared/focus-group-views';
import { FocusGroupAccessService, isStaff, type GroupAccess } from './focus-group-access.service';
import { FocusGroupPeopleService } from './focus-group-people.service';

export interface NewFocusGroup {
  topic: string;
  purpose: string;
  allowAnonymous: boolean;
  facilitatorIds: string[];
  memberIds: string[];
}

interface SummaryRow {
  id: string;
  topic: string;
  status: FocusGroupStatus;
  createdAt: Date;
  myRole: FocusGroupSummary['myRole'];
  facilitatorIds: string[];
  memberCount: number;
  nextSessionAt: Date | null;
  openActionCount: number;
  total: string;
}

/** Groups: made by the staff with their people and private forum, changed, listed. */
@Injectable()
export class FocusGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: FocusGroupAccessService,
    private readonly people: FocusGroupPeopleService,
    private readonly spaces: ForumSpacesService,
    private readonly directory: UserDirectoryService,
  ) {}

  async create(actor: Principal, input: NewFocusGroup): Promise<string> {
    if (input.memberIds.some((id) => input.facilitatorIds.includes(id))) {
      throw new AppError(422, 'focusGroup.personTwice');
    }
    await this.access.assertActivePeople([...input.facilitatorIds, ...input.memberIds]);
    return this.dataSource.transaction(async (manager) => {
      const group = await manager.getRepository(FocusGroupEntity).save({
        topic: input.topic,
        purpose: input.purpose,
        status: 'active',
        allowAnonymous: input.allowAnonymous,
        forumId: null,
        createdBy: actor.userId,
        createdAt: new Date(),
      });
      await this.people.add(actor, group, input.facilitatorIds, 'facilitator', manager);
      if (input.memberIds.length) await this.people.add(actor, group, input.memberIds, 'member', manager);
      const forumId = await this.spaces.createSpaceForum('focus-group', group.id, manager);
      await manager.getRepository(FocusGroupEntity).update(group.id, { forumId });
      return group.id;
    });
  }

  async update(
    { group }: GroupAccess,
    patch: { topic?: string; purpose?: string; allowAnonymous?: boolean; status?: FocusGroupStatus },
  ): Promise<void> {
    // An empty change changes nothing (TypeORM refuses an UPDATE without values: bench:bad-input found the 500).
    if (Object.keys(patch).length === 0) return;
    await this.dataSource.getRepository(FocusGroupEntity).update(group.id, patch);
  }

  /** The staff see every group; anyone else the groups they are in. Active first, newest first. */
  async list(
    actor: Principal,
    query: { page: number; pageSize: number; status?: FocusGroupStatus },
  ): Promise<Page<FocusGroupSummary>> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT g.id, g.topic, g.status, g.created_at AS "createdAt", mine.role AS "myRole",
              coalesce((SELECT array_agg(p.user_id::text ORDER BY p.added_at, p.user_id) FROM focus_group_people p
                         WHERE p.group_id = g.id AND p.role = 'facilitator'), '{}') AS "facilitatorIds",
              (SELECT count(*)::int FROM focus_group_people p WHERE p.group_id = g.id AND p.role = 'member') AS "memberCount",
              (SELECT min(s.starts_at) FROM focus_group_sessions s
                WHERE s.group_id = g.id AND NOT s.cancelled
                  AND s.starts_at + make_interval(mins => s.duration_minutes) > now()) AS "nextSessionAt",
              (SELECT count(*)::int FROM focus_group_actions a
                WHERE a.group_id = g.id AND a.status IN ('open', 'in-progress')) AS "openActionCount",
              count(*) OVER () AS total
         FROM focus_groups g
         LEFT JOIN focus_group_people mine ON mine.group_id = g.id AND mine.user_id = $1
        WHERE ($2 OR mine.user_id IS NOT NULL) AND ($3::text IS NULL OR g.status = $3)
        ORDER BY g.status = 'closed', g.created_at DESC, g.id
        LIMIT $4 OFFSET $5`,
      [actor.userId, isStaff(actor.roles), query.status ?? null, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const people = await this.directory.byIds(rows.flatMap((row) => row.facilitatorIds));
    const names = new Map([...people.values()].map((person) => [person.id, person.fullName]));
    return {
      items: rows.map((row) => ({
        id: row.id,
        topic: row.topic,
        status: row.status,
        facilitators: row.facilitatorIds.map((id) => userRef(names, id)),
        memberCount: row.memberCount,
        nextSessionAt: row.nextSessionAt?.toISOString() ?? null,
        openActionCount: row.openActionCount,
        myRole: row.myRole,
        createdAt: row.createdAt.toISOString(),
      })),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
