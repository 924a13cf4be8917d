import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A failed certificate's reason is what its coordinator reads: one of a few readable kinds
 * (CERTIFICATE_FAILURES), no longer the worker's raw error ("render thread exited (1)"),
 * which goes to the worker's log. Raw reasons stored before become "could not be made".
 */
export class ReadableFailureReasons1764850000000 implements MigrationInterface {
  name = 'ReadableFailureReasons1764850000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE certificates SET failure_reason = 'renderError'
        WHERE failure_reason NOT IN ('imageUnreadable', 'renderTimeout', 'renderError')`,
    );
    await db.query(
      `ALTER TABLE certificates ADD CONSTRAINT ck_certificates_failure_reason
         CHECK (failure_reason IN ('imageUnreadable', 'renderTimeout', 'renderError'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certificates DROP CONSTRAINT ck_certificates_failure_reason`);
  }
}
