import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * mic_register_for_event(id, event, user, answers, sensitive, now): looks up
 * the delegate's organisation type and ICSs itself (before taking the event
 * lock) and calls the 8-argument version. Saves the API a query per
 * registration (docs/adr/0005-registration-in-one-statement.md).
 */
export class RegisterForEventLooksUpProfile1795621252270 implements MigrationInterface {
  name = 'RegisterForEventLooksUpProfile1795621252270';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
CREATE FUNCTION mic_register_for_event(
  p_id uuid, p_event_id uuid, p_user_id uuid, p_answers jsonb, p_sensitive jsonb, p_now timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_ics text[];
  v_org_type text;
BEGIN
  -- The delegate profile as the registration snapshots it: organisation type and ICS codes.
  SELECT o.type_key, array_remove(array_agg(i.ods_code::text ORDER BY i.ods_code), NULL)
    INTO v_org_type, v_ics
    FROM app_user u
    JOIN organisation o ON o.id = u.organisation_id
    LEFT JOIN organisation_ics oi ON oi.organisation_id = o.id
    LEFT JOIN ics i ON i.id = oi.ics_id
   WHERE u.id = p_user_id
   GROUP BY o.type_key;
  RETURN mic_register_for_event(p_id, p_event_id, p_user_id, coalesce(v_ics, '{}'::text[]), v_org_type::text,
                                p_answers, p_sensitive, p_now);
END
$fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP FUNCTION mic_register_for_event(uuid, uuid, uuid, jsonb, jsonb, timestamptz)',
    );
  }
}
