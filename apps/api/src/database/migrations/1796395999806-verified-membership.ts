import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The delegate profile lookup of mic_register_for_event; `verifiedOnly` adds the membership test. */
function registerFunction(verifiedOnly: boolean): string {
  const join = verifiedOnly
    ? `LEFT JOIN organisation o ON o.id = u.organisation_id AND u.membership_status = 'VERIFIED'`
    : 'JOIN organisation o ON o.id = u.organisation_id';
  return `
CREATE OR REPLACE FUNCTION mic_register_for_event(
  p_id uuid, p_event_id uuid, p_user_id uuid, p_answers jsonb, p_sensitive jsonb, p_now timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_ics text[];
  v_org_type text;
BEGIN
  -- The delegate profile as the registration snapshots it: organisation type and ICS codes.${
    verifiedOnly
      ? `
  -- Only a VERIFIED membership counts: an unverified registrant competes for the open places.`
      : ''
  }
  SELECT o.type_key, array_remove(array_agg(i.ods_code::text ORDER BY i.ods_code), NULL)
    INTO v_org_type, v_ics
    FROM app_user u
    ${join}
    LEFT JOIN organisation_ics oi ON oi.organisation_id = o.id
    LEFT JOIN ics i ON i.id = oi.ics_id
   WHERE u.id = p_user_id
   GROUP BY o.type_key;
  RETURN mic_register_for_event(p_id, p_event_id, p_user_id, coalesce(v_ics, '{}'::text[]), v_org_type::text,
                                p_answers, p_sensitive, p_now);
END
$fn$`;
}

/**
 * Membership of an organisation is proven, never self-declared (issue #10,
 * docs/adr/0006-verified-membership.md): membership status, email
 * confirmation links, requests for organisations not yet listed. Existing
 * users verified only because their email domain matched (the mailbox was
 * never confirmed) go back to REQUESTED. Event quotas count verified
 * memberships only.
 */
export class VerifiedMembership1796395999806 implements MigrationInterface {
  name = 'VerifiedMembership1796395999806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "email_confirmation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff2b80a46c3992a0046b07c5456" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_email_confirmation_user" ON "email_confirmation"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_email_confirmation_token_hash" ON "email_confirmation"  ("token_hash") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organisation_request_status\" AS ENUM('REQUESTED', 'CREATED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisation_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requested_by_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "type_key" character varying(60) NOT NULL, "ics_id" uuid NOT NULL, "website" character varying(300), "email_domain" character varying(253), "status" "public"."organisation_request_status" NOT NULL DEFAULT \'REQUESTED\', "organisation_id" uuid, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_70bb062ced5bfd89e62b913f715" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organisation_request_requested_by" ON "organisation_request"  ("requested_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organisation_request_ics" ON "organisation_request"  ("ics_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organisation_request_status" ON "organisation_request"  ("status") ',
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organisation_request_open" ON "organisation_request" ("requested_by_id") WHERE status = 'REQUESTED'`,
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"membership_status\" AS ENUM('REQUESTED', 'VERIFIED', 'DECLINED')",
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "membership_status" "public"."membership_status"',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "membership_requested_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "membership_declined_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "app_user" ADD "membership_declined_by_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"',
    );
    await queryRunner.query('ALTER TABLE "app_user" ALTER COLUMN "organisation_id" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Backfill: vouched and seeded memberships stay verified; an unconfirmed email-domain match does not.
    await queryRunner.query(
      `UPDATE app_user SET membership_requested_at = created_at,
              membership_status = CASE WHEN verified_at IS NOT NULL AND verification_method IS DISTINCT FROM 'EMAIL_DOMAIN'
                                       THEN 'VERIFIED' ELSE 'REQUESTED' END::membership_status`,
    );
    await queryRunner.query(
      `UPDATE app_user SET verified_at = NULL, verification_method = NULL, verified_by_id = NULL
        WHERE membership_status = 'REQUESTED'`,
    );
    await queryRunner.query(registerFunction(true));
    await queryRunner.query(
      'ALTER TABLE "email_confirmation" ADD CONSTRAINT "FK_857e9c1f08bc0a9f50101621833" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_request" ADD CONSTRAINT "FK_822da3ac8df70d0cf02d6c81b22" FOREIGN KEY ("ics_id") REFERENCES "ics"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_request" ADD CONSTRAINT "FK_aa939a8f416d84a7ec60b48f9c4" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(registerFunction(false));
    const orphans: { n: number }[] = await queryRunner.query(
      'SELECT count(*)::int AS n FROM app_user WHERE organisation_id IS NULL',
    );
    if (orphans[0].n > 0) {
      throw new Error(
        `${orphans[0].n} people have no organisation yet; the previous schema requires one. Give them one first.`,
      );
    }
    await queryRunner.query(
      'ALTER TABLE "organisation_request" DROP CONSTRAINT "FK_aa939a8f416d84a7ec60b48f9c4"',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_request" DROP CONSTRAINT "FK_822da3ac8df70d0cf02d6c81b22"',
    );
    await queryRunner.query(
      'ALTER TABLE "email_confirmation" DROP CONSTRAINT "FK_857e9c1f08bc0a9f50101621833"',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"',
    );
    await queryRunner.query('ALTER TABLE "app_user" ALTER COLUMN "organisation_id" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "email_confirmed_at"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "membership_declined_by_id"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "membership_declined_at"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "membership_requested_at"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "membership_status"');
    await queryRunner.query('DROP TYPE "public"."membership_status"');
    await queryRunner.query('DROP INDEX "public"."uq_organisation_request_open"');
    await queryRunner.query('DROP INDEX "public"."ix_organisation_request_status"');
    await queryRunner.query('DROP INDEX "public"."ix_organisation_request_ics"');
    await queryRunner.query('DROP INDEX "public"."ix_organisation_request_requested_by"');
    await queryRunner.query('DROP TABLE "organisation_request"');
    await queryRunner.query('DROP TYPE "public"."organisation_request_status"');
    await queryRunner.query('DROP INDEX "public"."uq_email_confirmation_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_email_confirmation_user"');
    await queryRunner.query('DROP TABLE "email_confirmation"');
  }
}
