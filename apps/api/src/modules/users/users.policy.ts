import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';

/** The email is personal: the person themselves and admins only. */
export function canSeeEmail(viewer: AuthUser | null, subjectUserId: string): boolean {
  if (!viewer) return false;
  return viewer.id === subjectUserId || hasRole(viewer, Role.REGIONAL_ADMIN, Role.ICS_ADMIN);
}

/** Regional admins grant any role; ICS admins only MEMBER/ORGANISER/MODERATOR within their ICS. */
export function canGrantRole(
  actor: AuthUser,
  role: Role,
  subjectIcsIds: string[],
): boolean {
  if (hasRole(actor, Role.REGIONAL_ADMIN)) return true;
  if (role === Role.REGIONAL_ADMIN || role === Role.ICS_ADMIN) return false;
  const adminOf = actor.roles.filter((r) => r.role === Role.ICS_ADMIN).map((r) => r.icsId);
  return subjectIcsIds.some((id) => adminOf.includes(id));
}

/**
 * Profiles (`person(id)`, `/people/<id>`): any signed-in viewer may see a
 * verified, non-suspended member's profile; nobody sees an unverified or
 * suspended person's (they are answered as not found, so their existence is not revealed).
 */
export function canViewProfile(
  viewer: AuthUser | null,
  person: { membershipStatus: string | null; suspendedUntil: Date | null },
  now = new Date(),
): boolean {
  if (!viewer) return false;
  if (person.membershipStatus !== 'VERIFIED') return false;
  return !person.suspendedUntil || person.suspendedUntil.getTime() <= now.getTime();
}
