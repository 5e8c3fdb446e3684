import type { MigrationInterface, QueryRunner } from 'typeorm';

// The tables dashboards are computed from (DASHBOARD_SOURCE_TABLES in
// modules/dashboards/dashboard-cache.ts, as of this migration).
const TABLES = [
  'adoption',
  'adoption_stage_change',
  'case_study',
  'case_study_theme',
  'commitment',
  'commitment_organisation',
  'commitment_theme',
  'commitment_update',
  'commitment_update_evidence',
  'event',
  'event_registration',
  'ics',
  'metric',
  'organisation',
  'organisation_ics',
  'organisation_place',
  'organisation_type',
  'outcome_measurement',
  'place',
  'theme',
];

/**
 * A data version for the dashboard cache: a sequence bumped when a
 * transaction that changed a dashboard source table commits (a deferred
 * constraint trigger per row, so the bump comes at commit) or when such a
 * table is truncated. nextval never blocks and is never rolled back, so
 * writers are not serialised and a rolled-back change costs only a recompute.
 */
export class DashboardDataVersion1796523000000 implements MigrationInterface {
  name = 'DashboardDataVersion1796523000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SEQUENCE "dashboard_data_version"');
    await queryRunner.query(`CREATE FUNCTION mic_bump_dashboard_version() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('dashboard_data_version'); RETURN NULL; END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "dashboard_version_bump" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mic_bump_dashboard_version()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "dashboard_version_bump_truncate" AFTER TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION mic_bump_dashboard_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "dashboard_version_bump_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "dashboard_version_bump" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION mic_bump_dashboard_version()');
    await queryRunner.query('DROP SEQUENCE "dashboard_data_version"');
  }
}
