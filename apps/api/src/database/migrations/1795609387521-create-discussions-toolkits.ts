import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDiscussionsToolkits1795609387521 implements MigrationInterface {
  name = 'CreateDiscussionsToolkits1795609387521';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" character varying(40), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_comment_author_created" ON "comment"  ("author_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_comment_thread_created" ON "comment"  ("thread_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_reaction" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_222c8f023a63e6dfa9573dbda80" PRIMARY KEY ("comment_id", "user_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "edited_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9f00184e42bf25baf182cfd27cb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_comment_revision_comment" ON "comment_revision"  ("comment_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" character varying(20) NOT NULL, "subject_id" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "author_id" uuid NOT NULL, "accepted_comment_id" uuid, "pinned_at" TIMESTAMP WITH TIME ZONE, "locked_at" TIMESTAMP WITH TIME ZONE, "comment_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cabc0f3f27d7b1c70cf64623e02" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_thread_subject" ON "thread"  ("subject_type", "subject_id", "last_activity_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "file_download" ("file_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc04895abcb73731bc4d39d9944" PRIMARY KEY ("file_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "uploaded_by_id" uuid NOT NULL, "original_name" character varying(255) NOT NULL, "content_type" character varying(120) NOT NULL, "extension" character varying(10) NOT NULL, "size_bytes" integer NOT NULL, "storage_key" character varying(200) NOT NULL, "alt_text" character varying(500), "owner_type" character varying(30), "owner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_stored_file_owner" ON "stored_file"  ("owner_type", "owner_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "follow" ("user_id" uuid NOT NULL, "target_type" character varying(20) NOT NULL, "target_id" character varying(120) NOT NULL, "level" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c697953095b683637398ebe771" PRIMARY KEY ("user_id", "target_type", "target_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_target" ON "follow"  ("target_type", "target_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "digest_frequency" character varying(10) NOT NULL DEFAULT \'WEEKLY\', "email_opt_outs" text array NOT NULL DEFAULT \'{}\', "unsubscribe_token" character varying(64) NOT NULL, "last_digest_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_8f4bddc3cc6d85b69e97b597140" UNIQUE ("unsubscribe_token"), CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" character varying(20) NOT NULL, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c103239ce692e9c7c15249bcf04" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_comment_flag_comment_user" ON "comment_flag"  ("comment_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "toolkit_version_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answers" jsonb NOT NULL DEFAULT \'{}\', "status" character varying(10) NOT NULL DEFAULT \'DRAFT\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_assessment_user" ON "assessment"  ("user_id", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "toolkit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "owner_organisation_id" uuid NOT NULL, "theme_keys" text array NOT NULL DEFAULT \'{}\', "source" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_458f6fc4d4c773a0e10246a1c13" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_toolkit_slug" ON "toolkit"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "toolkit_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "toolkit_id" uuid NOT NULL, "number" integer NOT NULL, "changelog" text NOT NULL, "sections" jsonb NOT NULL DEFAULT \'[]\', "form" jsonb, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d60b4ee6bdc4f5e9088126db34d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_toolkit_version_number" ON "toolkit_version"  ("toolkit_id", "number") ',
    );
    // New accounts (first 24 h) may post at most 10 comments an hour, enforced
    // in the database so no code path can bypass it (SQLSTATE MI429).
    await queryRunner.query(`CREATE FUNCTION enforce_new_account_post_rate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  account_created timestamptz;
  recent integer;
BEGIN
  SELECT created_at INTO account_created FROM app_user WHERE id = NEW.author_id;
  IF account_created IS NOT NULL AND account_created > now() - interval '24 hours' THEN
    SELECT count(*) INTO recent FROM comment
     WHERE author_id = NEW.author_id AND created_at > now() - interval '1 hour';
    IF recent >= 10 THEN
      RAISE EXCEPTION 'new account posting rate limit exceeded' USING ERRCODE = 'MI429';
    END IF;
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_comment_new_account_rate BEFORE INSERT ON "comment" FOR EACH ROW EXECUTE FUNCTION enforce_new_account_post_rate()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER trg_comment_new_account_rate ON "comment"');
    await queryRunner.query('DROP FUNCTION enforce_new_account_post_rate()');
    await queryRunner.query('DROP INDEX "public"."uq_toolkit_version_number"');
    await queryRunner.query('DROP TABLE "toolkit_version"');
    await queryRunner.query('DROP INDEX "public"."uq_toolkit_slug"');
    await queryRunner.query('DROP TABLE "toolkit"');
    await queryRunner.query('DROP INDEX "public"."ix_assessment_user"');
    await queryRunner.query('DROP TABLE "assessment"');
    await queryRunner.query('DROP INDEX "public"."uq_comment_flag_comment_user"');
    await queryRunner.query('DROP TABLE "comment_flag"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_target"');
    await queryRunner.query('DROP TABLE "follow"');
    await queryRunner.query('DROP INDEX "public"."ix_stored_file_owner"');
    await queryRunner.query('DROP TABLE "stored_file"');
    await queryRunner.query('DROP TABLE "file_download"');
    await queryRunner.query('DROP INDEX "public"."ix_thread_subject"');
    await queryRunner.query('DROP TABLE "thread"');
    await queryRunner.query('DROP INDEX "public"."ix_comment_revision_comment"');
    await queryRunner.query('DROP TABLE "comment_revision"');
    await queryRunner.query('DROP TABLE "comment_reaction"');
    await queryRunner.query('DROP INDEX "public"."ix_comment_thread_created"');
    await queryRunner.query('DROP INDEX "public"."ix_comment_author_created"');
    await queryRunner.query('DROP TABLE "comment"');
  }
}
