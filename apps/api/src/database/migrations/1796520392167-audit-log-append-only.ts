import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15: the audit log becomes append-only in PostgreSQL, and entries
 * carry the request id and the ICSs whose admins may read them.
 *
 * Why a trigger and not privileges: the application connects as the role
 * that owns the tables (it runs the migrations), and an owner can always
 * re-grant itself UPDATE/DELETE, so REVOKE proves nothing. A trigger fires
 * for every role (superusers included) unless the trigger is dropped, which
 * takes DDL no application code path issues.
 *
 * - UPDATE is always refused: an entry never changes.
 * - DELETE and TRUNCATE are refused unless the transaction has set
 *   `SET LOCAL mic.audit_maintenance = 'on'` (or `set_config(..., true)`).
 *   Only two callers may do that: the test-database reset (`resetDatabase`,
 *   which empties every table between test files) and a future retention
 *   purge of entries older than the configured period. Because the setting is
 *   transaction-local it cannot leak into a pooled connection's later work.
 *   It is a guard against mistakes in application code, not against an
 *   attacker who can run arbitrary SQL as the owner (nothing in-database is).
 *   `npm run db:reset` reverts every migration (dropping this trigger before
 *   the table), so it needs no escape hatch.
 *
 * Reversible: down drops the triggers and the function, then the columns.
 */
export class AuditLogAppendOnly1796520392167 implements MigrationInterface {
  name = 'AuditLogAppendOnly1796520392167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_log" ADD "request_id" character varying(64)');
    await queryRunner.query(
      'ALTER TABLE "audit_log" ADD "ics_ids" uuid array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_actor" ON "audit_log"  ("actor_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_ics_ids" ON "audit_log" USING gin ("ics_ids")',
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' AND current_setting('mic.audit_maintenance', true) = 'on' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    // Statement-level: one check per statement, whose return value PostgreSQL
    // ignores, so a permitted maintenance DELETE runs whole.
    await queryRunner.query(
      'CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_log_no_truncate" ON "audit_log"');
    await queryRunner.query('DROP TRIGGER "audit_log_append_only" ON "audit_log"');
    await queryRunner.query('DROP FUNCTION audit_log_refuse_change()');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_ics_ids"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_actor"');
    await queryRunner.query('ALTER TABLE "audit_log" DROP COLUMN "ics_ids"');
    await queryRunner.query('ALTER TABLE "audit_log" DROP COLUMN "request_id"');
  }
}
