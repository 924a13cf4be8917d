import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCertificates1764200000000 implements MigrationInterface {
  name = 'CreateCertificates1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE certificate_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        storage_key text NOT NULL,
        uploaded_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_certificate_images_storage_key UNIQUE (storage_key),
        CONSTRAINT ck_certificate_images_kind CHECK (kind IN ('background', 'logo', 'signature'))
      )`);

    await db.query(`
      CREATE TABLE certificate_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        institution_id uuid REFERENCES institutions (id) ON DELETE SET NULL,
        design jsonb NOT NULL,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_certificate_templates_one_default ON certificate_templates (is_default) WHERE is_default`,
    );

    await db.query(`
      CREATE TABLE course_certificate_templates (
        course_id uuid PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
        template_id uuid NOT NULL REFERENCES certificate_templates (id) ON DELETE CASCADE
      )`);

    // The running number of each institution's year; rows are only ever incremented.
    await db.query(`
      CREATE TABLE certificate_number_counters (
        institution_key text NOT NULL,
        year integer NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (institution_key, year)
      )`);

    await db.query(`
      CREATE TABLE certificate_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_kind text NOT NULL,
        subject_id uuid NOT NULL,
        subject_title text NOT NULL,
        cohort_id uuid,
        cohort_name text,
        role text NOT NULL,
        template_id uuid NOT NULL,
        already_held integer NOT NULL DEFAULT 0,
        created_by_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_certificate_batches_subject ON certificate_batches (subject_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        number text NOT NULL,
        number_series text NOT NULL,
        holder_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        subject_kind text NOT NULL,
        subject_id uuid NOT NULL,
        role text NOT NULL,
        version integer NOT NULL,
        status text NOT NULL,
        holder_name text NOT NULL,
        holder_nip text,
        holder_institution text,
        holder_email text NOT NULL,
        subject_title text NOT NULL,
        cohort_id uuid,
        cohort_name text,
        jp numeric(6, 2) NOT NULL,
        issuer_name text NOT NULL,
        template_id uuid,
        design jsonb NOT NULL,
        image_keys jsonb NOT NULL,
        batch_id uuid REFERENCES certificate_batches (id) ON DELETE SET NULL,
        forced_reason text,
        failure_reason text,
        awarded_at timestamptz NOT NULL,
        issued_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text,
        replaced_by_id uuid REFERENCES certificates (id),
        requested_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_certificates_code UNIQUE (code),
        CONSTRAINT uq_certificates_number UNIQUE (number_series, number),
        CONSTRAINT uq_certificates_version UNIQUE (holder_id, subject_kind, subject_id, role, version),
        CONSTRAINT ck_certificates_status CHECK (status IN ('pending', 'issued', 'failed', 'revoked', 'superseded')),
        CONSTRAINT ck_certificates_role CHECK (role IN ('peserta', 'narasumber', 'moderator', 'panitia')),
        CONSTRAINT ck_certificates_subject_kind CHECK (subject_kind IN ('course'))
      )`);
    // The rule itself: one live certificate per holder + course/event + role.
    await db.query(`
      CREATE UNIQUE INDEX uq_certificates_one_live_per_holder_subject_role
        ON certificates (holder_id, subject_kind, subject_id, role)
        WHERE status IN ('pending', 'issued', 'failed')`);
    await db.query(`CREATE INDEX ix_certificates_subject ON certificates (subject_id, created_at DESC)`);
    await db.query(`CREATE INDEX ix_certificates_batch ON certificates (batch_id, status)`);
    await db.query(`CREATE INDEX ix_certificates_holder ON certificates (holder_id, created_at DESC)`);
    await db.query(`CREATE INDEX ix_certificates_pending ON certificates (created_at) WHERE status = 'pending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE certificates`);
    await db.query(`DROP TABLE certificate_batches`);
    await db.query(`DROP TABLE certificate_number_counters`);
    await db.query(`DROP TABLE course_certificate_templates`);
    await db.query(`DROP TABLE certificate_templates`);
    await db.query(`DROP TABLE certificate_images`);
  }
}
