import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * mic_register_at_event_version(id, event, version, user, answers, sensitive, now): the
 * registration statement for an API that checked the answers against a cached copy of the
 * event. It looks up the delegate profile (before the event lock, as the 6-argument form
 * does), locks the event row and returns `{"outcome": "STALE"}` when the event's version is
 * not the one the answers were checked against; otherwise it decides the place as
 * mic_register_for_event does. Saves the API reading the event on every registration
 * (docs/adr/0005-registration-in-one-statement.md).
 */
export class RegisterAtEventVersion1796600000000 implements MigrationInterface {
  name = 'RegisterAtEventVersion1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
CREATE FUNCTION mic_register_at_event_version(
  p_id uuid, p_event_id uuid, p_event_version integer, p_user_id uuid, p_answers jsonb, p_sensitive jsonb,
  p_now timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_ics text[];
  v_org_type text;
  v_version integer;
BEGIN
  -- The delegate profile as the registration snapshots it (only a VERIFIED membership counts).
  SELECT o.type_key, array_remove(array_agg(i.ods_code::text ORDER BY i.ods_code), NULL)
    INTO v_org_type, v_ics
    FROM app_user u
    LEFT JOIN organisation o ON o.id = u.organisation_id AND u.membership_status = 'VERIFIED'
    LEFT JOIN organisation_ics oi ON oi.organisation_id = o.id
    LEFT JOIN ics i ON i.id = oi.ics_id
   WHERE u.id = p_user_id
   GROUP BY o.type_key;
  -- The lock mic_register_for_event takes (it takes it again at no cost): the version cannot
  -- change between this check and the place decision.
  SELECT version INTO v_version FROM event WHERE id = p_event_id FOR UPDATE;
  IF NOT FOUND OR v_version <> p_event_version THEN
    RETURN jsonb_build_object('outcome', 'STALE');
  END IF;
  RETURN mic_register_for_event(p_id, p_event_id, p_user_id, coalesce(v_ics, '{}'::text[]), v_org_type::text,
                                p_answers, p_sensitive, p_now);
END
$fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP FUNCTION mic_register_at_event_version(uuid, uuid, integer, uuid, jsonb, jsonb, timestamptz)',
    );
  }
}
