import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEntries1764800000000 implements MigrationInterface {
  name = 'CreateAuditEntries1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_name text,
        actor_roles text[] NOT NULL DEFAULT '{}',
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid,
        subject_label text,
        details jsonb NOT NULL DEFAULT '{}',
        ip text,
        user_agent text
      )`);
    // The admin's reading: newest first, alone or narrowed by action, actor or subject.
    await db.query(`CREATE INDEX ix_audit_entries_newest ON audit_entries (occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX ix_audit_entries_action ON audit_entries (action, occurred_at DESC)`);
    await db.query(
      `CREATE INDEX ix_audit_entries_actor ON audit_entries (actor_id, occurred_at DESC) WHERE actor_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ix_audit_entries_subject ON audit_entries (subject_type, subject_id, occurred_at DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_entries`);
  }
}
