import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registration place decision as database functions, so a registration
 * takes the event row lock, decides and inserts in ONE statement: the lock is
 * held for the server-side work and the commit only, never across a round
 * trip to a busy API process (see docs/adr/0005-registration-in-one-statement.md).
 *
 * mic_allocate_place is the SQL twin of events.policy.ts allocatePlace (pure,
 * IMMUTABLE); an integration test runs both over the same random scenarios.
 */
export class RegisterForEventFunction1795617042340 implements MigrationInterface {
  name = 'RegisterForEventFunction1795617042340';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // For the sweep that queues any first email whose job was not queued after the commit.
    await queryRunner.query(
      'CREATE INDEX "ix_event_registration_created" ON "event_registration" ("created_at") ',
    );
    await queryRunner.query(`
CREATE FUNCTION mic_allocate_place(p_capacity integer, p_quotas jsonb, p_usage jsonb, p_ics text[], p_org_type text)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  v_held integer;
  v_reserved integer;
  v_quota jsonb;
BEGIN
  SELECT coalesce(sum(value::integer), 0) INTO v_held FROM jsonb_each_text(p_usage);
  IF v_held >= p_capacity THEN
    RETURN NULL;
  END IF;
  -- ICS quotas first, then organisation-type quotas, each in the given order.
  FOR v_quota IN
    SELECT e.value FROM jsonb_array_elements(p_quotas) WITH ORDINALITY AS e(value, ord)
     ORDER BY (e.value->>'kind') <> 'ICS', e.ord
  LOOP
    IF ((v_quota->>'kind' = 'ICS' AND (v_quota->>'key') = ANY(p_ics))
        OR (v_quota->>'kind' <> 'ICS' AND p_org_type IS NOT NULL AND (v_quota->>'key') = p_org_type))
       AND coalesce((p_usage->>(v_quota->>'id'))::integer, 0) < (v_quota->>'places')::integer THEN
      RETURN v_quota->>'id';
    END IF;
  END LOOP;
  SELECT coalesce(sum((e.value->>'places')::integer), 0) INTO v_reserved FROM jsonb_array_elements(p_quotas) AS e(value);
  IF coalesce((p_usage->>'')::integer, 0) < greatest(0, p_capacity - v_reserved) THEN
    RETURN '';
  END IF;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`
CREATE FUNCTION mic_register_for_event(
  p_id uuid, p_event_id uuid, p_user_id uuid, p_ics text[], p_org_type text,
  p_answers jsonb, p_sensitive jsonb, p_now timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_event record;
  v_existing event_registration;
  v_quotas jsonb;
  v_usage jsonb;
  v_slot text;
  v_quota jsonb;
  v_status event_registration_status;
  v_quota_id uuid;
  v_position integer;
  v_ics text;
  v_reg event_registration;
BEGIN
  -- Serialises every place decision for the event, in any number of API processes.
  SELECT id, status, capacity, requires_approval, registration_opens_at, registration_closes_at, starts_at
    INTO v_event FROM event WHERE id = p_event_id FOR UPDATE;
  IF NOT FOUND OR v_event.status <> 'PUBLISHED' THEN
    RETURN jsonb_build_object('outcome', 'NOT_OPEN');
  END IF;
  -- Each statement below sees everything committed before the lock was granted.
  SELECT * INTO v_existing FROM event_registration
   WHERE event_id = p_event_id AND user_id = p_user_id
     AND status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL')
   LIMIT 1;
  IF FOUND THEN
    RETURN jsonb_build_object('outcome', 'EXISTING', 'registration', to_jsonb(v_existing));
  END IF;
  IF (v_event.registration_opens_at IS NOT NULL AND p_now < v_event.registration_opens_at)
     OR p_now >= coalesce(v_event.registration_closes_at, v_event.starts_at) THEN
    RETURN jsonb_build_object('outcome', 'CLOSED');
  END IF;
  v_ics := p_ics[1];
  IF v_event.requires_approval THEN
    v_status := 'PENDING_APPROVAL';
  ELSE
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'kind', kind, 'key', key, 'places', places) ORDER BY kind, key), '[]'::jsonb)
      INTO v_quotas FROM event_quota WHERE event_id = p_event_id;
    SELECT coalesce(jsonb_object_agg(coalesce(quota_id::text, ''), n), '{}'::jsonb) INTO v_usage
      FROM (SELECT quota_id, count(*)::integer AS n FROM event_registration
             WHERE event_id = p_event_id AND status IN ('CONFIRMED', 'OFFERED') GROUP BY quota_id) u;
    v_slot := mic_allocate_place(v_event.capacity, v_quotas, v_usage, p_ics, p_org_type);
    IF v_slot IS NULL THEN
      v_status := 'WAITLISTED';
      SELECT coalesce(max(waitlist_position), 0) + 1 INTO v_position FROM event_registration WHERE event_id = p_event_id;
    ELSE
      v_status := 'CONFIRMED';
      IF v_slot <> '' THEN
        v_quota_id := v_slot::uuid;
        SELECT q.value INTO v_quota FROM jsonb_array_elements(v_quotas) AS q(value) WHERE q.value->>'id' = v_slot;
        IF v_quota->>'kind' = 'ICS' THEN
          v_ics := v_quota->>'key';
        END IF;
      END IF;
    END IF;
  END IF;
  INSERT INTO event_registration (id, event_id, user_id, status, quota_id, ics_ods_code, organisation_type_key,
                                  waitlist_position, answers, sensitive_answers, consent_at)
  VALUES (p_id, p_event_id, p_user_id, v_status, v_quota_id, v_ics, p_org_type,
          v_position, coalesce(p_answers, '{}'::jsonb), p_sensitive, now())
  RETURNING * INTO v_reg;
  INSERT INTO event_registration_change (registration_id, from_status, to_status, actor_id)
  VALUES (v_reg.id, NULL, v_reg.status::text, p_user_id);
  RETURN jsonb_build_object('outcome', 'CREATED', 'registration', to_jsonb(v_reg));
END
$fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP FUNCTION mic_register_for_event(uuid, uuid, uuid, text[], text, jsonb, jsonb, timestamptz)',
    );
    await queryRunner.query(
      'DROP FUNCTION mic_allocate_place(integer, jsonb, jsonb, text[], text)',
    );
    await queryRunner.query('DROP INDEX "public"."ix_event_registration_created"');
  }
}
