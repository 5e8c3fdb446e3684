import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SsoLinkByEmail1796534044337 implements MigrationInterface {
  name = 'SsoLinkByEmail1796534044337';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sso_pending_link" ADD "email_token_hash" character(64)');
    await queryRunner.query(
      'ALTER TABLE "sso_pending_link" ADD "email_expires_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_sso_pending_link_email_token" ON "sso_pending_link"  ("email_token_hash") WHERE email_token_hash IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_sso_pending_link_email_token"');
    await queryRunner.query('ALTER TABLE "sso_pending_link" DROP COLUMN "email_expires_at"');
    await queryRunner.query('ALTER TABLE "sso_pending_link" DROP COLUMN "email_token_hash"');
  }
}
