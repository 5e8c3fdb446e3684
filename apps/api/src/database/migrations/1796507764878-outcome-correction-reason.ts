import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomeCorrectionReason1796507764878 implements MigrationInterface {
  name = 'OutcomeCorrectionReason1796507764878';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outcome_measurement" ADD "correction_reason" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outcome_measurement" DROP COLUMN "correction_reason"');
  }
}
