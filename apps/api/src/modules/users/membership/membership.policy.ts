import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { hasRole, isVerifiedMemberOf } from '../../../common/auth/auth-user';

/** The ICSs an actor administers (ICS_ADMIN scopes). */
export function adminIcsIds(actor: AuthUser | null): string[] {
  return (actor?.roles ?? [])
    .filter((r) => r.role === Role.ICS_ADMIN && r.icsId)
    .map((r) => r.icsId as string);
}

/**
 * Who may vouch for, or decline, a request to join an organisation: a
 * verified member of that organisation, an ICS admin of one of its ICSs, or a
 * regional admin. Nobody decides their own request.
 */
export function canDecideMembership(
  actor: AuthUser,
  subject: { id: string; organisationId: string | null },
  organisationIcsIds: readonly string[],
): boolean {
  if (actor.id === subject.id || !subject.organisationId) return false;
  if (hasRole(actor, Role.REGIONAL_ADMIN)) return true;
  const adminOf = adminIcsIds(actor);
  if (organisationIcsIds.some((id) => adminOf.includes(id))) return true;
  return isVerifiedMemberOf(actor, subject.organisationId);
}

/** Regional admins see every organisation request; ICS admins those naming their ICS. */
export function canDecideOrganisationRequest(actor: AuthUser, request: { icsId: string }): boolean {
  return hasRole(actor, Role.REGIONAL_ADMIN) || adminIcsIds(actor).includes(request.icsId);
}

/**
 * Domains of free webmail services: holding such an address proves nothing
 * about an employer, so they never verify a membership.
 */
export const PUBLIC_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'talktalk.net',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'mail.com',
]);

/** Whether holding `email` proves membership of an organisation with these domains. */
export function emailProvesMembership(email: string, organisationDomains: readonly string[]): boolean {
  const domain = email.trim().toLowerCase().split('@').pop() ?? '';
  return !!domain && !PUBLIC_EMAIL_DOMAINS.has(domain) && organisationDomains.includes(domain);
}
