import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventFeedbackUpdatedAt1795618068203 implements MigrationInterface {
  name = 'EventFeedbackUpdatedAt1795618068203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "event_feedback" ADD "updated_at" TIMESTAMP WITH TIME ZONE',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event_feedback" DROP COLUMN "updated_at"');
  }
}
