import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImpactOutcomes1796507291279 implements MigrationInterface {
  name = 'ImpactOutcomes1796507291279';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "metric" ADD "theme_key" character varying(60)');
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" ADD "cumulative" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" ADD "superseded_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "outcome_measurement" ADD "superseded_by_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" ADD "removed_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "outcome_measurement" ADD "removed_by_id" uuid');
    await queryRunner.query('ALTER TABLE "outcome_measurement" ADD "removal_reason" text');
    await queryRunner.query(
      'CREATE INDEX "ix_outcome_measurement_current" ON "outcome_measurement"  ("metric_key", "measured_on") WHERE superseded_at IS NULL AND removed_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "metric" ADD CONSTRAINT "FK_054507bdcc4adc6c027d1f21060" FOREIGN KEY ("theme_key") REFERENCES "theme"("key") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" ADD CONSTRAINT "FK_e37ee273a059c37c784e254b0b9" FOREIGN KEY ("superseded_by_id") REFERENCES "outcome_measurement"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" DROP CONSTRAINT "FK_e37ee273a059c37c784e254b0b9"',
    );
    await queryRunner.query(
      'ALTER TABLE "metric" DROP CONSTRAINT "FK_054507bdcc4adc6c027d1f21060"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_outcome_measurement_current"');
    await queryRunner.query('ALTER TABLE "outcome_measurement" DROP COLUMN "removal_reason"');
    await queryRunner.query('ALTER TABLE "outcome_measurement" DROP COLUMN "removed_by_id"');
    await queryRunner.query('ALTER TABLE "outcome_measurement" DROP COLUMN "removed_at"');
    await queryRunner.query('ALTER TABLE "outcome_measurement" DROP COLUMN "superseded_by_id"');
    await queryRunner.query('ALTER TABLE "outcome_measurement" DROP COLUMN "superseded_at"');
    await queryRunner.query('ALTER TABLE "outcome_measurement" DROP COLUMN "cumulative"');
    await queryRunner.query('ALTER TABLE "metric" DROP COLUMN "theme_key"');
  }
}
