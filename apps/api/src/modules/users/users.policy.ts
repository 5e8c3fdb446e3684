import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';

/** The email is personal: the person themselves and admins only. */
export function canSeeEmail(viewer: AuthUser | null, subjectUserId: string): boolean {
  if (!viewer) return false;
  return viewer.id === subjectUserId || hasRole(viewer, Role.REGIONAL_ADMIN, Role.ICS_ADMIN);
}

/**
 * Profiles (`person(id)`, `/people/<id>`): any signed-in viewer may see a
 * verified, non-suspended member's profile (an admin-suspended account counts as suspended); nobody sees an unverified or
 * suspended person's (they are answered as not found, so their existence is not revealed).
 */
export function canViewProfile(
  viewer: AuthUser | null,
  person: { membershipStatus: string | null; suspendedUntil: Date | null; accountSuspendedAt?: Date | null },
  now = new Date(),
): boolean {
  if (!viewer) return false;
  if (person.membershipStatus !== 'VERIFIED' || person.accountSuspendedAt) return false;
  return !person.suspendedUntil || person.suspendedUntil.getTime() <= now.getTime();
}
