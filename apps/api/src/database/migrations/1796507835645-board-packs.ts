import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BoardPacks1796507835645 implements MigrationInterface {
  name = 'BoardPacks1796507835645';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "board_pack" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ics_ods_code" character varying(5), "financial_year" integer, "quarter" smallint, "theme_key" character varying(60), "format" character varying(4) NOT NULL, "status" character varying(7) NOT NULL DEFAULT \'QUEUED\', "progress" smallint NOT NULL DEFAULT \'0\', "requested_by_id" uuid NOT NULL, "content" bytea, "content_type" character varying(120), "byte_size" integer, "sha256" character(64), "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_878a7bb3b882128201b755c2e65" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_board_pack_requested_by" ON "board_pack"  ("requested_by_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_board_pack_requested_by"');
    await queryRunner.query('DROP TABLE "board_pack"');
  }
}
