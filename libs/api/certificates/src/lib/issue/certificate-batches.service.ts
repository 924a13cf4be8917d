import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { AppError, Storage, translate, type Principal } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseCompletionsService, type CourseInfo } from '@bina-pustaka/api-learning';
import type {
  AuditBulkSource,
  CertificateBatch,
  CertificateBatchRejection,
  CertificateBatchResult,
  CertificateRole,
  Locale,
  Page,
} from '@bina-pustaka/shared-contracts';
import { WEBINAR_STAFF_BY_CERTIFICATE_ROLE } from '@bina-pustaka/shared-contracts';
import type {
  certificateBatchCsvQuerySchema,
  certificateBatchListQuerySchema,
  createCertificateBatchRequestSchema,
  createWebinarCertificateBatchRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { WebinarLedgerReaderService } from '@bina-pustaka/api-webinar';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import yazl from 'yazl';
import type { z } from 'zod';
import { CertificateBatchEntity, CertificateEntity } from '../entities/certificate.entity';
import type { CertificateTemplateEntity } from '../entities/certificate-template.entity';
import { CertificateIssuerService, type IssueRecipient } from './certificate-issuer.service';
import { CertificateQueueService } from './certificate-queue.service';
import type { QueuedCertificate } from './issue-certificate.job';
import { CertificateTemplatesService } from '../templates/certificate-templates.service';
import { isErasedGuest, pdfFileName, pdfStorageKey } from '../shared/certificate-links';
import { csvRowProblem, unusable } from './batch-recipients';
import { bulkIssueAudit, describeBatches } from './certificate-batch-view';

type BatchRequest = z.output<typeof createCertificateBatchRequestSchema>;
type WebinarBatchRequest = z.output<typeof createWebinarCertificateBatchRequestSchema>;
type CsvQuery = z.output<typeof certificateBatchCsvQuerySchema>;
type BatchListQuery = z.output<typeof certificateBatchListQuerySchema>;

const MAX_CSV_ROWS = 2_000;

/** A person asked for, with the CSV line they came from (if any). */
interface Wanted {
  userId: string;
  row: number | null;
}

interface Context {
  course: CourseInfo;
  template: CertificateTemplateEntity;
  cohort: { id: string; name: string } | null;
}

/** Bulk issue by coordinators: who gets one, the batch's live progress, retries and the ZIP. */
@Injectable()
export class CertificateBatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly completions: CourseCompletionsService,
    private readonly directory: UserDirectoryService,
    private readonly templates: CertificateTemplatesService,
    private readonly issuer: CertificateIssuerService,
    private readonly queue: CertificateQueueService,
    private readonly storage: Storage,
    private readonly webinars: WebinarLedgerReaderService,
    private readonly audit: AuditTrailService,
  ) {}

  async create(actor: Principal, request: BatchRequest, locale: Locale): Promise<CertificateBatchResult> {
    const context = await this.context(request.courseId, request.templateId, request.cohortId);
    const rejected: CertificateBatchRejection[] = [];
    let wanted: Wanted[] = [];
    if (request.userIds) {
      const users = await this.directory.byIds(request.userIds);
      wanted = [...new Set(request.userIds)].flatMap((userId) => {
        const reason = unusable(users.get(userId));
        if (reason) rejected.push({ userId, row: null, reason: translate(locale, reason) });
        return reason ? [] : [{ userId, row: null }];
      });
    }
    return this.issueFor(actor, context, request.role, wanted, rejected, request.forceReason ?? null, locale, {
      wholeCohort: request.userIds === undefined,
      source: request.userIds === undefined ? 'cohort' : 'picked',
    });
  }

  /**
   * A webinar session after its ledger is settled: participants at or above the attendance
   * threshold (and let through by webinar's certificate gates), or the session's presenters
   * (narasumber), moderators or hosts (panitia).
   */
  async createForWebinar(
    actor: Principal,
    request: WebinarBatchRequest,
    locale: Locale,
  ): Promise<CertificateBatchResult> {
    const session = await this.webinars.session(request.sessionId);
    if (!session) throw new AppError(404, 'certificates.sessionNotFound');
    if (!session.attendanceSettledAt || !session.endedAt) throw new AppError(409, 'certificates.sessionNotSettled');
    const template = request.templateId
      ? await this.templates.find(request.templateId)
      : session.courseId
        ? await this.templates.forCourse(session.courseId)
        : await this.templates.standard();
    if (!template) throw new AppError(422, 'certificates.noTemplate');
    const cohortName =
      session.cohortId && session.courseId
        ? await this.completions.cohortName(session.cohortId, session.courseId)
        : null;
    const cohort = session.cohortId && cohortName ? { id: session.cohortId, name: cohortName } : null;
    const { role } = request;
    let holderIds: string[];
    if (role === 'peserta') {
      const attended = (await this.webinars.settledAttendance(session.id))
        .filter((row) => row.role === 'attendee' && row.percent >= request.minAttendancePercent)
        .map((row) => row.userId);
      // Another domain may hold some back (an evaluation required for the certificate, not
      // answered yet): they are left out of this batch and can be issued in a later one;
      // when nobody else remains, the 422 names them and why.
      const { allowed, withheld } = await this.webinars.certifiable(session.id, attended);
      if (allowed.length === 0 && withheld.size > 0) {
        const rejected = [...withheld].map(([userId, reason]) => ({
          userId,
          row: null,
          reason: translate(locale, reason),
        }));
        return { batch: null, rejected };
      }
      holderIds = allowed;
    } else {
      holderIds = (await this.webinars.staff(session.id))
        .filter((member) => member.role === WEBINAR_STAFF_BY_CERTIFICATE_ROLE[role])
        .map((member) => member.userId);
    }
    if (holderIds.length === 0) {
      throw new AppError(422, role === 'peserta' ? 'certificates.nobodyAttended' : 'certificates.nobodyInRole', {
        percent: request.minAttendancePercent,
      });
    }
    const endedAt = session.endedAt;
    const outcome = await this.issuer.issue({
      subject: { kind: 'webinar', id: session.id, title: session.title, jp: session.jp },
      role,
      template,
      recipients: holderIds.map((holderId) => ({
        holderId,
        cohortId: cohort?.id ?? null,
        cohortName: cohort?.name ?? null,
        awardedAt: endedAt,
        forcedReason: null,
      })),
      requestedById: actor.userId,
      batch: { cohortId: cohort?.id ?? null, cohortName: cohort?.name ?? null, createdById: actor.userId },
      beforeCommit: this.recordBatch(actor, 'webinar', holderIds.length),
    });
    const [batch] = await this.describeMany(outcome.batch ? [outcome.batch] : []);
    return { batch, rejected: [] };
  }

  /** A CSV list (header with "email" or "nip"): everyone is issued, or nobody (422 with the reasons). */
  async createFromCsv(actor: Principal, query: CsvQuery, csv: string, locale: Locale): Promise<CertificateBatchResult> {
    const context = await this.context(query.courseId, query.templateId, undefined);
    let records: Record<string, string>[];
    try {
      const firstLine = csv.split('\n')[0];
      records = parse(csv, {
        bom: true,
        columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        delimiter: firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',',
      });
    } catch (error) {
      throw new AppError(400, 'certificates.csvUnreadable', { reason: (error as Error).message });
    }
    if (records.length === 0) throw new AppError(400, 'certificates.csvEmpty');
    if (!('email' in records[0]) && !('nip' in records[0])) throw new AppError(400, 'certificates.csvColumn');
    if (records.length > MAX_CSV_ROWS) throw new AppError(400, 'certificates.csvTooMany', { limit: MAX_CSV_ROWS });

    const emails = records.map((record) => record['email']?.toLowerCase()).filter((email): email is string => !!email);
    const nips = records.map((record) => record['nip']).filter((nip): nip is string => !!nip);
    const [byEmail, byNip] = await Promise.all([this.directory.byEmails(emails), this.directory.byNips(nips)]);
    const rejected: CertificateBatchRejection[] = [];
    const wanted: Wanted[] = [];
    const seenOnRow = new Map<string, number>();
    records.forEach((record, index) => {
      // Line numbers as a spreadsheet shows them: the header is line 1.
      const row = index + 2;
      const email = record['email']?.toLowerCase();
      const nip = record['nip'];
      const user = email ? byEmail.get(email) : nip ? byNip.get(nip) : undefined;
      const problem = csvRowProblem(email, nip, user, seenOnRow);
      if (problem) {
        rejected.push({ userId: user?.id ?? null, row, reason: translate(locale, problem.key, problem.params) });
      } else if (user) {
        seenOnRow.set(user.id, row);
        wanted.push({ userId: user.id, row });
      }
    });
    return this.issueFor(actor, context, query.role, wanted, rejected, query.forceReason ?? null, locale, {
      wholeCohort: false,
      source: 'csv',
    });
  }

  async list(query: BatchListQuery): Promise<Page<CertificateBatch>> {
    const [rows, total] = await this.dataSource.getRepository(CertificateBatchEntity).findAndCount({
      where: query.courseId ? { subjectId: query.courseId } : {},
      order: { createdAt: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: await this.describeMany(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<CertificateBatch> {
    return (await this.describeMany([await this.find(id)]))[0];
  }

  /** Puts the failed certificates of a batch back in the queue. */
  async retry(id: string): Promise<CertificateBatch> {
    const batch = await this.find(id);
    const [again] = (await this.dataSource.query(
      `UPDATE certificates SET status = 'pending', failure_reason = NULL
        WHERE batch_id = $1 AND status = 'failed'
        RETURNING id, holder_id AS "holderId", subject_id AS "subjectId", role, version`,
      [batch.id],
    )) as [QueuedCertificate[], number];
    await this.queue.enqueue(again);
    return this.get(id);
  }

  /** The batch's issued PDFs as one ZIP, streamed (files are opened one at a time). */
  async zip(id: string): Promise<{ stream: NodeJS.ReadableStream; fileName: string }> {
    const batch = await this.find(id);
    const rows = await this.dataSource.getRepository(CertificateEntity).find({
      select: { id: true, number: true, holderName: true, holderId: true, holderEmail: true },
      where: { batchId: batch.id, status: 'issued' },
      order: { holderName: 'ASC' },
    });
    const zip = new yazl.ZipFile();
    // An erased guest's PDF (it printed their name) is gone; their row alone stays to verify.
    for (const row of rows.filter((row) => !isErasedGuest(row))) {
      zip.addReadStreamLazy(pdfFileName(row), { compress: false }, (callback) =>
        callback(null, this.storage.open(pdfStorageKey(row.id))),
      );
    }
    zip.end();
    const day = batch.createdAt.toISOString().slice(0, 10);
    return { stream: zip.outputStream, fileName: `Sertifikat ${batch.subjectTitle} ${day}.zip` };
  }

  private async find(id: string): Promise<CertificateBatchEntity> {
    const batch = await this.dataSource.getRepository(CertificateBatchEntity).findOneBy({ id });
    if (!batch) throw new AppError(404, 'certificates.batchNotFound');
    return batch;
  }

  private async context(
    courseId: string,
    templateId: string | undefined,
    cohortId: string | undefined,
  ): Promise<Context> {
    const course = await this.completions.course(courseId);
    if (!course) throw new AppError(404, 'certificates.courseNotFound');
    if (course.status === 'draft') throw new AppError(422, 'certificates.courseDraft');
    const template = templateId ? await this.templates.find(templateId) : await this.templates.forCourse(courseId);
    if (!template) throw new AppError(422, 'certificates.noTemplate');
    let cohort: Context['cohort'] = null;
    if (cohortId) {
      const name = await this.completions.cohortName(cohortId, courseId);
      if (name === null) throw new AppError(404, 'certificates.cohortNotFound');
      cohort = { id: cohortId, name };
    }
    return { course, template, cohort };
  }

  /**
   * Participants need a completion (its cohort and date go on the certificate) unless a
   * reason is given; speakers, moderators and committee members need none.
   */
  private async issueFor(
    actor: Principal,
    context: Context,
    role: CertificateRole,
    wanted: Wanted[],
    rejected: CertificateBatchRejection[],
    forceReason: string | null,
    locale: Locale,
    options: { wholeCohort: boolean; source: AuditBulkSource },
  ): Promise<CertificateBatchResult> {
    const now = new Date();
    let recipients: IssueRecipient[];
    if (role === 'peserta') {
      const completed = await this.completions.ofCourse(context.course.id, {
        cohortId: context.cohort?.id,
        userIds: options.wholeCohort ? undefined : wanted.map((person) => person.userId),
      });
      const byUser = new Map(completed.map((completion) => [completion.userId, completion]));
      if (options.wholeCohort) {
        if (completed.length === 0) throw new AppError(422, 'certificates.nobodyEligible');
        wanted = completed.map((completion) => ({ userId: completion.userId, row: null }));
      }
      recipients = wanted.flatMap((person): IssueRecipient[] => {
        const completion = byUser.get(person.userId);
        if (completion) {
          return [
            {
              holderId: person.userId,
              cohortId: completion.cohortId,
              cohortName: completion.cohortName,
              awardedAt: completion.completedAt,
              forcedReason: null,
            },
          ];
        }
        if (forceReason) {
          return [
            {
              holderId: person.userId,
              cohortId: context.cohort?.id ?? null,
              cohortName: context.cohort?.name ?? null,
              awardedAt: now,
              forcedReason: forceReason,
            },
          ];
        }
        rejected.push({
          userId: person.userId,
          row: person.row,
          reason: translate(locale, 'certificates.notCompleted'),
        });
        return [];
      });
    } else {
      if (options.wholeCohort) throw new AppError(422, 'validation.certificateWhom');
      recipients = wanted.map((person) => ({
        holderId: person.userId,
        cohortId: context.cohort?.id ?? null,
        cohortName: context.cohort?.name ?? null,
        awardedAt: now,
        forcedReason: null,
      }));
    }
    if (rejected.length > 0) {
      return { batch: null, rejected: rejected.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
    }
    const outcome = await this.issuer.issue({
      subject: { kind: 'course', id: context.course.id, title: context.course.title, jp: context.course.jp },
      role,
      template: context.template,
      recipients,
      requestedById: actor.userId,
      batch: {
        cohortId: context.cohort?.id ?? null,
        cohortName: context.cohort?.name ?? null,
        createdById: actor.userId,
      },
      beforeCommit: this.recordBatch(actor, options.source, recipients.length),
    });
    const [batch] = await this.describeMany(outcome.batch ? [outcome.batch] : []);
    return { batch, rejected: [] };
  }

  private recordBatch(actor: Principal, source: AuditBulkSource, requested: number) {
    return bulkIssueAudit(this.audit, actor, source, requested);
  }

  private describeMany(batches: CertificateBatchEntity[]): Promise<CertificateBatch[]> {
    return describeBatches(this.dataSource, this.directory, batches);
  }
}
