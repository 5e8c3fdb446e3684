import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The new-account posting limit (first 24 h: 10 comments an hour); `exemptStaff` skips moderators and admins. */
function postRateFunction(exemptStaff: boolean): string {
  const staff = exemptStaff
    ? `
  IF EXISTS (SELECT 1 FROM role_assignment WHERE user_id = NEW.author_id
              AND role IN ('MODERATOR', 'ICS_ADMIN', 'REGIONAL_ADMIN')) THEN
    RETURN NEW;
  END IF;`
    : '';
  return `CREATE OR REPLACE FUNCTION enforce_new_account_post_rate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  account_created timestamptz;
  recent integer;
BEGIN${staff}
  SELECT created_at INTO account_created FROM app_user WHERE id = NEW.author_id;
  IF account_created IS NOT NULL AND account_created > now() - interval '24 hours' THEN
    SELECT count(*) INTO recent FROM comment
     WHERE author_id = NEW.author_id AND created_at > now() - interval '1 hour';
    IF recent >= 10 THEN
      RAISE EXCEPTION 'new account posting rate limit exceeded' USING ERRCODE = 'MI429';
    END IF;
  END IF;
  RETURN NEW;
END $$`;
}

export class SessionsResetRateLimits1796396088703 implements MigrationInterface {
  name = 'SessionsResetRateLimits1796396088703';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limit_hit" ("id" BIGSERIAL NOT NULL, "bucket" character varying(60) NOT NULL, "key_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_25d33ba36b9ae788da175d8aee1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_rate_limit_hit_bucket_key_time" ON "rate_limit_hit"  ("bucket", "key_hash", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_838af121380dfe3a6330e04f5bb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_password_reset_token_user" ON "password_reset_token"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_password_reset_token_hash" ON "password_reset_token"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
    await queryRunner.query('ALTER TABLE "session" ADD "ip" character varying(45)');
    await queryRunner.query(
      'ALTER TABLE "password_reset_token" ADD CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Moderators and admins are not "new accounts" for the posting limit.
    await queryRunner.query(postRateFunction(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(postRateFunction(false));
    await queryRunner.query(
      'ALTER TABLE "password_reset_token" DROP CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d"',
    );
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "ip"');
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "last_used_at"');
    await queryRunner.query('DROP INDEX "public"."uq_password_reset_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_password_reset_token_user"');
    await queryRunner.query('DROP TABLE "password_reset_token"');
    await queryRunner.query('DROP INDEX "public"."ix_rate_limit_hit_bucket_key_time"');
    await queryRunner.query('DROP TABLE "rate_limit_hit"');
  }
}
