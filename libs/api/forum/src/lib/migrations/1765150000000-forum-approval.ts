import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First posts held for approval (issue 13): per forum, how many first posts of a member
 * wait for a moderator. A held reply has no seq until it is approved, so it counts in no
 * thread's posts or unread; a held thread (its opening post held) is seen by its author
 * and moderators only.
 */
export class ForumApproval1765150000000 implements MigrationInterface {
  name = 'ForumApproval1765150000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE forums ADD COLUMN hold_first_posts integer NOT NULL DEFAULT 0
        CONSTRAINT ck_forums_hold_first_posts CHECK (hold_first_posts BETWEEN 0 AND 20)`);
    await db.query(`ALTER TABLE forum_threads ADD COLUMN held_at timestamptz`);
    await db.query(`
      ALTER TABLE forum_posts
        ADD COLUMN held_at timestamptz,
        ALTER COLUMN seq DROP NOT NULL,
        ADD CONSTRAINT ck_forum_posts_seq CHECK (seq IS NOT NULL OR held_at IS NOT NULL)`);
    // The moderators' queue of posts waiting, oldest first.
    await db.query(
      `CREATE INDEX ix_forum_posts_held ON forum_posts (created_at) WHERE held_at IS NOT NULL AND deleted_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM forum_posts WHERE seq IS NULL`);
    await db.query(`
      ALTER TABLE forum_posts DROP CONSTRAINT ck_forum_posts_seq, ALTER COLUMN seq SET NOT NULL, DROP COLUMN held_at`);
    await db.query(`ALTER TABLE forum_threads DROP COLUMN held_at`);
    await db.query(`ALTER TABLE forums DROP COLUMN hold_first_posts`);
  }
}
