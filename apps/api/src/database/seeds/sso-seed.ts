import type { EntityManager } from 'typeorm';

import { DEV_SSO_SECRET_KEY } from '../../config/sso.config';
import { sealSecret } from '../../modules/auth/sso/secret-box';

/** Matches tools/dev/demo-idp-users.cjs (the demo identity provider's one client). */
export const DEMO_IDP_CLIENT_ID = 'midlands-commons-demo';
const DEMO_IDP_CLIENT_SECRET = 'demo-client-secret-not-secret';
/** The NHSmail-like demo domain; its people sign in through the demo identity provider. */
export const DEMO_SSO_DOMAIN = 'nhs.example';
const DEMO_SSO_ORGANISATION = 'Walsall Healthcare NHS Trust';

/**
 * Demo only (never in production, like every demo seed): the connection to
 * the demo identity provider that `npm start` runs (tools/dev/demo-idp.mjs),
 * and nhs.example as an email domain of a demo trust, so that a first sign-in
 * lands verified there. Idempotent; the secret is sealed with the configured key.
 */
export async function seedDemoSsoConnection(
  manager: EntityManager,
  env: { SSO_SECRET_KEY?: string; DEMO_IDP_PORT?: string },
): Promise<void> {
  await manager.query(
    `UPDATE organisation SET email_domains = array_append(email_domains, $2::varchar)
      WHERE name = $1 AND NOT ($2 = ANY(email_domains))`,
    [DEMO_SSO_ORGANISATION, DEMO_SSO_DOMAIN],
  );
  const taken: unknown[] = await manager.query(`SELECT 1 FROM sso_connection_domain WHERE domain = $1`, [DEMO_SSO_DOMAIN]);
  if (taken.length) return;
  const key = Buffer.from(env.SSO_SECRET_KEY ?? DEV_SSO_SECRET_KEY, 'base64');
  const issuer = `http://localhost:${Number(env.DEMO_IDP_PORT ?? 4100)}`;
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO sso_connection (display_name, issuer, client_id, client_secret_sealed, verifies_membership)
     VALUES ('NHSmail (demo)', $1, $2, $3, true) RETURNING id`,
    [issuer, DEMO_IDP_CLIENT_ID, sealSecret(key, DEMO_IDP_CLIENT_SECRET)],
  );
  await manager.query(`INSERT INTO sso_connection_domain (domain, connection_id) VALUES ($1, $2)`, [DEMO_SSO_DOMAIN, rows[0].id]);
}
