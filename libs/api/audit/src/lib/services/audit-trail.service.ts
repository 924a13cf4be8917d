import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@bina-pustaka/api-platform';
import type { AuditAction, AuditDetailsByAction, AuditSubjectType } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';

/** Bounds for what a person typed or a browser sent: the log stays small and readable. */
const LABEL_MAX = 200;
const USER_AGENT_MAX = 400;

/** One action for the log: who (null: the system), what, about what, and its typed facts. */
export interface AuditRecord<A extends AuditAction> {
  action: A;
  actor: Principal | null;
  subject: { type: AuditSubjectType; id: string | null; label?: string | null };
  details: AuditDetailsByAction[A];
}

/**
 * The audit log's one way in. A domain calls `record` inside its own flow, with its
 * transaction's manager where it has one: a rolled-back action then leaves no entry, and
 * an entry that cannot be written fails the action (nothing security-relevant goes
 * unrecorded). The request's address and browser come from the principal (the access
 * guard puts them there).
 */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record<A extends AuditAction>(
    entry: AuditRecord<A>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const { actor, subject } = entry;
    await manager.getRepository(AuditEntryEntity).insert({
      actorId: actor?.userId ?? null,
      actorName: actor?.user.fullName ?? null,
      actorRoles: actor?.roles ?? [],
      action: entry.action,
      subjectType: subject.type,
      subjectId: subject.id,
      subjectLabel: subject.label?.slice(0, LABEL_MAX) ?? null,
      details: entry.details,
      ip: actor?.client?.ip ?? null,
      userAgent: actor?.client?.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    });
  }
}
