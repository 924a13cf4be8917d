import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@bina-pustaka/api-platform';
import type { FocusGroupFinding } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { FocusGroupFindingEntity, FocusGroupSessionEntity } from '../entities/focus-group.entity';
import type { GroupAccess } from '../groups/focus-group-access.service';
import { findingView } from '../shared/focus-group-views';

export interface FindingFields {
  challenge: string;
  tag: string;
  raisedByCount: number;
  sessionId: string | null;
}

/** What the group heard (_temuan_): each may name the session it came up in. */
@Injectable()
export class FocusGroupFindingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create({ group }: GroupAccess, fields: FindingFields): Promise<FocusGroupFinding> {
    await this.assertSessionOf(group.id, fields.sessionId);
    const finding = await this.dataSource
      .getRepository(FocusGroupFindingEntity)
      .save({ ...fields, groupId: group.id, createdAt: new Date() });
    return findingView(finding);
  }

  async update({ group }: GroupAccess, findingId: string, patch: Partial<FindingFields>): Promise<FocusGroupFinding> {
    const finding = await this.finding(group.id, findingId);
    if (patch.sessionId !== undefined) await this.assertSessionOf(group.id, patch.sessionId);
    const changed = { ...finding, ...definedOnly(patch) };
    await this.dataSource.getRepository(FocusGroupFindingEntity).save(changed);
    return findingView(changed);
  }

  /** Its action items stay, answering no finding in particular. */
  async remove({ group }: GroupAccess, findingId: string): Promise<void> {
    const finding = await this.finding(group.id, findingId);
    await this.dataSource.getRepository(FocusGroupFindingEntity).delete(finding.id);
  }

  async finding(groupId: string, findingId: string): Promise<FocusGroupFindingEntity> {
    const finding = await this.dataSource.getRepository(FocusGroupFindingEntity).findOneBy({ id: findingId, groupId });
    if (!finding) throw new AppError(404, 'focusGroup.findingNotFound');
    return finding;
  }

  private async assertSessionOf(groupId: string, sessionId: string | null): Promise<void> {
    if (
      sessionId &&
      !(await this.dataSource.getRepository(FocusGroupSessionEntity).existsBy({ id: sessionId, groupId }))
    ) {
      throw new AppError(422, 'focusGroup.sessionUnknown');
    }
  }
}

/** A patch without the fields it leaves alone. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
