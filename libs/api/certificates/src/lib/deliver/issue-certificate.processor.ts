import { Processor } from '@nestjs/bullmq';
import { Inject, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, QUEUES, QueueWorkerHost, Storage, type AppConfig } from '@bina-pustaka/api-platform';
import { CERTIFICATE_SAMPLE_VALUES, type CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { CertificateEntity } from '../entities/certificate.entity';
import { CertificateRenderError, certificateFailure } from '../render/certificate-render-error';
import { CertificateRenderPool, RENDER_THREAD_ENTRY, type RenderThreadEntry } from '../render/certificate-render-pool';
import { certificateValues } from '../render/certificate-values';
import { SAMPLE_DESIGN } from '../templates/sample-design';
import { pdfStorageKey, verifyUrl } from '../shared/certificate-links';
import { CertificateNotifierService } from './certificate-notifier.service';
import { GroupBatcher } from './group-batcher';
import type { IssueCertificateJob } from '../issue/issue-certificate.job';

/** Template images never change once uploaded: keep the recent ones in memory. */
const IMAGE_CACHE_SIZE = 64;
/** Designs by their JSON: the certificates of a cohort share one object (parsed once, sent to a render thread once). */
const DESIGN_CACHE_SIZE = 16;
/** How long a rendered certificate may wait for others to be marked issued with it. */
const ISSUE_LINGER_MS = 50;
/** How long a job may wait for others to have their rows read with it. */
const LOAD_LINGER_MS = 2;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the worker reads of a pending certificate: what it prints and whom it tells. */
type IssuingCertificate = Pick<
  CertificateEntity,
  | 'id'
  | 'code'
  | 'number'
  | 'role'
  | 'holderId'
  | 'holderName'
  | 'holderNip'
  | 'holderInstitution'
  | 'holderEmail'
  | 'subjectTitle'
  | 'coOrganisers'
  | 'cohortName'
  | 'jp'
  | 'issuerName'
  | 'design'
  | 'imageKeys'
  | 'awardedAt'
>;

type IssuingRow = Omit<IssuingCertificate, 'design'> & { design: string };

/**
 * Renders a pending certificate, stores its PDF and marks it issued. Every step may run
 * again (a retry, a stalled job picked up after the worker died, a duplicate job): the
 * file is overwritten at the same key and the row changes only while it is still pending,
 * so a certificate is issued, and its holder told, once.
 *
 * The jobs in hand (CERTIFICATE_WORKER_CONCURRENCY) share their queries: the rows are read
 * and marked issued in batches (one SELECT, one UPDATE and one notification INSERT for the
 * jobs that got there at the same time), and the PDFs are drawn in a render thread while
 * this thread does the rest.
 */
@Processor(QUEUES.certificates, { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 3 })
export class IssueCertificateProcessor
  extends QueueWorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(IssueCertificateProcessor.name);
  private readonly images = new Map<string, Buffer>();
  private readonly designs = new Map<string, CertificateTemplateDesign>();
  private readonly pool: CertificateRenderPool;
  /** Jobs being processed now. */
  private inHand = 0;
  private readonly pending = new GroupBatcher((ids: string[]) => this.loadPending(ids), { lingerMs: LOAD_LINGER_MS });
  /**
   * Rendered certificates wait to be marked issued together, but only while enough other
   * jobs are in hand to keep the render threads busy: the slots they hold are what brings
   * the next jobs in.
   */
  private readonly issuing = new GroupBatcher((certificates: IssuingCertificate[]) => this.markIssued(certificates), {
    lingerMs: ISSUE_LINGER_MS,
    nothingElseComing: (waiting) => this.inHand - waiting <= 2 * Math.max(1, this.pool.threadCount),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: Storage,
    private readonly notifier: CertificateNotifierService,
    @Inject(RENDER_THREAD_ENTRY) renderThread: RenderThreadEntry | null,
  ) {
    super();
    this.pool = new CertificateRenderPool(
      config.certificates.renderThreads,
      {
        design: SAMPLE_DESIGN,
        values: CERTIFICATE_SAMPLE_VALUES,
        issuer: 'Bina Pustaka',
        code: '000000000000',
        verifyUrl: verifyUrl(config, '000000000000'),
      },
      renderThread,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.certificates.workerConcurrency;
    await this.pool.start();
  }

  /** Lets the jobs in hand finish before the render threads stop (and before the database closes). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.pool.close();
  }

  async process(job: Job<IssueCertificateJob>): Promise<'issued' | 'skipped'> {
    this.inHand += 1;
    try {
      return await this.issue(job);
    } finally {
      this.inHand -= 1;
    }
  }

  private async issue(job: Job<IssueCertificateJob>): Promise<'issued' | 'skipped'> {
    const { certificateId } = job.data;
    if (typeof certificateId !== 'string' || !UUID.test(certificateId)) return 'skipped';
    const certificate = await this.pending.submit(certificateId);
    if (!certificate) return 'skipped';
    try {
      const pdf = await this.pool.render(
        {
          design: certificate.design,
          values: certificateValues(certificate),
          issuer: certificate.issuerName,
          code: certificate.code,
          verifyUrl: verifyUrl(this.config, certificate.code),
          coOrganisers: certificate.coOrganisers,
          images: await this.loadImages(certificate.imageKeys),
        },
        certificate.imageKeys,
      );
      await this.storage.write(pdfStorageKey(certificate.id), pdf);
      return (await this.issuing.submit(certificate)) ? 'issued' : 'skipped';
    } catch (error) {
      const attempt = job.attemptsMade + 1;
      const attempts = job.opts.attempts ?? 1;
      const failure = certificateFailure(error);
      // The raw error for whoever reads the log; the row (what coordinators see) gets its readable kind.
      this.logger.warn(
        `Certificate ${certificate.id} not made (attempt ${attempt} of ${attempts}, ${failure}): ${(error as Error).message}`,
      );
      if (attempt >= attempts) {
        await this.dataSource.query(
          `UPDATE certificates SET status = 'failed', failure_reason = $2 WHERE id = $1 AND status = 'pending'`,
          [certificate.id, failure],
        );
      }
      throw error;
    }
  }

  /** The certificates that are still pending, by id (null for the others). */
  private async loadPending(ids: string[]): Promise<(IssuingCertificate | null)[]> {
    const rows: IssuingRow[] = await this.dataSource.query(
      `SELECT id, code, number, role, holder_id AS "holderId", holder_name AS "holderName",
              holder_nip AS "holderNip", holder_institution AS "holderInstitution",
              holder_email AS "holderEmail", subject_title AS "subjectTitle", co_organisers AS "coOrganisers",
              cohort_name AS "cohortName",
              jp::float8 AS jp, issuer_name AS "issuerName", design::text AS design, image_keys AS "imageKeys",
              awarded_at AS "awardedAt"
         FROM certificates WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [[...new Set(ids)]],
    );
    const byId = new Map(rows.map((row) => [row.id, { ...row, design: this.design(row.design) }]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private design(json: string): CertificateTemplateDesign {
    let design = this.designs.get(json);
    if (!design) {
      design = JSON.parse(json) as CertificateTemplateDesign;
      if (this.designs.size >= DESIGN_CACHE_SIZE) this.designs.delete(this.designs.keys().next().value as string);
      this.designs.set(json, design);
    }
    return design;
  }

  /**
   * Marks rendered certificates issued (those still pending) and tells their holders.
   * Answers, per job, whether it issued its certificate: of two jobs for the same one in
   * a batch, only the first did.
   */
  private async markIssued(certificates: IssuingCertificate[]): Promise<boolean[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE certificates SET status = 'issued', issued_at = now(), failure_reason = NULL
        WHERE id = ANY($1::uuid[]) AND status = 'pending' RETURNING id`,
      [[...new Set(certificates.map((certificate) => certificate.id))]],
    )) as [{ id: string }[], number];
    const issued = new Set(rows.map((row) => row.id));
    const outcome = certificates.map((certificate) => issued.delete(certificate.id));
    const told = certificates.filter((_, index) => outcome[index]);
    await this.notifier.issued(told).catch((error: Error) => {
      this.logger.warn(`${told.length} certificates issued, but their holders were not told: ${error.message}`);
    });
    return outcome;
  }

  private async loadImages(keys: Record<string, string>): Promise<Map<string, Buffer>> {
    const loaded = new Map<string, Buffer>();
    for (const [id, key] of Object.entries(keys)) {
      let bytes = this.images.get(key);
      if (!bytes) {
        bytes = await this.storage.read(key).catch((error: Error) => {
          throw new CertificateRenderError('imageUnreadable', `template image ${key}: ${error.message}`);
        });
        if (this.images.size >= IMAGE_CACHE_SIZE) this.images.delete(this.images.keys().next().value as string);
        this.images.set(key, bytes);
      }
      loaded.set(id, bytes);
    }
    return loaded;
  }
}
