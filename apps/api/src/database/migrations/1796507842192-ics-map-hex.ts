import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IcsMapHex1796507842192 implements MigrationInterface {
  name = 'IcsMapHex1796507842192';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ics" ADD "map_hex_col" integer');
    await queryRunner.query('ALTER TABLE "ics" ADD "map_hex_row" integer');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ics" DROP COLUMN "map_hex_row"');
    await queryRunner.query('ALTER TABLE "ics" DROP COLUMN "map_hex_col"');
  }
}
