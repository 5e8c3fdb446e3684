import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEventFeedback1795613833159 implements MigrationInterface {
  name = 'CreateEventFeedback1795613833159';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "event_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rating" smallint NOT NULL, "useful" text NOT NULL DEFAULT \'\', "interested_case_study_ids" uuid array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_event_feedback_rating" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "PK_45430c2b672fff2eef02db0fed1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_event_feedback_event" ON "event_feedback"  ("event_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_event_feedback_registration" ON "event_feedback"  ("registration_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "event_feedback" ADD CONSTRAINT "FK_c04f68822fb845b4a8e655e7b42" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_feedback" ADD CONSTRAINT "FK_c6b2e57dcfbf7bf0b6b48baf570" FOREIGN KEY ("registration_id") REFERENCES "event_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "event_feedback" DROP CONSTRAINT "FK_c6b2e57dcfbf7bf0b6b48baf570"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_feedback" DROP CONSTRAINT "FK_c04f68822fb845b4a8e655e7b42"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_event_feedback_registration"');
    await queryRunner.query('DROP INDEX "public"."ix_event_feedback_event"');
    await queryRunner.query('DROP TABLE "event_feedback"');
  }
}
