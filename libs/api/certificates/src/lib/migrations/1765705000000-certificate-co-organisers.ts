import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-organisers on certificates (issue 15): an event run with partner organisations prints
 * "Bekerja sama dengan: …" with their names. They are copied in when the certificate is
 * asked for, as the subject's title is, so a retry or a later download prints the same.
 */
export class CertificateCoOrganisers1765705000000 implements MigrationInterface {
  name = 'CertificateCoOrganisers1765705000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificates ADD COLUMN co_organisers text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificates DROP COLUMN co_organisers`);
  }
}
