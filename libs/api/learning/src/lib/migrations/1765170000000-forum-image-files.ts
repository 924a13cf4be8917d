import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files may be forum images (issue 13), uploaded through the forum, which says who reads them. */
export class ForumImageFiles1765170000000 implements MigrationInterface {
  name = 'ForumImageFiles1765170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE files DROP CONSTRAINT ck_files_purpose`);
    await db.query(`
      ALTER TABLE files ADD CONSTRAINT ck_files_purpose
        CHECK (purpose IN ('course-cover', 'lesson-file', 'lesson-video', 'lesson-image', 'material', 'forum-image'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM files WHERE purpose = 'forum-image'`);
    await db.query(`ALTER TABLE files DROP CONSTRAINT ck_files_purpose`);
    await db.query(`
      ALTER TABLE files ADD CONSTRAINT ck_files_purpose
        CHECK (purpose IN ('course-cover', 'lesson-file', 'lesson-video', 'lesson-image', 'material'))`);
  }
}
