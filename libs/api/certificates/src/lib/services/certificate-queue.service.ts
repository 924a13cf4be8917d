import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@bina-pustaka/api-platform';
import type { Queue } from 'bullmq';
import type { CertificateEntity } from '../entities/certificate.entity';
import { ISSUE_CERTIFICATE_JOB, type IssueCertificateJob } from '../worker/issue-certificate.job';

type Queued = Pick<CertificateEntity, 'id' | 'holderId' | 'subjectId' | 'role' | 'version'>;

/**
 * The job id names the holder, subject, role and version: asking for the same certificate
 * twice (a double click, a retry, the reconciler) finds the job already there and adds
 * nothing.
 */
export const issueJobId = (certificate: Queued) =>
  `cert-${certificate.holderId}-${certificate.subjectId}-${certificate.role}-v${certificate.version}`;

@Injectable()
export class CertificateQueue {
  constructor(@InjectQueue(QUEUES.certificates) private readonly queue: Queue<IssueCertificateJob>) {}

  async enqueue(certificates: readonly Queued[]): Promise<void> {
    if (certificates.length === 0) return;
    await this.queue.addBulk(
      certificates.map((certificate) => ({
        name: ISSUE_CERTIFICATE_JOB,
        data: { certificateId: certificate.id },
        opts: {
          jobId: issueJobId(certificate),
          attempts: 5,
          backoff: { type: 'exponential', delay: 2_000 },
          // The certificate row keeps the outcome; Redis need not.
          removeOnComplete: true,
          removeOnFail: true,
        },
      })),
    );
  }
}
