import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  LearningRecordRegistryService,
  type AppConfig,
  type LearningRecordPart,
  type LearningRecordSource,
} from '@bina-pustaka/api-platform';
import type { CertificateRole, CertificateSubjectKind } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { verifyUrl } from '../shared/certificate-links';

/**
 * Certificates' part of a librarian's learning record (issue 16): the ones they hold that
 * anyone can verify now (issued; not pending, revoked or replaced), with the verify page.
 */
@Injectable()
export class CertificateRecordService implements LearningRecordSource, OnModuleInit {
  readonly name = 'certificates';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: LearningRecordRegistryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<LearningRecordPart> {
    const rows: {
      kind: CertificateSubjectKind;
      sourceId: string;
      role: CertificateRole;
      number: string;
      code: string;
      title: string;
      issuerName: string;
      jp: string;
      awardedAt: Date;
    }[] = await this.dataSource.query(
      `SELECT subject_kind AS kind, subject_id AS "sourceId", role, number, code, subject_title AS title,
              issuer_name AS "issuerName", jp, awarded_at AS "awardedAt"
         FROM certificates WHERE holder_id = $1 AND status = 'issued'`,
      [userId],
    );
    return {
      certificates: rows.map((row) => ({ ...row, jp: Number(row.jp), verifyUrl: verifyUrl(this.config, row.code) })),
    };
  }
}
