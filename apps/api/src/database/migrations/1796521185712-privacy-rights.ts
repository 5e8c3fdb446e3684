import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyRights1796521185712 implements MigrationInterface {
  name = 'PrivacyRights1796521185712';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account_deletion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "status" character varying(9) NOT NULL DEFAULT \'SCHEDULED\', "requested_by_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL, "cancelled_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_13f44b259982aa748e5f68cc754" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_account_deletion_due" ON "account_deletion"  ("status", "scheduled_for") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_account_deletion_scheduled" ON "account_deletion"  ("user_id") WHERE status = \'SCHEDULED\'',
    );
    await queryRunner.query(
      'CREATE TABLE "data_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "status" character varying(8) NOT NULL DEFAULT \'QUEUED\', "progress" smallint NOT NULL DEFAULT \'0\', "file_id" uuid, "byte_size" integer, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0765a950021643539f983b764ad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_data_export_user" ON "data_export"  ("user_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_data_export_user"');
    await queryRunner.query('DROP TABLE "data_export"');
    await queryRunner.query('DROP INDEX "public"."ux_account_deletion_scheduled"');
    await queryRunner.query('DROP INDEX "public"."ix_account_deletion_due"');
    await queryRunner.query('DROP TABLE "account_deletion"');
  }
}
