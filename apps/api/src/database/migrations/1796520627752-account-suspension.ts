import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountSuspension1796520627752 implements MigrationInterface {
  name = 'AccountSuspension1796520627752';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "account_suspended_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "app_user" ADD "account_suspended_by_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "account_suspension_reason" character varying(500)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "account_suspension_reason"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "account_suspended_by_id"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "account_suspended_at"');
  }
}
