import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-ins are now recorded in the registration history (reason CHECKED_IN,
 * CONFIRMED -> CONFIRMED). Data only: backfills a row for every earlier
 * check-in, at its time and by the organiser who did it.
 */
export class RegistrationCheckInHistory1795617783639 implements MigrationInterface {
  name = 'RegistrationCheckInHistory1795617783639';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "event_registration_change" ("registration_id", "from_status", "to_status", "actor_id", "reason", "created_at")
       SELECT r."id", 'CONFIRMED', 'CONFIRMED', r."checked_in_by_id", 'CHECKED_IN', r."checked_in_at"
         FROM "event_registration" r
        WHERE r."checked_in_at" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "event_registration_change" c
                           WHERE c."registration_id" = r."id" AND c."reason" = 'CHECKED_IN')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The code before this migration neither wrote nor read CHECKED_IN rows.
    await queryRunner.query(
      `DELETE FROM "event_registration_change" WHERE "reason" = 'CHECKED_IN'`,
    );
  }
}
