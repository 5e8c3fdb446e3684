import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvents1795609375682 implements MigrationInterface {
  name = 'CreateEvents1795609375682';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "event_calendar_feed" ("user_id" uuid NOT NULL, "token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0cbe210cd299432c17b2853acb2" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_event_calendar_feed_token" ON "event_calendar_feed"  ("token") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"event_status\" AS ENUM('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue_name" character varying(200), "venue_address" text, "online_url" character varying(500), "organiser_organisation_id" uuid, "organiser_user_ids" uuid array NOT NULL DEFAULT \'{}\', "themes" character varying(60) array NOT NULL DEFAULT \'{}\', "ics_ods_codes" character varying(5) array NOT NULL DEFAULT \'{}\', "case_study_ids" uuid array NOT NULL DEFAULT \'{}\', "toolkit_ids" uuid array NOT NULL DEFAULT \'{}\', "status" "public"."event_status" NOT NULL DEFAULT \'DRAFT\', "capacity" integer NOT NULL, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "requires_approval" boolean NOT NULL DEFAULT false, "questions" jsonb NOT NULL DEFAULT \'[]\', "offer_hours" integer NOT NULL DEFAULT \'48\', "reminder_days" integer NOT NULL DEFAULT \'2\', "retention_days" integer NOT NULL DEFAULT \'30\', "sequence" integer NOT NULL DEFAULT \'0\', "source" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_event_starts_at" ON "event"  ("starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "event_quota" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "key" character varying(60) NOT NULL, "places" integer NOT NULL, CONSTRAINT "PK_11f495809f7dde0f909a9e6217a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_event_quota" ON "event_quota"  ("event_id", "kind", "key") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"event_registration_status\" AS ENUM('CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL', 'CANCELLED', 'DECLINED')",
    );
    await queryRunner.query(
      'CREATE TABLE "event_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."event_registration_status" NOT NULL, "quota_id" uuid, "ics_ods_code" character varying(5), "organisation_type_key" character varying(60), "waitlist_position" integer, "offer_expires_at" TIMESTAMP WITH TIME ZONE, "offer_count" integer NOT NULL DEFAULT \'0\', "answers" jsonb NOT NULL DEFAULT \'{}\', "sensitive_answers" jsonb, "sensitive_purged_at" TIMESTAMP WITH TIME ZONE, "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "tags" character varying(40) array NOT NULL DEFAULT \'{}\', "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10aedff1bd0d0ef534d1106ddec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_event_registration_user" ON "event_registration"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_event_registration_event_status" ON "event_registration"  ("event_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_event_registration_waitlist" ON "event_registration"  ("event_id", "waitlist_position") WHERE waitlist_position IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_event_registration_active" ON "event_registration"  ("event_id", "user_id") WHERE status IN (\'CONFIRMED\', \'WAITLISTED\', \'OFFERED\', \'PENDING_APPROVAL\')',
    );
    await queryRunner.query(
      'CREATE TABLE "event_registration_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "registration_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "actor_id" uuid, "reason" character varying(60), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa37d243f62fd72b92d69fa96a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_event_registration_change_registration" ON "event_registration_change"  ("registration_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "event" ADD CONSTRAINT "FK_c83a4a8085bd0b2080f8db7b5aa" FOREIGN KEY ("organiser_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_quota" ADD CONSTRAINT "FK_76bd6070a79a656b5790fd392d6" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_registration" ADD CONSTRAINT "FK_d42836e8ed00e2586af913934a6" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_registration" ADD CONSTRAINT "FK_2b850bf3117d0f00760dcdef0dd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "event_registration" DROP CONSTRAINT "FK_2b850bf3117d0f00760dcdef0dd"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_registration" DROP CONSTRAINT "FK_d42836e8ed00e2586af913934a6"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_quota" DROP CONSTRAINT "FK_76bd6070a79a656b5790fd392d6"',
    );
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "FK_c83a4a8085bd0b2080f8db7b5aa"');
    await queryRunner.query('DROP INDEX "public"."ix_event_registration_change_registration"');
    await queryRunner.query('DROP TABLE "event_registration_change"');
    await queryRunner.query('DROP INDEX "public"."uq_event_registration_active"');
    await queryRunner.query('DROP INDEX "public"."uq_event_registration_waitlist"');
    await queryRunner.query('DROP INDEX "public"."ix_event_registration_event_status"');
    await queryRunner.query('DROP INDEX "public"."ix_event_registration_user"');
    await queryRunner.query('DROP TABLE "event_registration"');
    await queryRunner.query('DROP TYPE "public"."event_registration_status"');
    await queryRunner.query('DROP INDEX "public"."uq_event_quota"');
    await queryRunner.query('DROP TABLE "event_quota"');
    await queryRunner.query('DROP INDEX "public"."ix_event_starts_at"');
    await queryRunner.query('DROP TABLE "event"');
    await queryRunner.query('DROP TYPE "public"."event_status"');
    await queryRunner.query('DROP INDEX "public"."uq_event_calendar_feed_token"');
    await queryRunner.query('DROP TABLE "event_calendar_feed"');
  }
}
