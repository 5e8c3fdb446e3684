import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';

/**
 * Regional admins manage any organisation; ICS admins manage organisations
 * that belong only to ICSs they administer (so one ICS cannot edit another's).
 */
export function canManageOrganisation(actor: AuthUser, organisationIcsIds: string[]): boolean {
  if (hasRole(actor, Role.REGIONAL_ADMIN)) return true;
  const adminOf = new Set(actor.roles.filter((r) => r.role === Role.ICS_ADMIN).map((r) => r.icsId));
  return organisationIcsIds.length > 0 && organisationIcsIds.every((id) => adminOf.has(id));
}

/**
 * Merging moves one organisation's content into another: the actor must be
 * able to manage both (an ICS admin only within their ICSs).
 */
export function canMergeOrganisations(
  actor: AuthUser,
  survivorIcsIds: string[],
  duplicateIcsIds: string[],
): boolean {
  return (
    canManageOrganisation(actor, survivorIcsIds) && canManageOrganisation(actor, duplicateIcsIds)
  );
}

/** Themes, organisation types and metrics are regional: regional admins only. */
export function canManageReferenceData(actor: AuthUser): boolean {
  return hasRole(actor, Role.REGIONAL_ADMIN);
}

/**
 * Which organisations an admin's list shows: null for a regional admin (all),
 * else the ICSs the person administers (issue #15).
 */
export function organisationListScope(actor: AuthUser): string[] | null {
  if (hasRole(actor, Role.REGIONAL_ADMIN)) return null;
  return actor.roles
    .filter((r) => r.role === Role.ICS_ADMIN && r.icsId)
    .map((r) => r.icsId as string);
}
