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
 * nothing.
 */
export const issueJobId = (certificate: QueuedCertificate) =>
  `cert-${certificate.holderId}-${certificate.subjectId}-${certificate.role}-v${certificate.version}`;
