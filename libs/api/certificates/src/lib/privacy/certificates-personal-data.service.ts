import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { erasedEmail, PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A person's certificates. Erasing keeps them: anyone holding one can still verify it, and
 * the holder's name stays printed on it (the one place the name survives the account).
 * Only the mail address copied onto them goes, so nothing is ever sent there again.
 */
@Injectable()
export class CertificatesPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'certificates';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  collect(userId: string): Promise<unknown> {
    return this.dataSource.query(
      `SELECT number, code, subject_title AS "subject", role, status, holder_name AS "holderName",
              holder_nip AS "holderNip", holder_institution AS "holderInstitution", jp,
              awarded_at AS "awardedAt", issued_at AS "issuedAt", revoked_at AS "revokedAt"
       FROM certificates WHERE holder_id = $1 ORDER BY awarded_at`,
      [userId],
    );
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE certificates SET holder_email = $2 WHERE holder_id = $1`, [
      userId,
      erasedEmail(userId),
    ]);
  }
}
