import { Role } from '@mic/shared-util';

import type { AuthRole, AuthUser } from '../../../common/auth/auth-user';
import { hasRole } from '../../../common/auth/auth-user';
import { adminIcsIds } from '../membership/membership.policy';

/**
 * Who an admin administers (issue #15): a regional admin everyone; an ICS
 * admin the people whose membership (requested or verified) is of an
 * organisation in one of their ICSs. Pure functions: the services load the facts.
 */
export type AdminScope = { all: true } | { all: false; icsIds: string[] };

/** The person acted on, as the rules need them. */
export interface AdministeredPerson {
  id: string;
  roles: readonly AuthRole[];
  /** The ICSs of the organisation the person belongs to or asked to join. */
  icsIds: readonly string[];
}

export type SuspendDecision = 'allowed' | 'self' | 'forbidden';

/** The actor's scope, or null when they administer nobody. */
export function adminScope(actor: AuthUser | null): AdminScope | null {
  if (!actor) return null;
  if (hasRole(actor, Role.REGIONAL_ADMIN)) return { all: true };
  const icsIds = adminIcsIds(actor);
  return icsIds.length ? { all: false, icsIds } : null;
}

/** The ICS filter a search by this actor runs with: theirs, narrowed by the one asked for. */
export function scopedIcsFilter(scope: AdminScope, requestedIcsId: string | null): string[] | null {
  if (scope.all) return requestedIcsId ? [requestedIcsId] : null;
  if (!requestedIcsId) return scope.icsIds;
  return scope.icsIds.includes(requestedIcsId) ? [requestedIcsId] : [];
}

const holds = (person: AdministeredPerson, role: Role): boolean =>
  person.roles.some((r) => r.role === role);

/** Whether the actor may see and act on this person at all. */
export function canAdministerPerson(actor: AuthUser, person: AdministeredPerson): boolean {
  const scope = adminScope(actor);
  if (!scope) return false;
  if (scope.all) return true;
  return person.icsIds.some((id) => scope.icsIds.includes(id));
}

/**
 * Granting or revoking `role` (scoped to `scopeIcsId` for ICS_ADMIN).
 * Regional admins: anything. ICS admins: people in their ICS, never
 * REGIONAL_ADMIN, ICS_ADMIN only for an ICS they administer, and nothing for a
 * person who is a regional admin.
 */
export function canChangeRole(
  actor: AuthUser,
  person: AdministeredPerson,
  role: Role,
  scopeIcsId: string | null,
): boolean {
  if (!canAdministerPerson(actor, person)) return false;
  if (hasRole(actor, Role.REGIONAL_ADMIN)) return true;
  if (role === Role.REGIONAL_ADMIN || holds(person, Role.REGIONAL_ADMIN)) return false;
  if (role === Role.ICS_ADMIN) return !!scopeIcsId && adminIcsIds(actor).includes(scopeIcsId);
  return true;
}

/** Suspending or restoring an account: never your own; ICS admins not a regional admin's. */
export function canSuspend(actor: AuthUser, person: AdministeredPerson): SuspendDecision {
  if (actor.id === person.id) return 'self';
  if (!canAdministerPerson(actor, person)) return 'forbidden';
  if (!hasRole(actor, Role.REGIONAL_ADMIN) && holds(person, Role.REGIONAL_ADMIN))
    return 'forbidden';
  return 'allowed';
}

/** Whether revoking `role` would leave the region with no active regional admin. */
export function removesLastRegionalAdmin(role: Role, activeRegionalAdmins: number): boolean {
  return role === Role.REGIONAL_ADMIN && activeRegionalAdmins <= 1;
}
