import { ROLE_LABELS } from '@mic/shared-util';
import type { Role as SharedRole } from '@mic/shared-util';
import type { MyAccountQuery, Role } from '@mic/web-data-access';

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role as SharedRole];
}

type AccountUser = NonNullable<MyAccountQuery['me']>;

/** "ICS admin (Black Country)", one entry per assignment; falls back to plain roles. */
export function describeRoles(user: Pick<AccountUser, 'roles' | 'roleAssignments'>): string[] {
  if (user.roleAssignments.length > 0) {
    return user.roleAssignments.map((assignment) =>
      assignment.ics
        ? `${roleLabel(assignment.role)} (${assignment.ics.shortName})`
        : roleLabel(assignment.role),
    );
  }
  return user.roles.map(roleLabel);
}
