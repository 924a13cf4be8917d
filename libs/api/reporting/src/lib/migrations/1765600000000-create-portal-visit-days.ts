import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The daily visit counts the worker copies from Redis: figures only, nothing about a person. */
export class CreatePortalVisitDays1765600000000 implements MigrationInterface {
  name = 'CreatePortalVisitDays1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE portal_visit_days (
        day date NOT NULL,
        section text NOT NULL,
        views int NOT NULL CHECK (views >= 0),
        visitors int NOT NULL CHECK (visitors >= 0),
        PRIMARY KEY (day, section)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE portal_visit_days`);
  }
}
