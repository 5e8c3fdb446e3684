import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole, isVerifiedMemberOf } from '../../common/auth/auth-user';

/** The parts of a commitment the rules look at. */
export interface CommitmentFacts {
  ownerId: string;
  organisationIds: readonly string[];
  /** The ICSs (ids) of its organisations. */
  icsIds: readonly string[];
}

function administersAny(user: AuthUser, icsIds: readonly string[]): boolean {
  return user.roles.some((r) => r.role === Role.ICS_ADMIN && !!r.icsId && icsIds.includes(r.icsId));
}

/**
 * Who may make a commitment for these organisations: a verified member of
 * one of them, an ICS admin when one of them is in their ICS, or a regional
 * admin.
 */
export function canCreateCommitment(
  user: AuthUser | null,
  organisationIds: readonly string[],
  organisationIcsIds: readonly string[],
): boolean {
  if (!user) return false;
  if (hasRole(user, Role.REGIONAL_ADMIN)) return true;
  if (organisationIds.some((id) => isVerifiedMemberOf(user, id))) return true;
  return administersAny(user, organisationIcsIds);
}

/**
 * Who may report progress: the owner, verified members of its
 * organisations, ICS admins of their ICSs, and regional admins.
 */
export function canUpdateCommitment(user: AuthUser | null, c: CommitmentFacts): boolean {
  if (!user) return false;
  if (user.id === c.ownerId) return true;
  if (hasRole(user, Role.REGIONAL_ADMIN)) return true;
  if (c.organisationIds.some((id) => isVerifiedMemberOf(user, id))) return true;
  return administersAny(user, c.icsIds);
}

/**
 * Who may change a commitment (title, statement, dates, organisations): the
 * same people who may make one for its organisations (createCommitment's
 * rule): verified members of one of them, ICS admins of their ICSs and
 * regional admins. Changing the organisations needs this for the new ones too.
 */
export function canEditCommitment(user: AuthUser | null, c: CommitmentFacts): boolean {
  return canCreateCommitment(user, c.organisationIds, c.icsIds);
}

/**
 * Which adoption figures someone may cite as evidence: those of an adoption
 * in their own ICS (their verified organisation's ICS, or one they
 * administer), their own organisation's, or any for a regional admin.
 */
export function canCiteAdoptionFigure(
  user: AuthUser | null,
  adoption: { organisationId: string; icsId: string | null },
  userIcsIds: readonly string[],
): boolean {
  if (!user) return false;
  if (hasRole(user, Role.REGIONAL_ADMIN)) return true;
  if (isVerifiedMemberOf(user, adoption.organisationId)) return true;
  if (!adoption.icsId) return false;
  return userIcsIds.includes(adoption.icsId) || administersAny(user, [adoption.icsId]);
}
