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
 * A verified member of the same organisation, or an ICS admin of one of the
 * organisation's ICSs, or a regional admin, may vouch for an unverified member.
 */
export function canVouch(
  actor: AuthUser,
  subject: { id: string; organisationId: string },
  subjectIcsIds: string[],
): boolean {
  if (actor.id === subject.id) return false;
  if (hasRole(actor, Role.REGIONAL_ADMIN)) return true;
  const adminOf = actor.roles.filter((r) => r.role === Role.ICS_ADMIN).map((r) => r.icsId);
  if (subjectIcsIds.some((id) => adminOf.includes(id))) return true;
  return actor.verified && actor.organisationId === subject.organisationId;
}
