import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCaseStudies1795609285245 implements MigrationInterface {
  name = 'CreateCaseStudies1795609285245';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_study" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "problem" text NOT NULL DEFAULT \'\', "aims" text NOT NULL DEFAULT \'\', "approach" text NOT NULL DEFAULT \'\', "core_components" text NOT NULL DEFAULT \'\', "adaptable_parts" text NOT NULL DEFAULT \'\', "resources_and_costs" text NOT NULL DEFAULT \'\', "key_learning" text NOT NULL DEFAULT \'\', "target_groups" text array NOT NULL DEFAULT \'{}\', "imd_quintiles" smallint array NOT NULL DEFAULT \'{}\', "age_bands" text array NOT NULL DEFAULT \'{}\', "evidence_level" character varying(20) NOT NULL, "practice_stage" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "organisation_id" uuid NOT NULL, "ics_id" uuid, "place_id" uuid, "author_id" uuid, "contact_name" character varying(120), "contact_email" character varying(320), "contact_role" character varying(200), "review_by" date NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "reviewed_by_ics_id" uuid, "review_comments" text, "archived_at" TIMESTAMP WITH TIME ZONE, "source" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da361517299523b92876a2a867e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_case_study_slug" ON "case_study"  ("slug") ');
    await queryRunner.query('CREATE INDEX "ix_case_study_ics" ON "case_study"  ("ics_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_case_study_organisation" ON "case_study"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_study_status_published" ON "case_study"  ("status", "published_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "adoption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "ics_id" uuid, "learned_from_adoption_id" uuid, "stage" character varying(20) NOT NULL, "stopped_reason" text, "readiness" jsonb NOT NULL DEFAULT \'[]\', "barriers" text array NOT NULL DEFAULT \'{}\', "enablers" text array NOT NULL DEFAULT \'{}\', "contacts" jsonb NOT NULL DEFAULT \'[]\', "declared_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_adoption_case_study_organisation" UNIQUE ("case_study_id", "organisation_id"), CONSTRAINT "PK_bf86d90324541b197d4ac5362a5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_adoption_ics" ON "adoption"  ("ics_id") ');
    await queryRunner.query(
      'CREATE TABLE "adoption_adaptation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "adoption_id" uuid NOT NULL, "component" character varying(300) NOT NULL, "decision" character varying(20) NOT NULL, "detail" text NOT NULL DEFAULT \'\', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5cc12ec73ea3ee05387f7415f2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_adoption_adaptation_adoption" ON "adoption_adaptation"  ("adoption_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "adoption_stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "adoption_id" uuid NOT NULL, "stage" character varying(20) NOT NULL, "changed_on" date NOT NULL, "reason" text, "changed_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a538fc47e3d9871409dd551a50" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_adoption_stage_change_adoption" ON "adoption_stage_change"  ("adoption_id", "changed_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_study_partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "organisation_id" uuid, "name" character varying(200) NOT NULL, "role" character varying(300) NOT NULL DEFAULT \'\', "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_d05c05e8eade83664dc4b47ffb0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_study_partner_case_study" ON "case_study_partner"  ("case_study_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_study_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "reviewer_id" uuid, "reviewer_ics_id" uuid, "decision" character varying(20) NOT NULL, "comments" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d7331b47c7dc762ed16be869cc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_study_review_case_study" ON "case_study_review"  ("case_study_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_study_theme" ("case_study_id" uuid NOT NULL, "theme_key" character varying(60) NOT NULL, CONSTRAINT "PK_2271dcbfc9d73a089526cccca07" PRIMARY KEY ("case_study_id", "theme_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_study_theme_theme" ON "case_study_theme"  ("theme_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_study_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "changed_fields" text array NOT NULL DEFAULT \'{}\', "change_note" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_case_study_version" UNIQUE ("case_study_id", "version"), CONSTRAINT "PK_49f97b38c85eac26db3dd28ba69" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "metric" ("key" character varying(60) NOT NULL, "label" character varying(200) NOT NULL, "unit" character varying(40) NOT NULL, "definition" text NOT NULL, "direction" character varying(20) NOT NULL, "per_population" boolean NOT NULL DEFAULT false, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_612a9a5fc23f3e2a9473b21d23c" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "outcome_measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid, "adoption_id" uuid, "metric_key" character varying(60) NOT NULL, "value" numeric(18,4) NOT NULL, "baseline" numeric(18,4), "qualifier" character varying(40), "measured_on" date NOT NULL, "period_start" date, "source_title" text, "source_url" character varying(1000), "note" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_outcome_measurement_owner" CHECK ((case_study_id IS NULL) <> (adoption_id IS NULL)), CONSTRAINT "PK_0ef63cfca92ae5c7f68bbb7f8d8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outcome_measurement_adoption" ON "outcome_measurement"  ("adoption_id", "metric_key", "measured_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outcome_measurement_case_study" ON "outcome_measurement"  ("case_study_id", "metric_key", "measured_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" ADD CONSTRAINT "FK_b2b86f909e431e14225ca1221fa" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" ADD CONSTRAINT "FK_9b02df5c67767befbd6506d9a99" FOREIGN KEY ("ics_id") REFERENCES "ics"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" ADD CONSTRAINT "FK_a610b0c7b8cedee9ea3bfcbc8fc" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" ADD CONSTRAINT "FK_ef2210825d066662c8e3e4ae030" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" ADD CONSTRAINT "FK_c1d9b2d7f8e48117788fb127f82" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" ADD CONSTRAINT "FK_e50d7f314976c4165929878c323" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" ADD CONSTRAINT "FK_c8579640478aea6574510e5047f" FOREIGN KEY ("ics_id") REFERENCES "ics"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" ADD CONSTRAINT "FK_69d23b79e73fe4d9a46daece385" FOREIGN KEY ("learned_from_adoption_id") REFERENCES "adoption"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption_adaptation" ADD CONSTRAINT "FK_041ead6e98b6e852a92e897a0e1" FOREIGN KEY ("adoption_id") REFERENCES "adoption"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption_stage_change" ADD CONSTRAINT "FK_046046f11e0776d359bf88ce635" FOREIGN KEY ("adoption_id") REFERENCES "adoption"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_partner" ADD CONSTRAINT "FK_1f9dd39f21f18720371187ffb0f" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_partner" ADD CONSTRAINT "FK_b4d80357242638b4e9f2113776c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_review" ADD CONSTRAINT "FK_bd5ed91bae18447a8a325d520cf" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_theme" ADD CONSTRAINT "FK_cd5cce87eda13f1f6874a22d915" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_theme" ADD CONSTRAINT "FK_92a3aa6447e84c91eaeaf20b3f8" FOREIGN KEY ("theme_key") REFERENCES "theme"("key") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_version" ADD CONSTRAINT "FK_9278fc30e76ced70b0d6e57b90d" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" ADD CONSTRAINT "FK_233ec9746aca7a67dba2b144d18" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" ADD CONSTRAINT "FK_2f84ef7992e790485e809ded1c3" FOREIGN KEY ("adoption_id") REFERENCES "adoption"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" ADD CONSTRAINT "FK_cc1b17e003475305079f96cbd58" FOREIGN KEY ("metric_key") REFERENCES "metric"("key") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" DROP CONSTRAINT "FK_cc1b17e003475305079f96cbd58"',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" DROP CONSTRAINT "FK_2f84ef7992e790485e809ded1c3"',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measurement" DROP CONSTRAINT "FK_233ec9746aca7a67dba2b144d18"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_version" DROP CONSTRAINT "FK_9278fc30e76ced70b0d6e57b90d"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_theme" DROP CONSTRAINT "FK_92a3aa6447e84c91eaeaf20b3f8"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_theme" DROP CONSTRAINT "FK_cd5cce87eda13f1f6874a22d915"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_review" DROP CONSTRAINT "FK_bd5ed91bae18447a8a325d520cf"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_partner" DROP CONSTRAINT "FK_b4d80357242638b4e9f2113776c"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study_partner" DROP CONSTRAINT "FK_1f9dd39f21f18720371187ffb0f"',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption_stage_change" DROP CONSTRAINT "FK_046046f11e0776d359bf88ce635"',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption_adaptation" DROP CONSTRAINT "FK_041ead6e98b6e852a92e897a0e1"',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" DROP CONSTRAINT "FK_69d23b79e73fe4d9a46daece385"',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" DROP CONSTRAINT "FK_c8579640478aea6574510e5047f"',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" DROP CONSTRAINT "FK_e50d7f314976c4165929878c323"',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption" DROP CONSTRAINT "FK_c1d9b2d7f8e48117788fb127f82"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" DROP CONSTRAINT "FK_ef2210825d066662c8e3e4ae030"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" DROP CONSTRAINT "FK_a610b0c7b8cedee9ea3bfcbc8fc"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" DROP CONSTRAINT "FK_9b02df5c67767befbd6506d9a99"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_study" DROP CONSTRAINT "FK_b2b86f909e431e14225ca1221fa"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_outcome_measurement_case_study"');
    await queryRunner.query('DROP INDEX "public"."ix_outcome_measurement_adoption"');
    await queryRunner.query('DROP TABLE "outcome_measurement"');
    await queryRunner.query('DROP TABLE "metric"');
    await queryRunner.query('DROP TABLE "case_study_version"');
    await queryRunner.query('DROP INDEX "public"."ix_case_study_theme_theme"');
    await queryRunner.query('DROP TABLE "case_study_theme"');
    await queryRunner.query('DROP INDEX "public"."ix_case_study_review_case_study"');
    await queryRunner.query('DROP TABLE "case_study_review"');
    await queryRunner.query('DROP INDEX "public"."ix_case_study_partner_case_study"');
    await queryRunner.query('DROP TABLE "case_study_partner"');
    await queryRunner.query('DROP INDEX "public"."ix_adoption_stage_change_adoption"');
    await queryRunner.query('DROP TABLE "adoption_stage_change"');
    await queryRunner.query('DROP INDEX "public"."ix_adoption_adaptation_adoption"');
    await queryRunner.query('DROP TABLE "adoption_adaptation"');
    await queryRunner.query('DROP INDEX "public"."ix_adoption_ics"');
    await queryRunner.query('DROP TABLE "adoption"');
    await queryRunner.query('DROP INDEX "public"."ix_case_study_status_published"');
    await queryRunner.query('DROP INDEX "public"."ix_case_study_organisation"');
    await queryRunner.query('DROP INDEX "public"."ix_case_study_ics"');
    await queryRunner.query('DROP INDEX "public"."uq_case_study_slug"');
    await queryRunner.query('DROP TABLE "case_study"');
  }
}
