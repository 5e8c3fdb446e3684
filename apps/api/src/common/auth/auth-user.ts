import type { Role } from '@mic/shared-util';

export interface AuthRole {
  role: Role;
  icsId: string | null;
}

/** The signed-in person, attached to the request by the session strategy. */
export interface AuthUser {
  id: string;
  name: string;
  email: string;
  organisationId: string;
  roles: AuthRole[];
  verified: boolean;
  sessionId: string;
  createdAt: Date;
}

export function hasRole(user: AuthUser | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r.role));
}
