import type { Role } from '@mic/shared-util';

export interface AuthRole {
  role: Role;
  icsId: string | null;
}

/** REQUESTED, VERIFIED or DECLINED (the membership module's enum values). */
export type AuthMembershipStatus = 'REQUESTED' | 'VERIFIED' | 'DECLINED';

/** READ runs queries only; READ_WRITE also mutations (the AccessScopeGuard decides). */
export type AuthAccessTokenScope = 'READ' | 'READ_WRITE';

/** The signed-in person, attached to the request by the session strategy. */
export interface AuthUser {
  id: string;
  name: string;
  email: string;
  /**
   * The organisation whose membership is VERIFIED, or null. This is the only
   * organisation the person may act for: every rule that compares
   * organisations reads this field, so an unverified (self-declared)
   * membership grants nothing.
   */
  organisationId: string | null;
  /** The organisation asked for or belonged to, whatever the status (never grants rights). */
  membership: { organisationId: string; status: AuthMembershipStatus } | null;
  roles: AuthRole[];
  /** Whether the membership is verified (same as `organisationId !== null`). */
  verified: boolean;
  /**
   * The session making the request. For a personal access token this is the
   * token's id (it matches no session, so "this session" is never one).
   */
  sessionId: string;
  createdAt: Date;
  /** Set when the request authenticated with a personal access token (`Bearer mic_pat_…`), not a session. */
  accessToken?: { id: string; scope: AuthAccessTokenScope } | null;
  /**
   * The id of the HTTP request this user object was built for (`x-request-id`,
   * see common/http/request-context.ts), so audit entries written on their
   * behalf carry it without AsyncLocalStorage. Absent outside a request.
   */
  requestId?: string;
}

export function hasRole(user: AuthUser | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r.role));
}

/** The AuthUser fields derived from the stored membership columns. */
export function membershipOf(
  organisationId: string | null,
  status: AuthMembershipStatus | null,
): Pick<AuthUser, 'organisationId' | 'membership' | 'verified'> {
  const verified = !!organisationId && status === 'VERIFIED';
  return {
    organisationId: verified ? organisationId : null,
    membership: organisationId && status ? { organisationId, status } : null,
    verified,
  };
}

/**
 * Whether the person is a VERIFIED member of the organisation. Every rule
 * that grants rights for an organisation uses this (never compare
 * `organisationId` by hand: two nulls are equal).
 */
export function isVerifiedMemberOf(
  user: AuthUser | null | undefined,
  organisationId: string | null | undefined,
): boolean {
  return !!user && !!user.organisationId && !!organisationId && user.organisationId === organisationId;
}
