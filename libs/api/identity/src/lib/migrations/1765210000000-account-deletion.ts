import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person may delete their own account (UU 27/2022). The row stays, anonymised and
 * disabled, because certificates, attempts and posts still point at it; `deleted_at` tells
 * it apart from an account an admin only disabled (and may enable again).
 */
export class AccountDeletion1765210000000 implements MigrationInterface {
  name = 'AccountDeletion1765210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN deleted_at timestamptz`);
    await db.query(
      `ALTER TABLE users ADD CONSTRAINT ck_users_deleted_disabled CHECK (deleted_at IS NULL OR status = 'disabled')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN deleted_at`);
  }
}
