import type { CertificateEntity } from '../entities/certificate.entity';

/**
 * The job the api queues on the `certificates` queue (CertificateQueueService) and the
 * worker takes (deliver/issue-certificate.processor.ts): render and store one certificate
 * that was asked for (its row is already there, pending).
 */
export interface IssueCertificateJob {
  certificateId: string;
}

export const ISSUE_CERTIFICATE_JOB = 'issue-certificate';

export type QueuedCertificate = Pick<CertificateEntity, 'id' | 'holderId' | 'subjectId' | 'role' | 'version'>;

/**
 * The job id names the holder, subject, role and version: asking for the same certificate
 * twice (a double click, a retry, the reconciler) finds the job already there and adds
 * nothing. A guest's certificate (no account) is named by its own row, which is just as
 * much one per holder, subject, role and version, and keeps their email out of Redis.
 */
export const issueJobId = (certificate: QueuedCertificate) =>
  certificate.holderId === null
    ? `cert-guest-${certificate.id}`
    : `cert-${certificate.holderId}-${certificate.subjectId}-${certificate.role}-v${certificate.version}`;
