import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HomeVisit1796487820285 implements MigrationInterface {
  name = 'HomeVisit1796487820285';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "home_visit" ("user_id" uuid NOT NULL, "last_visit_at" TIMESTAMP WITH TIME ZONE NOT NULL, "previous_visit_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1a3bd47aff13b0c91815c612b10" PRIMARY KEY ("user_id"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "home_visit"');
  }
}
