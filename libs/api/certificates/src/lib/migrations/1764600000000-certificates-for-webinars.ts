import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Certificates for webinar sessions (attended, or spoken at) besides completed courses. */
export class CertificatesForWebinars1764600000000 implements MigrationInterface {
  name = 'CertificatesForWebinars1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_subject_kind`);
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_subject_kind CHECK (subject_kind IN ('course', 'webinar'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_subject_kind`);
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_subject_kind CHECK (subject_kind IN ('course'))`,
    );
  }
}
