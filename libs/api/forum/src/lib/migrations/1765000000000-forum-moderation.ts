import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Moderation (issue 13): hidden posts, reports, suspensions and the moderation log. */
export class ForumModeration1765000000000 implements MigrationInterface {
  name = 'ForumModeration1765000000000';

  async up(db: QueryRunner): Promise<void> {
    // A hidden post stays in its place; members see it like a deleted one, moderators read it.
    await db.query(`
      ALTER TABLE forum_posts
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_by uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD COLUMN hide_reason text`);

    await db.query(`
      CREATE TABLE forum_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reason text NOT NULL,
        details text,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        outcome text,
        CONSTRAINT ck_forum_reports_outcome CHECK ((closed_at IS NULL) = (outcome IS NULL))
      )`);
    // One open report per person per post; a closed one may be followed by a new one.
    await db.query(
      `CREATE UNIQUE INDEX uq_forum_reports_open ON forum_reports (post_id, reporter_id) WHERE closed_at IS NULL`,
    );
    await db.query(`CREATE INDEX ix_forum_reports_queue ON forum_reports (created_at DESC) WHERE closed_at IS NULL`);

    // forum_id NULL: the whole community forum (every category).
    await db.query(`
      CREATE TABLE forum_suspensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        forum_id uuid REFERENCES forums (id) ON DELETE CASCADE,
        ends_at timestamptz NOT NULL,
        reason text NOT NULL,
        created_by uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz
      )`);
    await db.query(`CREATE INDEX ix_forum_suspensions_user ON forum_suspensions (user_id, ends_at DESC)`);

    // Who did what to which post or thread, and why. forum_id NULL: the community at large.
    await db.query(`
      CREATE TABLE forum_moderation_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid REFERENCES forums (id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        action text NOT NULL,
        thread_id uuid REFERENCES forum_threads (id) ON DELETE SET NULL,
        post_id uuid REFERENCES forum_posts (id) ON DELETE SET NULL,
        subject_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reason text,
        detail text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_forum_moderation_log_time ON forum_moderation_log (created_at DESC, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE forum_moderation_log, forum_suspensions, forum_reports`);
    await db.query(`ALTER TABLE forum_posts DROP COLUMN hidden_at, DROP COLUMN hidden_by, DROP COLUMN hide_reason`);
  }
}
