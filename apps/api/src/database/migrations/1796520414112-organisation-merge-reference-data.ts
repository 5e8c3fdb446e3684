import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationMergeReferenceData1796520414112 implements MigrationInterface {
  name = 'OrganisationMergeReferenceData1796520414112';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organisation_merge" ("duplicate_id" uuid NOT NULL, "survivor_id" uuid NOT NULL, "merged_by_id" uuid, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_66e00d8c8f57622e8d1547e4790" PRIMARY KEY ("duplicate_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organisation_merge_survivor" ON "organisation_merge"  ("survivor_id") ',
    );
    await queryRunner.query('ALTER TABLE "theme" ADD "description" text');
    await queryRunner.query('ALTER TABLE "theme" ADD "retired_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "organisation_type" ADD "description" text');
    await queryRunner.query(
      'ALTER TABLE "organisation_type" ADD "retired_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_merge" ADD CONSTRAINT "FK_8f2f506111dadd885bcb58519f5" FOREIGN KEY ("survivor_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organisation_merge" DROP CONSTRAINT "FK_8f2f506111dadd885bcb58519f5"',
    );
    await queryRunner.query('ALTER TABLE "organisation_type" DROP COLUMN "retired_at"');
    await queryRunner.query('ALTER TABLE "organisation_type" DROP COLUMN "description"');
    await queryRunner.query('ALTER TABLE "theme" DROP COLUMN "retired_at"');
    await queryRunner.query('ALTER TABLE "theme" DROP COLUMN "description"');
    await queryRunner.query('DROP INDEX "public"."ix_organisation_merge_survivor"');
    await queryRunner.query('DROP TABLE "organisation_merge"');
  }
}
