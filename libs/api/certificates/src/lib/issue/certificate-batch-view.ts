import type { AuditTrailService } from '@bina-pustaka/api-audit';
import type { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Principal } from '@bina-pustaka/api-platform';
import type { AuditBulkSource, CertificateBatch } from '@bina-pustaka/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { CertificateBatchEntity } from '../entities/certificate.entity';
import type { IssueOutcome } from './certificate-issuer.service';

/** Batches as the coordinator's progress page shows them: counts by state, one query for all. */
export async function describeBatches(
  dataSource: DataSource,
  directory: UserDirectoryService,
  batches: CertificateBatchEntity[],
): Promise<CertificateBatch[]> {
  if (batches.length === 0) return [];
  const counts: { batch_id: string; total: string; issued: string; failed: string; pending: string }[] =
    await dataSource.query(
      `SELECT batch_id, count(*) AS total,
              count(*) FILTER (WHERE status IN ('issued', 'revoked', 'superseded')) AS issued,
              count(*) FILTER (WHERE status = 'failed') AS failed,
              count(*) FILTER (WHERE status = 'pending') AS pending
         FROM certificates WHERE batch_id = ANY($1) GROUP BY batch_id`,
      [batches.map((batch) => batch.id)],
    );
  const byBatch = new Map(counts.map((count) => [count.batch_id, count]));
  const creators = await directory.byIds(batches.map((batch) => batch.createdById));
  return batches.map((batch) => {
    const count = byBatch.get(batch.id);
    return {
      id: batch.id,
      subject: { kind: batch.subjectKind, id: batch.subjectId, title: batch.subjectTitle },
      cohortId: batch.cohortId,
      cohortName: batch.cohortName,
      role: batch.role,
      templateId: batch.templateId,
      createdAt: batch.createdAt.toISOString(),
      createdBy: creators.get(batch.createdById)?.fullName ?? '',
      total: Number(count?.total ?? 0),
      issued: Number(count?.issued ?? 0),
      failed: Number(count?.failed ?? 0),
      pending: Number(count?.pending ?? 0),
      alreadyHeld: batch.alreadyHeld,
    };
  });
}

/** The audit entry of a bulk issue, written in the transaction that creates the batch (an issue order's beforeCommit). */
export function bulkIssueAudit(audit: AuditTrailService, actor: Principal, source: AuditBulkSource, requested: number) {
  return async (manager: EntityManager, { batch, created, alreadyHeld }: IssueOutcome): Promise<void> => {
    if (!batch) return;
    await audit.record(
      {
        action: 'certificate.bulk_issued',
        actor,
        subject: { type: 'certificate-batch', id: batch.id, label: batch.subjectTitle },
        details: {
          source,
          role: batch.role,
          subjectKind: batch.subjectKind,
          subjectId: batch.subjectId,
          requested,
          queued: created.length,
          alreadyHeld,
        },
      },
      manager,
    );
  };
}
