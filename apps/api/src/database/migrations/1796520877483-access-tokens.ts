import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessTokens1796520877483 implements MigrationInterface {
  name = 'AccessTokens1796520877483';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TYPE "public"."access_token_scope" AS ENUM(\'READ\', \'READ_WRITE\')',
    );
    await queryRunner.query(
      'CREATE TABLE "access_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "scope" "public"."access_token_scope" NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f20f028607b2603deabd8182d12" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_access_token_user" ON "access_token"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_access_token_token_hash" ON "access_token"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "access_token" ADD CONSTRAINT "FK_4bd9bc00776919370526766eb43" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "access_token" DROP CONSTRAINT "FK_4bd9bc00776919370526766eb43"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_access_token_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_access_token_user"');
    await queryRunner.query('DROP TABLE "access_token"');
    await queryRunner.query('DROP TYPE "public"."access_token_scope"');
  }
}
