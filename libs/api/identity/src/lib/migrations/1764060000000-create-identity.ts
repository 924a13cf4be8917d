import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764060000000 implements MigrationInterface {
  name = 'CreateIdentity1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE institutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        city text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_institutions_name UNIQUE (name)
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        full_name text NOT NULL,
        nip text,
        position text,
        institution_id uuid REFERENCES institutions (id) ON DELETE RESTRICT,
        roles text[] NOT NULL,
        status text NOT NULL DEFAULT 'active',
        locale text NOT NULL DEFAULT 'id',
        password_hash text NOT NULL,
        last_login_at timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_users_email UNIQUE (email),
        CONSTRAINT uq_users_nip UNIQUE (nip),
        CONSTRAINT ck_users_email_lower CHECK (email = lower(email)),
        CONSTRAINT ck_users_roles_known CHECK (
          cardinality(roles) > 0 AND roles <@ ARRAY['learner', 'trainer', 'coordinator', 'admin']::text[]
        ),
        CONSTRAINT ck_users_status CHECK (status IN ('active', 'disabled')),
        CONSTRAINT ck_users_locale CHECK (locale IN ('id', 'en'))
      )`);
    await db.query(`CREATE INDEX ix_users_institution ON users (institution_id)`);
    await db.query(`CREATE INDEX ix_users_full_name ON users (lower(full_name))`);

    await db.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        last_used_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text,
        user_agent text,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_auth_sessions_user_live ON auth_sessions (user_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_refresh_tokens_token_hash UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id)`);

    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        full_name text NOT NULL,
        roles text[] NOT NULL,
        institution_id uuid REFERENCES institutions (id) ON DELETE SET NULL,
        invited_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_invitations_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_invitations_roles_known CHECK (
          cardinality(roles) > 0 AND roles <@ ARRAY['learner', 'trainer', 'coordinator', 'admin']::text[]
        )
      )`);
    // At most one open invitation per address: a new one replaces the old.
    await db.query(`
      CREATE UNIQUE INDEX uq_invitations_one_open_per_email ON invitations (email)
      WHERE accepted_at IS NULL AND revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE password_reset_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_password_reset_tokens_token_hash UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX ix_password_reset_tokens_user ON password_reset_tokens (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_reset_tokens, invitations, refresh_tokens, auth_sessions, users, institutions`);
  }
}
