import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SURVEY_TEMPLATES } from './survey-templates';

/**
 * The seeded templates every builder may read and copy (issue 14): published, anonymous,
 * made by no one. A template keeps no public link (the table's CHECK lets a template go
 * without one); its public copies get theirs when made.
 */
export class SurveyTemplates1765300000001 implements MigrationInterface {
  name = 'SurveyTemplates1765300000001';

  async up(db: QueryRunner): Promise<void> {
    for (const template of SURVEY_TEMPLATES) {
      await db.query(
        `INSERT INTO surveys (title, description, status, audience, anonymous, template_key, is_template, definition)
         VALUES ($1, $2, 'published', $3, true, $4, true, $5)`,
        [template.title, template.description, template.audience, template.key, JSON.stringify(template.definition)],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM surveys WHERE is_template`);
  }
}
