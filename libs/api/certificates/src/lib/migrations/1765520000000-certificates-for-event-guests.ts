import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates for events (issue 15): an event's guests register without an account, so a
 * certificate may name a holder by the name and email copied onto it (holder_id null). Only
 * an event's certificate may be held so; a guest's one live certificate per event and role
 * is kept by their email as a member's is by their id. Facilitators get their own role.
 */
export class CertificatesForEventGuests1765520000000 implements MigrationInterface {
  name = 'CertificatesForEventGuests1765520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_subject_kind`);
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_subject_kind CHECK (subject_kind IN ('course', 'webinar', 'event'))`,
    );
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_role`);
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_role
         CHECK (role IN ('peserta', 'narasumber', 'moderator', 'panitia', 'fasilitator'))`,
    );
    await db.query(`ALTER TABLE certificates ALTER COLUMN holder_id DROP NOT NULL`);
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_guest_holder CHECK (holder_id IS NOT NULL OR subject_kind = 'event')`,
    );
    await db.query(`
      CREATE UNIQUE INDEX uq_certificates_guest_version ON certificates (holder_email, subject_kind, subject_id, role, version)
        WHERE holder_id IS NULL`);
    await db.query(`
      CREATE UNIQUE INDEX uq_certificates_one_live_per_guest_subject_role
        ON certificates (holder_email, subject_kind, subject_id, role)
        WHERE holder_id IS NULL AND status IN ('pending', 'issued', 'failed')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM certificates WHERE subject_kind = 'event'`);
    await db.query(`DELETE FROM certificate_batches WHERE subject_kind = 'event'`);
    await db.query(`DROP INDEX uq_certificates_one_live_per_guest_subject_role`);
    await db.query(`DROP INDEX uq_certificates_guest_version`);
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_guest_holder`);
    await db.query(`ALTER TABLE certificates ALTER COLUMN holder_id SET NOT NULL`);
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_role`);
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_role CHECK (role IN ('peserta', 'narasumber', 'moderator', 'panitia'))`,
    );
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_subject_kind`);
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_subject_kind CHECK (subject_kind IN ('course', 'webinar'))`,
    );
  }
}
