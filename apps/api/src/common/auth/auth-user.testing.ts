import { Role } from '@mic/shared-util';

import type { AuthUser } from './auth-user';
import { membershipOf } from './auth-user';

/**
 * A signed-in person for unit specs: a VERIFIED member of `organisationId`
 * unless `verified: false`, which makes it a self-declared (REQUESTED)
 * membership, exactly as the session strategy builds it.
 */
export function testAuthUser(overrides: Partial<AuthUser> = {}): AuthUser {
  const organisationId =
    overrides.organisationId === undefined ? 'org-a' : overrides.organisationId;
  const status = overrides.verified === false ? 'REQUESTED' : 'VERIFIED';
  return {
    id: 'u1',
    name: 'U',
    email: 'u@example.org',
    roles: [{ role: Role.MEMBER, icsId: null }],
    sessionId: 's',
    createdAt: new Date(),
    ...overrides,
    ...membershipOf(organisationId, organisationId ? status : null),
  };
}
