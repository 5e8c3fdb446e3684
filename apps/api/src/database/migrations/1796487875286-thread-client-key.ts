import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ThreadClientKey1796487875286 implements MigrationInterface {
  name = 'ThreadClientKey1796487875286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "thread" ADD "client_key" character varying(64)');
    await queryRunner.query(
      'CREATE INDEX "ix_thread_last_activity" ON "thread"  ("last_activity_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_thread_author_client_key" ON "thread"  ("author_id", "client_key") WHERE client_key IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ux_thread_author_client_key"');
    await queryRunner.query('DROP INDEX "public"."ix_thread_last_activity"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "client_key"');
  }
}
