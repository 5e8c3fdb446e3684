import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795608764951 implements MigrationInterface {
  name = 'InitialSchema1795608764951';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" character varying(80) NOT NULL, "target_type" character varying(60) NOT NULL, "target_id" character varying(80) NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_log_created" ON "audit_log"  ("created_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_target" ON "audit_log"  ("target_type", "target_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation_type" ("key" character varying(60) NOT NULL, "label" character varying(200) NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_58930347edf7861831c007276e4" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "type_key" character varying(60) NOT NULL, "website" character varying(300), "description" text, "source" text, "email_domains" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organisation_name" ON "organisation"  ("name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "organisation_id" uuid NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "verification_method" character varying(20), "verified_by_id" uuid, "suspended_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") ');
    await queryRunner.query(
      'CREATE INDEX "ix_app_user_organisation" ON "app_user"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_session_user" ON "session"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_session_token_hash" ON "session"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sign_in_attempt" ("id" BIGSERIAL NOT NULL, "key_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sign_in_attempt_key_time" ON "sign_in_attempt"  ("key_hash", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ods_code" character varying(5) NOT NULL, "name" character varying(200) NOT NULL, "short_name" character varying(120) NOT NULL, "sub_region" character varying(60) NOT NULL, "nhs_sites" integer, "population" integer, "population_source" text, CONSTRAINT "UQ_e94e28795b6fc6d05f75ed26b43" UNIQUE ("ods_code"), CONSTRAINT "PK_50a8e002efa7d8d64bf76840f3b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "ics_id" uuid, "lead_organisation_ids" uuid array NOT NULL DEFAULT \'{}\', "theme_keys" text array NOT NULL DEFAULT \'{}\', "place_names" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "UQ_8152c1df5adc4846b705ddde6dd" UNIQUE ("name"), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation_ics" ("organisation_id" uuid NOT NULL, "ics_id" uuid NOT NULL, CONSTRAINT "PK_4a0eff0e7d3c857d22545b37b6e" PRIMARY KEY ("organisation_id", "ics_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organisation_ics_ics" ON "organisation_ics"  ("ics_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "place" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ics_id" uuid NOT NULL, "name" character varying(120) NOT NULL, CONSTRAINT "PK_96ab91d43aa89c5de1b59ee7cca" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_place_ics_name" ON "place"  ("ics_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation_place" ("organisation_id" uuid NOT NULL, "place_id" uuid NOT NULL, CONSTRAINT "PK_a5ccd4684a817380ff9e508da57" PRIMARY KEY ("organisation_id", "place_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organisation_place_place" ON "organisation_place"  ("place_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "theme" ("key" character varying(60) NOT NULL, "label" character varying(200) NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_7b0e03a94450de6bb2114896b24" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"role\" AS ENUM('MEMBER', 'ORGANISER', 'MODERATOR', 'ICS_ADMIN', 'REGIONAL_ADMIN')",
    );
    await queryRunner.query(
      'CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "ics_id" uuid, "scope_key" character varying(36) NOT NULL DEFAULT \'\', "granted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_role_assignment_user" ON "role_assignment"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_role_assignment" ON "role_assignment"  ("user_id", "role", "scope_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation" ADD CONSTRAINT "FK_58930347edf7861831c007276e4" FOREIGN KEY ("type_key") REFERENCES "organisation_type"("key") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network" ADD CONSTRAINT "FK_9fc163ad6e91bd08a9a795fc401" FOREIGN KEY ("ics_id") REFERENCES "ics"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_ics" ADD CONSTRAINT "FK_4fc38d6b736cbb60454f77a5611" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_ics" ADD CONSTRAINT "FK_a7fe81072df37ff9bdd5a6277d3" FOREIGN KEY ("ics_id") REFERENCES "ics"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "place" ADD CONSTRAINT "FK_cb69c7b79e47714d6e337f8b8e4" FOREIGN KEY ("ics_id") REFERENCES "ics"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_place" ADD CONSTRAINT "FK_59fe2fc22ec84eebea9d75557bf" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_place" ADD CONSTRAINT "FK_fd17bca69887027b9c679bd0a33" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_bc0ef28372937faf02b301b57ba" FOREIGN KEY ("ics_id") REFERENCES "ics"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_bc0ef28372937faf02b301b57ba"',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f"',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_place" DROP CONSTRAINT "FK_fd17bca69887027b9c679bd0a33"',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_place" DROP CONSTRAINT "FK_59fe2fc22ec84eebea9d75557bf"',
    );
    await queryRunner.query('ALTER TABLE "place" DROP CONSTRAINT "FK_cb69c7b79e47714d6e337f8b8e4"');
    await queryRunner.query(
      'ALTER TABLE "organisation_ics" DROP CONSTRAINT "FK_a7fe81072df37ff9bdd5a6277d3"',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_ics" DROP CONSTRAINT "FK_4fc38d6b736cbb60454f77a5611"',
    );
    await queryRunner.query(
      'ALTER TABLE "network" DROP CONSTRAINT "FK_9fc163ad6e91bd08a9a795fc401"',
    );
    await queryRunner.query(
      'ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation" DROP CONSTRAINT "FK_58930347edf7861831c007276e4"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_role_assignment"');
    await queryRunner.query('DROP INDEX "public"."ix_role_assignment_user"');
    await queryRunner.query('DROP TABLE "role_assignment"');
    await queryRunner.query('DROP TYPE "public"."role"');
    await queryRunner.query('DROP TABLE "theme"');
    await queryRunner.query('DROP INDEX "public"."ix_organisation_place_place"');
    await queryRunner.query('DROP TABLE "organisation_place"');
    await queryRunner.query('DROP INDEX "public"."uq_place_ics_name"');
    await queryRunner.query('DROP TABLE "place"');
    await queryRunner.query('DROP INDEX "public"."ix_organisation_ics_ics"');
    await queryRunner.query('DROP TABLE "organisation_ics"');
    await queryRunner.query('DROP TABLE "network"');
    await queryRunner.query('DROP TABLE "ics"');
    await queryRunner.query('DROP INDEX "public"."ix_sign_in_attempt_key_time"');
    await queryRunner.query('DROP TABLE "sign_in_attempt"');
    await queryRunner.query('DROP INDEX "public"."uq_session_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_session_user"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_organisation"');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_email"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."uq_organisation_name"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP TABLE "organisation_type"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_target"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_created"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
