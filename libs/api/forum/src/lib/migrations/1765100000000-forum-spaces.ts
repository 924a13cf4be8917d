import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Private forums of other domains' spaces (a focus group): the space's id beside the kind,
 * one forum per space; and anonymous posts (a thread is anonymous through its opening post).
 */
export class ForumSpaces1765100000000 implements MigrationInterface {
  name = 'ForumSpaces1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE forums ADD COLUMN space_id uuid`);
    await db.query(`ALTER TABLE forums ADD CONSTRAINT uq_forums_space UNIQUE (kind, space_id)`);
    await db.query(`ALTER TABLE forums DROP CONSTRAINT ck_forums_kind`);
    await db.query(`
      ALTER TABLE forums ADD CONSTRAINT ck_forums_kind CHECK (
        (kind = 'community' AND slug IS NOT NULL AND title IS NOT NULL AND position IS NOT NULL
          AND course_id IS NULL AND space_id IS NULL)
        OR (kind = 'course' AND course_id IS NOT NULL AND space_id IS NULL)
        OR (kind = 'focus-group' AND space_id IS NOT NULL AND course_id IS NULL)
      )`);
    await db.query(`ALTER TABLE forum_posts ADD COLUMN anonymous boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE forum_posts DROP COLUMN anonymous`);
    await db.query(`DELETE FROM forums WHERE space_id IS NOT NULL`);
    await db.query(`ALTER TABLE forums DROP CONSTRAINT ck_forums_kind, DROP CONSTRAINT uq_forums_space`);
    await db.query(`ALTER TABLE forums DROP COLUMN space_id`);
    await db.query(`
      ALTER TABLE forums ADD CONSTRAINT ck_forums_kind CHECK (
        (kind = 'community' AND slug IS NOT NULL AND title IS NOT NULL AND position IS NOT NULL AND course_id IS NULL)
        OR (kind = 'course' AND course_id IS NOT NULL)
      )`);
  }
}
