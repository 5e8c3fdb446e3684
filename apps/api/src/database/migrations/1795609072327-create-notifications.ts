import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1795609072327 implements MigrationInterface {
  name = 'CreateNotifications1795609072327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title" character varying(300) NOT NULL, "body" text, "link" character varying(500) NOT NULL, "subject_type" character varying(40), "subject_id" character varying(80), "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_user_created" ON "notification"  ("user_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_notification_user_created"');
    await queryRunner.query('DROP TABLE "notification"');
  }
}
