import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { FocusGroupDetail } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import {
  ActionItemEntity,
  FocusGroupFindingEntity,
  FocusGroupPersonEntity,
  FocusGroupSessionEntity,
} from '../entities/focus-group.entity';
import type { GroupAccess } from '../groups/focus-group-access.service';
import { ActionItemsService } from '../outcomes/action-items.service';
import { findingView, sessionView, userRef } from '../shared/focus-group-views';

/** A group as its page shows it: people, sessions with notes, findings, action items, what the viewer may do. */
@Injectable()
export class FocusGroupDetailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
    private readonly actions: ActionItemsService,
  ) {}

  async detail({ group, role, manage }: GroupAccess): Promise<FocusGroupDetail> {
    const [people, sessions, findings, items] = await Promise.all([
      this.dataSource.getRepository(FocusGroupPersonEntity).find({ where: { groupId: group.id } }),
      this.dataSource
        .getRepository(FocusGroupSessionEntity)
        .find({ where: { groupId: group.id }, order: { startsAt: 'ASC', id: 'ASC' } }),
      this.dataSource
        .getRepository(FocusGroupFindingEntity)
        .find({ where: { groupId: group.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource
        .getRepository(ActionItemEntity)
        .find({ where: { groupId: group.id }, order: { dueOn: 'ASC', id: 'ASC' } }),
    ]);
    const directory = await this.directory.byIds([
      group.createdBy,
      ...people.map((person) => person.userId),
      ...sessions.flatMap((session) => (session.notesUpdatedBy ? [session.notesUpdatedBy] : [])),
    ]);
    const names = new Map([...directory.values()].map((person) => [person.id, person.fullName]));
    return {
      id: group.id,
      topic: group.topic,
      purpose: group.purpose,
      status: group.status,
      allowAnonymous: group.allowAnonymous,
      forumId: group.forumId ?? '',
      // Facilitators first, then by name.
      people: people
        .map((person) => ({
          user: userRef(names, person.userId),
          role: person.role,
          addedAt: person.addedAt.toISOString(),
        }))
        .sort((a, b) => a.role.localeCompare(b.role) || a.user.fullName.localeCompare(b.user.fullName, 'id')),
      sessions: sessions.map((session) => sessionView(session, names, manage)),
      findings: findings.map(findingView),
      actionItems: await this.actions.views(items),
      createdBy: userRef(names, group.createdBy),
      createdAt: group.createdAt.toISOString(),
      myRole: role,
      may: { manage, postAnonymously: group.allowAnonymous && !manage && role === 'member' },
    };
  }
}
