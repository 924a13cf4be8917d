import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Images in posts (issue 13): which post shows which uploaded file, so the file store can ask who reads it. */
export class ForumPostImages1765180000000 implements MigrationInterface {
  name = 'ForumPostImages1765180000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE forum_post_images (
        post_id uuid NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        PRIMARY KEY (file_id, post_id)
      )`);
    await db.query(`CREATE INDEX ix_forum_post_images_post ON forum_post_images (post_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE forum_post_images`);
  }
}
