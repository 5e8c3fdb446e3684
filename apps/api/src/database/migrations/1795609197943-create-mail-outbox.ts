import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMailOutbox1795609197943 implements MigrationInterface {
  name = 'CreateMailOutbox1795609197943';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" character varying(200) NOT NULL, "to_address" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "html_body" text, "attachments" jsonb NOT NULL DEFAULT \'[]\', "headers" jsonb NOT NULL DEFAULT \'{}\', "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mail_message_idempotency_key" ON "mail_message"  ("idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mail_message_status" ON "mail_message"  ("status", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_mail_message_status"');
    await queryRunner.query('DROP INDEX "public"."uq_mail_message_idempotency_key"');
    await queryRunner.query('DROP TABLE "mail_message"');
  }
}
