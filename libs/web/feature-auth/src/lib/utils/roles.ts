import type { MyAccountQuery, Role } from '@mic/web-data-access';

const ROLE_LABELS: Record<Role, string> = {
  MEMBER: 'Member',
  ORGANISER: 'Event organiser',
  MODERATOR: 'Moderator',
  ICS_ADMIN: 'ICS admin',
  REGIONAL_ADMIN: 'Regional admin',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
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
