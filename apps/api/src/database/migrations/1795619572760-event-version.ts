import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventVersion1795619572760 implements MigrationInterface {
  name = 'EventVersion1795619572760';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" ADD "version" integer NOT NULL DEFAULT \'1\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "version"');
  }
}
