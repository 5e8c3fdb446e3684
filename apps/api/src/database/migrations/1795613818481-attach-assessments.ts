import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttachAssessments1795613818481 implements MigrationInterface {
  name = 'AttachAssessments1795613818481';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assessment_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "case_study_id" uuid, "adoption_id" uuid, "linked_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assessment_link_one_target" CHECK ((case_study_id IS NULL) <> (adoption_id IS NULL)), CONSTRAINT "PK_92677c87d2c3b76325d2603e2f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_assessment_link_adoption" ON "assessment_link"  ("adoption_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_assessment_link_case_study" ON "assessment_link"  ("case_study_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_assessment_link_adoption" ON "assessment_link"  ("assessment_id", "adoption_id") WHERE adoption_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_assessment_link_case_study" ON "assessment_link"  ("assessment_id", "case_study_id") WHERE case_study_id IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_link" ADD CONSTRAINT "FK_80773a25902d5190ee411da6e5e" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_link" ADD CONSTRAINT "FK_5e2fb19f5588dc06c7f9b7aa354" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_link" ADD CONSTRAINT "FK_80039207ef3ba4cd41fb5d44bf9" FOREIGN KEY ("adoption_id") REFERENCES "adoption"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assessment_link" DROP CONSTRAINT "FK_80039207ef3ba4cd41fb5d44bf9"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_link" DROP CONSTRAINT "FK_5e2fb19f5588dc06c7f9b7aa354"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_link" DROP CONSTRAINT "FK_80773a25902d5190ee411da6e5e"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_assessment_link_case_study"');
    await queryRunner.query('DROP INDEX "public"."uq_assessment_link_adoption"');
    await queryRunner.query('DROP INDEX "public"."ix_assessment_link_case_study"');
    await queryRunner.query('DROP INDEX "public"."ix_assessment_link_adoption"');
    await queryRunner.query('DROP TABLE "assessment_link"');
  }
}
