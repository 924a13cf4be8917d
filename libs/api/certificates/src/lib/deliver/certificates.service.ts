import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppError,
  containsPattern,
  Storage,
  UrlSignerService,
  type AppConfig,
  type Principal,
} from '@bina-pustaka/api-platform';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Certificate, Page } from '@bina-pustaka/shared-contracts';
import type { certificateListQuerySchema } from '@bina-pustaka/shared-contracts/schemas';
import { formatCertificateCode } from '@bina-pustaka/shared-util';
import type { Readable } from 'node:stream';
import { Brackets, DataSource } from 'typeorm';
import type { z } from 'zod';
import { CertificateEntity } from '../entities/certificate.entity';
import { isErasedGuest, pdfFileName, pdfStorageKey, verifyUrl } from '../shared/certificate-links';

type ListQuery = z.output<typeof certificateListQuerySchema>;

const certificateSigningSubject = (id: string) => `certificate:${id}`;

const isStaff = (actor: Principal) => actor.roles.includes('coordinator') || actor.roles.includes('admin');

/**
 * Certificates as their holders and coordinators see them: lists, one certificate, its PDF
 * behind a signed link, and revocation (after which the PDF is no longer served).
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: Storage,
    private readonly signer: UrlSignerService,
    private readonly directory: UserDirectoryService,
    private readonly audit: AuditTrailService,
  ) {}

  async list(actor: Principal, query: ListQuery): Promise<Page<Certificate>> {
    const builder = this.dataSource.getRepository(CertificateEntity).createQueryBuilder('c');
    if (query.courseId) builder.andWhere(`c.subjectKind = 'course' AND c.subjectId = :courseId`, query);
    if (query.cohortId) builder.andWhere('c.cohortId = :cohortId', query);
    if (query.batchId) builder.andWhere('c.batchId = :batchId', query);
    if (query.status) builder.andWhere('c.status = :status', query);
    if (query.q) {
      const pattern = containsPattern(query.q);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('c.holderName ILIKE :pattern', { pattern })
            .orWhere('c.number ILIKE :pattern')
            .orWhere('c.holderNip ILIKE :pattern')
            .orWhere('c.code = :code', { code: query.q?.toUpperCase().replace(/[\s-]/g, '') }),
        ),
      );
    }
    const [rows, total] = await builder
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.holderName', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((row) => this.describe(row, actor.userId)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async mine(actor: Principal): Promise<Certificate[]> {
    const rows = await this.dataSource
      .getRepository(CertificateEntity)
      .find({ where: { holderId: actor.userId }, order: { createdAt: 'DESC' } });
    return rows.map((row) => this.describe(row, actor.userId));
  }

  /** One certificate, for its holder or a coordinator; anyone else is told it does not exist. */
  async get(actor: Principal, id: string): Promise<Certificate> {
    const row = await this.dataSource.getRepository(CertificateEntity).findOneBy({ id });
    if (!row || (row.holderId !== actor.userId && !isStaff(actor))) throw new AppError(404, 'certificates.notFound');
    return this.describe(row, actor.userId);
  }

  async find(id: string): Promise<CertificateEntity> {
    const row = await this.dataSource.getRepository(CertificateEntity).findOneBy({ id });
    if (!row) throw new AppError(404, 'certificates.notFound');
    return row;
  }

  /** The PDF behind a signed link, checked again: the signer must still be its holder or staff. */
  async pdf(
    id: string,
    link: { userId: string; expires: number; signature: string },
  ): Promise<{ stream: Readable; size: number; fileName: string }> {
    if (!this.signer.verify(certificateSigningSubject(id), link.userId, link)) {
      throw new AppError(403, 'certificates.linkInvalid');
    }
    const row = await this.dataSource.getRepository(CertificateEntity).findOneBy({ id });
    const viewer = (await this.directory.byIds([link.userId])).get(link.userId);
    const allowed =
      viewer?.status === 'active' &&
      (row?.holderId === viewer.id || viewer.roles.includes('coordinator') || viewer.roles.includes('admin'));
    if (!row || !allowed) throw new AppError(404, 'certificates.notFound');
    if (row.status === 'revoked') throw new AppError(410, 'certificates.revoked');
    if (row.status === 'superseded') throw new AppError(410, 'certificates.superseded');
    if (row.status === 'pending') throw new AppError(409, 'certificates.pending');
    if (row.status === 'failed') throw new AppError(409, 'certificates.failed');
    if (isErasedGuest(row)) throw new AppError(410, 'certificates.holderErased');
    const key = pdfStorageKey(row.id);
    return { stream: this.storage.open(key), size: await this.storage.size(key), fileName: pdfFileName(row) };
  }

  async revoke(actor: Principal, id: string, reason: string): Promise<CertificateEntity> {
    return this.dataSource.transaction(async (manager) => {
      const [updated] = (await manager.query(
        `UPDATE certificates SET status = 'revoked', revoked_at = now(), revoked_reason = $2
          WHERE id = $1 AND status = 'issued' RETURNING id`,
        [id, reason],
      )) as [{ id: string }[], number];
      const row = await manager.getRepository(CertificateEntity).findOneBy({ id });
      if (!row) throw new AppError(404, 'certificates.notFound');
      if (updated.length === 0) {
        throw new AppError(409, row.status === 'revoked' ? 'certificates.alreadyRevoked' : 'certificates.notIssued');
      }
      await this.audit.record(
        {
          action: 'certificate.revoked',
          actor,
          subject: { type: 'certificate', id, label: `${row.holderName} (${row.number})` },
          details: { number: row.number, holderId: row.holderId, reason },
        },
        manager,
      );
      return row;
    });
  }

  describe(row: CertificateEntity, viewerId: string): Certificate {
    return {
      id: row.id,
      code: formatCertificateCode(row.code),
      number: row.number,
      status: row.status,
      role: row.role,
      holder: { id: row.holderId, fullName: row.holderName, nip: row.holderNip, institution: row.holderInstitution },
      subject: { kind: row.subjectKind, id: row.subjectId, title: row.subjectTitle },
      cohortName: row.cohortName,
      jp: row.jp,
      version: row.version,
      awardedAt: row.awardedAt.toISOString(),
      issuedAt: row.issuedAt?.toISOString() ?? null,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revokedReason: row.revokedReason,
      forcedReason: row.forcedReason,
      failureReason: row.failureReason,
      batchId: row.batchId,
      pdfUrl:
        row.status === 'issued'
          ? `/api/certificates/${row.id}/pdf?${this.signer.signedQuery(certificateSigningSubject(row.id), viewerId)}`
          : null,
      verifyUrl: verifyUrl(this.config, row.code),
    };
  }
}
