import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import {
  APP_PATHS,
  appLink,
  type ActionItem,
  type ActionItemPage,
  type ActionItemStatus,
} from '@bina-pustaka/shared-contracts';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import { ActionItemEntity, FocusGroupEntity } from '../entities/focus-group.entity';
import { FocusGroupAccessService, type GroupAccess } from '../groups/focus-group-access.service';
import { actionView } from '../shared/focus-group-views';
import { definedOnly, FocusGroupFindingsService } from './focus-group-findings.service';

export interface ActionFields {
  what: string;
  ownerId: string;
  dueOn: string;
  findingId: string | null;
  status?: ActionItemStatus;
}

export interface ActionItemQuery {
  page: number;
  pageSize: number;
  status?: ActionItemStatus;
  groupId?: string;
  overdue?: boolean;
}

/** Action items (_tindak lanjut_): owned by any active account, told when it becomes theirs. */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: FocusGroupAccessService,
    private readonly findings: FocusGroupFindingsService,
    private readonly directory: UserDirectoryService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(actor: Principal, { group }: GroupAccess, fields: ActionFields): Promise<ActionItem> {
    await this.check(group.id, fields);
    const item = await this.dataSource
      .getRepository(ActionItemEntity)
      .save({ ...fields, status: 'open', groupId: group.id, updatedAt: new Date() });
    await this.assigned(actor, group, item);
    return (await this.views([item]))[0];
  }

  async update(
    actor: Principal,
    { group }: GroupAccess,
    actionId: string,
    patch: Partial<ActionFields>,
  ): Promise<ActionItem> {
    const item = await this.item(group.id, actionId);
    await this.check(group.id, patch);
    const changed = { ...item, ...definedOnly(patch), updatedAt: new Date() };
    await this.dataSource.getRepository(ActionItemEntity).save(changed);
    if (changed.ownerId !== item.ownerId) await this.assigned(actor, group, changed);
    return (await this.views([changed]))[0];
  }

  async remove({ group }: GroupAccess, actionId: string): Promise<void> {
    await this.dataSource.getRepository(ActionItemEntity).delete((await this.item(group.id, actionId)).id);
  }

  /** Across every group (the staff): soonest due first; `overdue` uses the date in WIB. */
  async list(query: ActionItemQuery): Promise<ActionItemPage> {
    const today = wibDatePlusDays(0);
    const builder = this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .orderBy('a.due_on', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.groupId) builder.andWhere('a.group_id = :groupId', { groupId: query.groupId });
    if (query.overdue !== undefined) {
      builder.andWhere(
        query.overdue
          ? `a.status IN ('open', 'in-progress') AND a.due_on < :today`
          : `NOT (a.status IN ('open', 'in-progress') AND a.due_on < :today)`,
        { today },
      );
    }
    const [items, total] = await builder.getManyAndCount();
    return { items: await this.views(items), total, page: query.page, pageSize: query.pageSize };
  }

  /** Items as shown, with their group's topic and owners' names. */
  async views(items: ActionItemEntity[]): Promise<ActionItem[]> {
    if (items.length === 0) return [];
    const groupIds = [...new Set(items.map((item) => item.groupId))];
    const groups = await this.dataSource
      .getRepository(FocusGroupEntity)
      .createQueryBuilder('g')
      .whereInIds(groupIds)
      .getMany();
    const topics = new Map(groups.map((group) => [group.id, group.topic]));
    const people = await this.directory.byIds(items.map((item) => item.ownerId));
    const names = new Map([...people.values()].map((person) => [person.id, person.fullName]));
    const today = wibDatePlusDays(0);
    return items.map((item) => actionView(item, topics.get(item.groupId) ?? '', names, today));
  }

  private async check(groupId: string, fields: Partial<ActionFields>): Promise<void> {
    if (fields.ownerId) await this.access.assertActivePeople([fields.ownerId]);
    if (fields.findingId) {
      await this.findings.finding(groupId, fields.findingId).catch(() => {
        throw new AppError(422, 'focusGroup.findingUnknown');
      });
    }
  }

  private async item(groupId: string, actionId: string): Promise<ActionItemEntity> {
    const item = await this.dataSource.getRepository(ActionItemEntity).findOneBy({ id: actionId, groupId });
    if (!item) throw new AppError(404, 'focusGroup.actionNotFound');
    return item;
  }

  private async assigned(actor: Principal, group: FocusGroupEntity, item: ActionItemEntity): Promise<void> {
    if (item.ownerId === actor.userId) return;
    await this.notifications.notify(item.ownerId, {
      kind: 'action-item-assigned',
      params: { what: item.what, topic: group.topic, dueOn: item.dueOn },
      link: appLink(APP_PATHS.focusGroup, { groupId: group.id }),
    });
  }
}
