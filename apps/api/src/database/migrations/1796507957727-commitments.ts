import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Commitments1796507957727 implements MigrationInterface {
  name = 'Commitments1796507957727';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200), "statement" text NOT NULL, "owner_id" uuid NOT NULL, "cadence" character varying(20) NOT NULL, "metric_key" character varying(60), "target_value" numeric(18,4), "target_date" date, "baseline" numeric(18,4), "source_title" character varying(500), "source_url" character varying(1000), "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_update_due" date NOT NULL, "overdue_notified_for" date, CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commitment_next_update_due" ON "commitment"  ("next_update_due") ',
    );
    await queryRunner.query(
      'CREATE TABLE "commitment_organisation" ("commitment_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "lead" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_b8dddd7fc8833873c45964dbeed" PRIMARY KEY ("commitment_id", "organisation_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commitment_organisation_organisation" ON "commitment_organisation"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "commitment_theme" ("commitment_id" uuid NOT NULL, "theme_key" character varying(60) NOT NULL, CONSTRAINT "PK_0770ae55bfc561794e3dda06388" PRIMARY KEY ("commitment_id", "theme_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commitment_theme_theme" ON "commitment_theme"  ("theme_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "commitment_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "reported_on" date NOT NULL, "status" character varying(20) NOT NULL, "narrative" text NOT NULL, "progress_value" numeric(18,4), "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d790904ec3d9d23f4e1cf599638" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commitment_update_commitment" ON "commitment_update"  ("commitment_id", "reported_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "commitment_update_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "update_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "target_id" uuid, "url" character varying(1000), "title" character varying(300) NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_1f75a360d2d6cedcb89ab2be71d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commitment_update_evidence_update" ON "commitment_update_evidence"  ("update_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment" ADD CONSTRAINT "FK_fcc7c5d39c98c59639c4954bffd" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment" ADD CONSTRAINT "FK_8d70b78c4a43adc264320e728fa" FOREIGN KEY ("metric_key") REFERENCES "metric"("key") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment" ADD CONSTRAINT "FK_e16b43e8ac93ca43f275bd1e5d9" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_organisation" ADD CONSTRAINT "FK_c7cebe2f3804c68cb73954a0027" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_organisation" ADD CONSTRAINT "FK_238ce9ba47abf85f840f754890c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_theme" ADD CONSTRAINT "FK_ab8d952760029efb25f881bf452" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_theme" ADD CONSTRAINT "FK_83a781d5b638184136f1f8f8132" FOREIGN KEY ("theme_key") REFERENCES "theme"("key") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_update" ADD CONSTRAINT "FK_14bf93ca4b0bc27ce6834588b5e" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_update" ADD CONSTRAINT "FK_c917177649a30a685875160a309" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_update_evidence" ADD CONSTRAINT "FK_9ba7f8e957632c5b7d7652bc802" FOREIGN KEY ("update_id") REFERENCES "commitment_update"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "commitment_update_evidence" DROP CONSTRAINT "FK_9ba7f8e957632c5b7d7652bc802"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_update" DROP CONSTRAINT "FK_c917177649a30a685875160a309"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_update" DROP CONSTRAINT "FK_14bf93ca4b0bc27ce6834588b5e"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_theme" DROP CONSTRAINT "FK_83a781d5b638184136f1f8f8132"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_theme" DROP CONSTRAINT "FK_ab8d952760029efb25f881bf452"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_organisation" DROP CONSTRAINT "FK_238ce9ba47abf85f840f754890c"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_organisation" DROP CONSTRAINT "FK_c7cebe2f3804c68cb73954a0027"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment" DROP CONSTRAINT "FK_e16b43e8ac93ca43f275bd1e5d9"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment" DROP CONSTRAINT "FK_8d70b78c4a43adc264320e728fa"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment" DROP CONSTRAINT "FK_fcc7c5d39c98c59639c4954bffd"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_commitment_update_evidence_update"');
    await queryRunner.query('DROP TABLE "commitment_update_evidence"');
    await queryRunner.query('DROP INDEX "public"."ix_commitment_update_commitment"');
    await queryRunner.query('DROP TABLE "commitment_update"');
    await queryRunner.query('DROP INDEX "public"."ix_commitment_theme_theme"');
    await queryRunner.query('DROP TABLE "commitment_theme"');
    await queryRunner.query('DROP INDEX "public"."ix_commitment_organisation_organisation"');
    await queryRunner.query('DROP TABLE "commitment_organisation"');
    await queryRunner.query('DROP INDEX "public"."ix_commitment_next_update_due"');
    await queryRunner.query('DROP TABLE "commitment"');
  }
}
