import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every table that can change an anonymous (public) response, as of this
// migration: all tables but PUBLIC_CACHE_EXEMPT_TABLES in
// common/public-cache/public-tables.ts. A later migration that creates a
// table adds the trigger too (an integration test checks every table).
const TABLES = [
  'adoption',
  'adoption_adaptation',
  'adoption_stage_change',
  'app_user',
  'assessment',
  'assessment_link',
  'board_pack',
  'case_study',
  'case_study_partner',
  'case_study_review',
  'case_study_theme',
  'case_study_version',
  'comment',
  'comment_flag',
  'comment_reaction',
  'comment_revision',
  'commitment',
  'commitment_organisation',
  'commitment_theme',
  'commitment_update',
  'commitment_update_evidence',
  'event',
  'event_feedback',
  'event_quota',
  'event_registration',
  'event_registration_change',
  'follow',
  'ics',
  'metric',
  'network',
  'organisation',
  'organisation_ics',
  'organisation_merge',
  'organisation_place',
  'organisation_request',
  'organisation_type',
  'outcome_import',
  'outcome_import_row',
  'outcome_measurement',
  'place',
  'role_assignment',
  'search_document',
  'search_document_text',
  'search_facet_label',
  'search_source_state',
  'search_vocabulary',
  'sso_connection',
  'sso_connection_domain',
  'stored_file',
  'theme',
  'thread',
  'toolkit',
  'toolkit_version',
  'user_sso_identity',
];

/**
 * The public content version (common/public-cache, docs/adr/0012): one
 * counter row per backend, bumped once per writing transaction by a
 * statement-level trigger in the writer's own transaction, so the sum moves
 * exactly when a write commits and concurrent writers never wait on one
 * another (each backend touches only its own row). TRUNCATE bumps it too.
 */
export class PublicContentVersion1796540000000 implements MigrationInterface {
  name = 'PublicContentVersion1796540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "public_content_version" ("backend" integer NOT NULL, "changes" bigint NOT NULL DEFAULT 0, CONSTRAINT "pk_public_content_version" PRIMARY KEY ("backend"))',
    );
    // Once per transaction (a transaction-local flag, rolled back with a
    // savepoint like the bump itself): repeated updates of one row inside a
    // transaction would otherwise grow a chain of row versions.
    await queryRunner.query(`CREATE FUNCTION mic_bump_public_content_version() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN
        IF current_setting('mic.public_content_bumped', true) IS DISTINCT FROM 'on' THEN
          INSERT INTO public_content_version AS v (backend, changes) VALUES (pg_backend_pid(), 1)
            ON CONFLICT (backend) DO UPDATE SET changes = v.changes + 1;
          PERFORM set_config('mic.public_content_bumped', 'on', true);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "public_content_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION mic_bump_public_content_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "public_content_version_bump" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION mic_bump_public_content_version()');
    await queryRunner.query('DROP TABLE "public_content_version"');
  }
}
