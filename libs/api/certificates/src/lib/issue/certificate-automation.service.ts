import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import { CourseCompletionsService, type CompletionRecord } from '@bina-pustaka/api-learning';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { CertificateIssuerService } from './certificate-issuer.service';
import { CertificateQueueService } from './certificate-queue.service';
import type { QueuedCertificate } from './issue-certificate.job';
import { CertificateTemplatesService } from '../templates/certificate-templates.service';

const PAGE = 500;

export interface ReconcileResult {
  /** Pending certificates put in the queue again (their job was lost or never added). */
  requeued: number;
  /** Completions that had no certificate and now have one pending. */
  issued: number;
}

/**
 * Certificates nobody has to ask for: one for each course completion, at once through
 * learning's completion hook, and by a periodic reconciler that repairs what a crash or a
 * lost Redis left behind. One api process reconciles at a time (a lock in Redis).
 */
@Injectable()
export class CertificateAutomationService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CertificateAutomationService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly completions: CourseCompletionsService,
    private readonly templates: CertificateTemplatesService,
    private readonly issuer: CertificateIssuerService,
    private readonly queue: CertificateQueueService,
  ) {}

  onModuleInit(): void {
    this.completions.onCompleted(async ({ userId, courseId }) => {
      const completed = await this.completions.ofCourse(courseId, { userIds: [userId] });
      await this.issueForCompletions(completed);
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.reconcile().catch((error: Error) =>
        this.logger.error(`Certificate reconciliation failed: ${error.message}`),
      );
    }, this.config.certificates.reconcileSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async reconcile(options: { pendingForSeconds?: number } = {}): Promise<ReconcileResult> {
    const lockKey = `${this.config.redis.prefix}:lock:certificate-reconciler`;
    const token = randomUUID();
    const locked = await this.redis.set(lockKey, token, 'PX', 10 * 60_000, 'NX');
    if (!locked) return { requeued: 0, issued: 0 };
    try {
      const requeued = await this.requeuePending(options.pendingForSeconds ?? 30);
      const issued = await this.issueMissing();
      if (requeued + issued > 0) this.logger.log(`Reconciled certificates: ${requeued} requeued, ${issued} issued`);
      return { requeued, issued };
    } finally {
      // Only our own lock is released (it may have expired and been taken by another).
      await this.redis.eval(
        `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`,
        1,
        lockKey,
        token,
      );
    }
  }

  /** Rows waiting longer than a job normally takes: adding their job again is harmless (same id). */
  private async requeuePending(olderThanSeconds: number): Promise<number> {
    let total = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: QueuedCertificate[] = await this.dataSource.query(
        `SELECT id, holder_id AS "holderId", subject_id AS "subjectId", role, version FROM certificates
            WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1) AND id > $2
            ORDER BY id LIMIT $3`,
        [olderThanSeconds, after, PAGE * 4],
      );
      if (rows.length === 0) return total;
      await this.queue.enqueue(rows);
      total += rows.length;
      after = rows[rows.length - 1].id;
    }
  }

  /** Recent completions with no participant certificate at all (a revoked one is not redone). */
  private async issueMissing(): Promise<number> {
    const from = new Date(Date.now() - this.config.certificates.reconcileDays * 24 * 3600 * 1000);
    let issued = 0;
    let after: { completedAt: Date; id: string } | null = null;
    for (;;) {
      const page = await this.completions.since(from, after, PAGE);
      if (page.length === 0) return issued;
      after = { completedAt: page[page.length - 1].completedAt, id: page[page.length - 1].id };
      const held: { holder_id: string; subject_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT holder_id, subject_id FROM certificates
          WHERE subject_kind = 'course' AND role = 'peserta' AND holder_id = ANY($1) AND subject_id = ANY($2)`,
        [[...new Set(page.map((row) => row.userId))], [...new Set(page.map((row) => row.courseId))]],
      );
      const heldKeys = new Set(held.map((row) => `${row.holder_id}:${row.subject_id}`));
      issued += await this.issueForCompletions(page.filter((row) => !heldKeys.has(`${row.userId}:${row.courseId}`)));
    }
  }

  /** Participant certificates for completions, course by course, with each course's template. */
  private async issueForCompletions(completions: CompletionRecord[]): Promise<number> {
    const byCourse = new Map<string, CompletionRecord[]>();
    for (const completion of completions) {
      byCourse.set(completion.courseId, [...(byCourse.get(completion.courseId) ?? []), completion]);
    }
    let created = 0;
    for (const [courseId, completed] of byCourse) {
      const [course, template] = await Promise.all([
        this.completions.course(courseId),
        this.templates.forCourse(courseId),
      ]);
      // No template yet: the reconciler issues them once one exists.
      if (!course || !template) continue;
      const outcome = await this.issuer.issue({
        subject: { kind: 'course', id: course.id, title: course.title, jp: course.jp },
        role: 'peserta',
        template,
        recipients: completed.map((completion) => ({
          holderId: completion.userId,
          cohortId: completion.cohortId,
          cohortName: completion.cohortName,
          awardedAt: completion.completedAt,
          forcedReason: null,
        })),
        requestedById: null,
      });
      created += outcome.created.length;
    }
    return created;
  }
}
