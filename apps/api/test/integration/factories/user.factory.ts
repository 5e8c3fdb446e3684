import { randomUUID } from 'node:crypto';

import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';

import { Role } from '@mic/shared-util';

import { hashToken, newSessionToken } from '../../../src/modules/auth/session-token';
import { createOrganisation } from './organisation.factory';

export const TEST_PASSWORD = 'commons-demo-2026';
let cachedHash: Promise<string> | undefined;

/** One argon2id hash of TEST_PASSWORD per run (hashing is deliberately slow). */
export function testPasswordHash(): Promise<string> {
  cachedHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return cachedHash;
}

export interface UserOverrides {
  email?: string;
  name?: string;
  organisationId?: string;
  /** Organisation created in these ICSs when organisationId is not given. */
  icsOdsCodes?: string[];
  roles?: { role: Role; icsOdsCode?: string }[];
  /** false: a self-declared, unverified (REQUESTED) membership. Default true. */
  verified?: boolean;
  /** false: the email address is not confirmed. Default true. */
  emailConfirmed?: boolean;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  /** A live session token for `gql(..., { as: token })`. */
  token: string;
}

/** Persists a user with roles and a live session; never a hard-coded token. */
export async function createUser(db: DataSource, overrides: UserOverrides = {}): Promise<TestUser> {
  const organisationId =
    overrides.organisationId ??
    (await createOrganisation(db, { icsOdsCodes: overrides.icsOdsCodes ?? ['QUA'] })).id;
  const email = overrides.email ?? `user-${randomUUID().slice(0, 12)}@example.org`;
  const name = overrides.name ?? 'Test User';
  const verified = overrides.verified ?? true;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO app_user (email, name, password_hash, organisation_id, verified_at, verification_method,
                           membership_status, membership_requested_at, email_confirmed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8) RETURNING id`,
    [
      email,
      name,
      await testPasswordHash(),
      organisationId,
      verified ? new Date() : null,
      verified ? 'SEEDED' : null,
      verified ? 'VERIFIED' : 'REQUESTED',
      overrides.emailConfirmed === false ? null : new Date(),
    ],
  );
  const id = rows[0].id;
  for (const r of [{ role: Role.MEMBER }, ...(overrides.roles ?? [])] as { role: Role; icsOdsCode?: string }[]) {
    await db.query(
      `INSERT INTO role_assignment (user_id, role, ics_id, scope_key)
       SELECT $1, $2::role, i.id, COALESCE(i.id::text, '')
         FROM (SELECT NULL::uuid AS id WHERE $3::text IS NULL
               UNION ALL SELECT id FROM ics WHERE ods_code = $3::text) i
       ON CONFLICT DO NOTHING`,
      [id, r.role, r.icsOdsCode ?? null],
    );
  }
  const token = newSessionToken();
  await db.query(
    `INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [id, hashToken(token)],
  );
  return { id, email, name, organisationId, token };
}
