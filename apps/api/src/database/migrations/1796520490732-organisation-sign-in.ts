import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationSignIn1796520490732 implements MigrationInterface {
  name = 'OrganisationSignIn1796520490732';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sso_connection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "display_name" character varying(80) NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(300) NOT NULL, "client_secret_sealed" text NOT NULL, "verifies_membership" boolean NOT NULL DEFAULT false, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5158ac85025e15df591a62eb7ab" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "sso_connection_domain" ("domain" character varying(253) NOT NULL, "connection_id" uuid NOT NULL, CONSTRAINT "PK_e970ebff1e45fbecb55c3084938" PRIMARY KEY ("domain"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sso_connection_domain_connection" ON "sso_connection_domain"  ("connection_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sso_flow" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" character(64) NOT NULL, "browser_hash" character(64) NOT NULL, "connection_id" uuid NOT NULL, "nonce" character varying(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "return_to" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_44febf9451925fa23468133d292" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_sso_flow_state" ON "sso_flow"  ("state_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sso_pending_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "connection_id" uuid NOT NULL, "subject" character varying(255) NOT NULL, "return_to" character varying(500) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_34ea85118bcd66da9688735ad66" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_sso_pending_link_token" ON "sso_pending_link"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sso_session" ("session_id" uuid NOT NULL, "connection_id" uuid NOT NULL, "id_token" text NOT NULL, CONSTRAINT "PK_079f6208f2342462277e4ad6bb1" PRIMARY KEY ("session_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "user_sso_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "connection_id" uuid NOT NULL, "subject" character varying(255) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c860890d77720817a8068ea7a24" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_user_sso_identity_user" ON "user_sso_identity"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_user_sso_identity_user" ON "user_sso_identity"  ("connection_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_user_sso_identity_subject" ON "user_sso_identity"  ("connection_id", "subject") ',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_connection_domain" ADD CONSTRAINT "FK_355985e6a53ed947e3fb39e536e" FOREIGN KEY ("connection_id") REFERENCES "sso_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_flow" ADD CONSTRAINT "FK_0fb709ce91c3e24ae99669e1568" FOREIGN KEY ("connection_id") REFERENCES "sso_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_pending_link" ADD CONSTRAINT "FK_0c2060c8d91384ee7e0be68e858" FOREIGN KEY ("connection_id") REFERENCES "sso_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_session" ADD CONSTRAINT "FK_079f6208f2342462277e4ad6bb1" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_session" ADD CONSTRAINT "FK_ee62831b7747c0aa4ae3327429d" FOREIGN KEY ("connection_id") REFERENCES "sso_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_sso_identity" ADD CONSTRAINT "FK_ef25a673aa49c256c494e19836c" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_sso_identity" ADD CONSTRAINT "FK_3f0c08a35aaa8cee7cdc87b37f4" FOREIGN KEY ("connection_id") REFERENCES "sso_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "user_sso_identity" DROP CONSTRAINT "FK_3f0c08a35aaa8cee7cdc87b37f4"',
    );
    await queryRunner.query(
      'ALTER TABLE "user_sso_identity" DROP CONSTRAINT "FK_ef25a673aa49c256c494e19836c"',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_session" DROP CONSTRAINT "FK_ee62831b7747c0aa4ae3327429d"',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_session" DROP CONSTRAINT "FK_079f6208f2342462277e4ad6bb1"',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_pending_link" DROP CONSTRAINT "FK_0c2060c8d91384ee7e0be68e858"',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_flow" DROP CONSTRAINT "FK_0fb709ce91c3e24ae99669e1568"',
    );
    await queryRunner.query(
      'ALTER TABLE "sso_connection_domain" DROP CONSTRAINT "FK_355985e6a53ed947e3fb39e536e"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_user_sso_identity_subject"');
    await queryRunner.query('DROP INDEX "public"."uq_user_sso_identity_user"');
    await queryRunner.query('DROP INDEX "public"."ix_user_sso_identity_user"');
    await queryRunner.query('DROP TABLE "user_sso_identity"');
    await queryRunner.query('DROP TABLE "sso_session"');
    await queryRunner.query('DROP INDEX "public"."uq_sso_pending_link_token"');
    await queryRunner.query('DROP TABLE "sso_pending_link"');
    await queryRunner.query('DROP INDEX "public"."uq_sso_flow_state"');
    await queryRunner.query('DROP TABLE "sso_flow"');
    await queryRunner.query('DROP INDEX "public"."ix_sso_connection_domain_connection"');
    await queryRunner.query('DROP TABLE "sso_connection_domain"');
    await queryRunner.query('DROP TABLE "sso_connection"');
  }
}
