import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@bina-pustaka/api-platform';
import type { CertificateVerification } from '@bina-pustaka/shared-contracts';
import { formatCertificateCode } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import { CertificateEntity } from '../entities/certificate.entity';

/** The public verify page behind a certificate's QR code: what anyone holding the code may know. */
@Injectable()
export class CertificateVerificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pending or failed certificates are not certificates yet: they are not found. */
  async verify(code: string): Promise<CertificateVerification> {
    const row = await this.dataSource.getRepository(CertificateEntity).findOneBy({ code });
    if (!row || row.status === 'pending' || row.status === 'failed' || !row.issuedAt) {
      throw new AppError(404, 'certificates.verifyNotFound');
    }
    const replacement = row.replacedById
      ? await this.dataSource
          .getRepository(CertificateEntity)
          .findOne({ select: { code: true }, where: { id: row.replacedById } })
      : null;
    return {
      code: formatCertificateCode(row.code),
      status: row.status === 'issued' ? 'valid' : row.status,
      number: row.number,
      holderName: row.holderName,
      role: row.role,
      subjectKind: row.subjectKind,
      subjectTitle: row.subjectTitle,
      coOrganisers: row.coOrganisers,
      cohortName: row.cohortName,
      jp: row.jp,
      awardedAt: row.awardedAt.toISOString(),
      issuedAt: row.issuedAt.toISOString(),
      issuer: row.issuerName,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revokedReason: row.revokedReason,
      replacedByCode: replacement ? formatCertificateCode(replacement.code) : null,
    };
  }
}
