import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { hasRole } from '../../../common/auth/auth-user';

/**
 * An ICS's board pack: regional admins, that ICS's admins, and VERIFIED
 * members of an organisation that belongs to the ICS (an unverified,
 * self-declared membership grants nothing).
 */
export function canRequestIcsPack(
  user: AuthUser,
  icsId: string,
  verifiedOrganisationIcsIds: readonly string[],
): boolean {
  if (hasRole(user, Role.REGIONAL_ADMIN)) return true;
  if (user.roles.some((r) => r.role === Role.ICS_ADMIN && r.icsId === icsId)) return true;
  return !!user.organisationId && verifiedOrganisationIcsIds.includes(icsId);
}

/**
 * The region's pack compares all 11 ICSs: regional admins and ICS admins
 * (who report to the region's board), not every member.
 */
export function canRequestRegionPack(user: AuthUser): boolean {
  return hasRole(user, Role.REGIONAL_ADMIN, Role.ICS_ADMIN);
}

/** A pack is seen and downloaded by whoever asked for it, and by regional admins. */
export function canReadPack(user: AuthUser, pack: { requestedById: string }): boolean {
  return pack.requestedById === user.id || hasRole(user, Role.REGIONAL_ADMIN);
}
