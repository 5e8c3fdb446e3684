import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationMoveHistory1795613219664 implements MigrationInterface {
  name = 'RegistrationMoveHistory1795613219664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event_registration_change" ADD "from_event_id" uuid');
    await queryRunner.query('ALTER TABLE "event_registration_change" ADD "to_event_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "event_registration_change" ADD "related_registration_id" uuid',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "event_registration_change" DROP COLUMN "related_registration_id"',
    );
    await queryRunner.query('ALTER TABLE "event_registration_change" DROP COLUMN "to_event_id"');
    await queryRunner.query('ALTER TABLE "event_registration_change" DROP COLUMN "from_event_id"');
  }
}
