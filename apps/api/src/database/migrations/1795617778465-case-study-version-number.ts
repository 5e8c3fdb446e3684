import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Version entries get a sequential reader-facing `number` (1, 2, 3… per case
 * study) and a `kind`, because consecutive saves by one person now extend the
 * latest entry: `version` stays the case study's concurrency counter after
 * the entry's last save. Existing rows are numbered in version order, and
 * the publish-after-review entries are marked REVIEW. Reversible: down drops
 * both columns (the rows and their `version` are untouched).
 */
export class CaseStudyVersionNumber1795617778465 implements MigrationInterface {
  name = 'CaseStudyVersionNumber1795617778465';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_study_version" ADD "number" integer');
    await queryRunner.query(
      `UPDATE "case_study_version" v SET "number" = n.rn
         FROM (SELECT id, row_number() OVER (PARTITION BY case_study_id ORDER BY version, created_at) AS rn
                 FROM "case_study_version") n
        WHERE n.id = v.id`,
    );
    await queryRunner.query('ALTER TABLE "case_study_version" ALTER COLUMN "number" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "case_study_version" ADD "kind" character varying(20) NOT NULL DEFAULT \'EDIT\'',
    );
    await queryRunner.query(
      `UPDATE "case_study_version" SET "kind" = 'REVIEW' WHERE change_note = 'Published after peer review'`,
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_version" ADD CONSTRAINT "uq_case_study_version_number" UNIQUE ("case_study_id", "number")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "case_study_version" DROP CONSTRAINT "uq_case_study_version_number"',
    );
    await queryRunner.query('ALTER TABLE "case_study_version" DROP COLUMN "kind"');
    await queryRunner.query('ALTER TABLE "case_study_version" DROP COLUMN "number"');
  }
}
