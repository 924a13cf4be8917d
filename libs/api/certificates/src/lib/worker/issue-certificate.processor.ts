import { Readable } from 'node:stream';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, QUEUES, Storage, type AppConfig } from '@bina-pustaka/api-platform';
import { CERTIFICATE_SAMPLE_VALUES } from '@bina-pustaka/shared-contracts';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { CertificateEntity } from '../entities/certificate.entity';
import { CertificateRenderer } from '../render/certificate-renderer';
import { certificateValues } from '../render/certificate-values';
import { pdfStorageKey, verifyUrl } from '../services/certificates.service';
import { CertificateNotifier } from './certificate-notifier.service';
import type { IssueCertificateJob } from './issue-certificate.job';
import { SAMPLE_DESIGN } from '../render/sample-design';

/** Template images never change once uploaded: keep the recent ones in memory. */
const IMAGE_CACHE_SIZE = 64;

/**
 * Renders a pending certificate, stores its PDF and marks it issued. Every step may run
 * again (a retry, a stalled job picked up after the worker died): the file is overwritten
 * at the same key and the row changes only while it is still pending, so a certificate is
 * issued, and its holder told, once.
 */
@Processor(QUEUES.certificates, { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 3 })
export class IssueCertificateProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(IssueCertificateProcessor.name);
  private readonly renderer = CertificateRenderer.create();
  private readonly images = new Map<string, Buffer>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: Storage,
    private readonly notifier: CertificateNotifier,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.certificates.workerConcurrency;
    // The first document costs 10-30x a steady one (font subsetting code paths warm up).
    await this.renderer.render({
      design: SAMPLE_DESIGN,
      values: CERTIFICATE_SAMPLE_VALUES,
      issuer: 'Bina Pustaka',
      code: '000000000000',
      verifyUrl: verifyUrl(this.config, '000000000000'),
      images: new Map(),
    });
  }

  async process(job: Job<IssueCertificateJob>): Promise<'issued' | 'skipped'> {
    const repository = this.dataSource.getRepository(CertificateEntity);
    const certificate = await repository.findOneBy({ id: job.data.certificateId });
    if (certificate?.status !== 'pending') return 'skipped';
    try {
      const pdf = await this.renderer.render({
        design: certificate.design,
        values: certificateValues(certificate),
        issuer: certificate.issuerName,
        code: certificate.code,
        verifyUrl: verifyUrl(this.config, certificate.code),
        images: await this.loadImages(certificate.imageKeys),
      });
      await this.storage.put(pdfStorageKey(certificate.id), Readable.from([pdf]));
      const [issued] = (await this.dataSource.query(
        `UPDATE certificates SET status = 'issued', issued_at = now(), failure_reason = NULL
          WHERE id = $1 AND status = 'pending' RETURNING id`,
        [certificate.id],
      )) as [{ id: string }[], number];
      if (issued.length === 0) return 'skipped';
      await this.notifier.issued(certificate).catch((error: Error) => {
        this.logger.warn(`Certificate ${certificate.id} issued, but its holder was not told: ${error.message}`);
      });
      return 'issued';
    } catch (error) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await repository.update(
          { id: certificate.id, status: 'pending' },
          { status: 'failed', failureReason: (error as Error).message.slice(0, 500) },
        );
      }
      throw error;
    }
  }

  private async loadImages(keys: Record<string, string>): Promise<Map<string, Buffer>> {
    const loaded = new Map<string, Buffer>();
    for (const [id, key] of Object.entries(keys)) {
      let bytes = this.images.get(key);
      if (!bytes) {
        bytes = await this.storage.read(key);
        if (this.images.size >= IMAGE_CACHE_SIZE) this.images.delete(this.images.keys().next().value as string);
        this.images.set(key, bytes);
      }
      loaded.set(id, bytes);
    }
    return loaded;
  }
}
