import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';

/** Which entries a reader may see: all of them, or those scoped to some ICSs. */
export type AuditScope = { all: true } | { all: false; icsIds: string[] };

/**
 * Who may read the audit log: regional admins see every entry; ICS admins see
 * the entries scoped to their ICSs (written by someone holding a role there,
 * or about something in it); anyone else nothing (null).
 */
export function auditScopeFor(user: AuthUser | null): AuditScope | null {
  if (!user) return null;
  if (hasRole(user, Role.REGIONAL_ADMIN)) return { all: true };
  const icsIds = [
    ...new Set(
      user.roles
        .filter((r) => r.role === Role.ICS_ADMIN && !!r.icsId)
        .map((r) => r.icsId as string),
    ),
  ];
  return icsIds.length ? { all: false, icsIds } : null;
}
