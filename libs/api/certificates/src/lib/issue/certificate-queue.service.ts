import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@bina-pustaka/api-platform';
import type { Queue } from 'bullmq';
import {
  ISSUE_CERTIFICATE_JOB,
  issueJobId,
  type IssueCertificateJob,
  type QueuedCertificate,
} from './issue-certificate.job';

/** Queues the rendering of pending certificates; the same certificate twice is one job. */
@Injectable()
export class CertificateQueueService {
  constructor(@InjectQueue(QUEUES.certificates) private readonly queue: Queue<IssueCertificateJob>) {}

  async enqueue(certificates: readonly QueuedCertificate[]): Promise<void> {
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
