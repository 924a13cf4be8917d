import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Links between threads (issue 13): which post links to which thread, rewritten when the post is. */
export class ForumThreadLinks1765160000000 implements MigrationInterface {
  name = 'ForumThreadLinks1765160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE forum_thread_links (
        post_id uuid NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
        target_thread_id uuid NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, target_thread_id),
        CONSTRAINT ck_forum_thread_links_other CHECK (thread_id <> target_thread_id)
      )`);
    // "Dibahas juga di" reads by the linking thread, "Tautan dari topik lain" by the target.
    await db.query(`CREATE INDEX ix_forum_thread_links_thread ON forum_thread_links (thread_id)`);
    await db.query(`CREATE INDEX ix_forum_thread_links_target ON forum_thread_links (target_thread_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE forum_thread_links`);
  }
}
