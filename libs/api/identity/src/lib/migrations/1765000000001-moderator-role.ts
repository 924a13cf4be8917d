import type { MigrationInterface, QueryRunner } from 'typeorm';

const KNOWN = (roles: string[]) =>
  `cardinality(roles) > 0 AND roles <@ ARRAY[${roles.map((role) => `'${role}'`).join(', ')}]::text[]`;

/** The community forum's moderators (issue 13): a role admins grant on the user admin page. */
export class ModeratorRole1765000000001 implements MigrationInterface {
  name = 'ModeratorRole1765000000001';

  async up(db: QueryRunner): Promise<void> {
    await this.allow(db, ['learner', 'trainer', 'moderator', 'coordinator', 'admin']);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE users SET roles = array_remove(roles, 'moderator') WHERE 'moderator' = ANY (roles)`);
    await db.query(`UPDATE users SET roles = ARRAY['learner'] WHERE cardinality(roles) = 0`);
    await db.query(`DELETE FROM invitations WHERE 'moderator' = ANY (roles)`);
    await this.allow(db, ['learner', 'trainer', 'coordinator', 'admin']);
  }

  private async allow(db: QueryRunner, roles: string[]): Promise<void> {
    for (const table of ['users', 'invitations']) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ck_${table}_roles_known`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ck_${table}_roles_known CHECK (${KNOWN(roles)})`);
    }
  }
}
