import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institutions become partner organisations (issue 15): what kind each is, how to reach it,
 * and a logo that events' public pages and certificates show. Existing rows are libraries.
 */
export class PartnerOrganisations1765400000200 implements MigrationInterface {
  name = 'PartnerOrganisations1765400000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE institutions
        ADD COLUMN kind text NOT NULL DEFAULT 'library',
        ADD COLUMN website text,
        ADD COLUMN description text,
        ADD COLUMN contact_name text,
        ADD COLUMN contact_email text,
        ADD COLUMN contact_phone text,
        ADD COLUMN logo_hash text,
        ADD COLUMN logo_content_type text,
        ADD CONSTRAINT ck_institutions_kind
          CHECK (kind IN ('library', 'university', 'community', 'school', 'government', 'other')),
        ADD CONSTRAINT ck_institutions_logo_whole
          CHECK ((logo_hash IS NULL) = (logo_content_type IS NULL))
    `);
    await db.query(`CREATE INDEX ix_institutions_logo_hash ON institutions (logo_hash) WHERE logo_hash IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_institutions_logo_hash`);
    await db.query(`
      ALTER TABLE institutions
        DROP CONSTRAINT ck_institutions_logo_whole,
        DROP CONSTRAINT ck_institutions_kind,
        DROP COLUMN logo_content_type,
        DROP COLUMN logo_hash,
        DROP COLUMN contact_phone,
        DROP COLUMN contact_email,
        DROP COLUMN contact_name,
        DROP COLUMN description,
        DROP COLUMN website,
        DROP COLUMN kind
    `);
  }
}
