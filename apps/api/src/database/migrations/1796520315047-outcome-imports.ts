import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomeImports1796520315047 implements MigrationInterface {
  name = 'OutcomeImports1796520315047';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outcome_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid, "adoption_id" uuid, "file_name" character varying(255) NOT NULL, "format" character varying(8) NOT NULL, "content" bytea, "status" character varying(12) NOT NULL DEFAULT \'VALIDATING\', "total_rows" integer NOT NULL DEFAULT \'0\', "processed_rows" integer NOT NULL DEFAULT \'0\', "valid_rows" integer NOT NULL DEFAULT \'0\', "error_rows" integer NOT NULL DEFAULT \'0\', "saved_count" integer, "failure_reason" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "saved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_outcome_import_status" CHECK (status IN (\'VALIDATING\', \'READY\', \'FAILED\', \'SAVED\', \'CANCELLED\')), CONSTRAINT "ck_outcome_import_owner" CHECK ((case_study_id IS NULL) <> (adoption_id IS NULL)), CONSTRAINT "PK_ec84814559f215e9e4a0d424d45" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outcome_import_created_by" ON "outcome_import"  ("created_by_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outcome_import_row" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "figure" jsonb, "cells" jsonb NOT NULL, "errors" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_7e3c842a3369ea0c72ae0c7abe7" PRIMARY KEY ("import_id", "row_number"))',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_import" ADD CONSTRAINT "FK_c70ead5d43e7962e48b5e3862da" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_import" ADD CONSTRAINT "FK_728058f572a4369c3e327137ba6" FOREIGN KEY ("adoption_id") REFERENCES "adoption"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_import_row" ADD CONSTRAINT "FK_26b86e7a8c225191160f6418c5e" FOREIGN KEY ("import_id") REFERENCES "outcome_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "outcome_import_row" DROP CONSTRAINT "FK_26b86e7a8c225191160f6418c5e"',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_import" DROP CONSTRAINT "FK_728058f572a4369c3e327137ba6"',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_import" DROP CONSTRAINT "FK_c70ead5d43e7962e48b5e3862da"',
    );
    await queryRunner.query('DROP TABLE "outcome_import_row"');
    await queryRunner.query('DROP INDEX "public"."ix_outcome_import_created_by"');
    await queryRunner.query('DROP TABLE "outcome_import"');
  }
}
