import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The daily email digest (issue 13): each person's setting and the posts already sent. */
export class ForumDigest1765130000000 implements MigrationInterface {
  name = 'ForumDigest1765130000000';

  async up(db: QueryRunner): Promise<void> {
    // No row: the digest is on, at 07.00 WIB (whoever watches something hears of it).
    await db.query(`
      CREATE TABLE forum_digest_settings (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        enabled boolean NOT NULL,
        time_zone text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_forum_digest_settings_zone CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))
      )`);
    // Nobody gets the same post in two digests: a post is claimed here before it is mailed.
    await db.query(`
      CREATE TABLE forum_digest_sent_posts (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        post_id uuid NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_forum_digest_sent_posts PRIMARY KEY (user_id, post_id)
      )`);
    // Old claims are pruned by the digest itself: a post older than a day is never sent again.
    await db.query(`CREATE INDEX ix_forum_digest_sent_posts_sent_at ON forum_digest_sent_posts (sent_at)`);
    await db.query(`CREATE INDEX ix_forum_posts_created_at ON forum_posts (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_forum_posts_created_at`);
    await db.query(`DROP TABLE forum_digest_sent_posts`);
    await db.query(`DROP TABLE forum_digest_settings`);
  }
}
