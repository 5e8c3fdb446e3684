/** Platform roles. ICS_ADMIN is scoped to one ICS. Keys equal values (GraphQL enum names). */
export enum Role {
  MEMBER = 'MEMBER',
  ORGANISER = 'ORGANISER',
  MODERATOR = 'MODERATOR',
  ICS_ADMIN = 'ICS_ADMIN',
  REGIONAL_ADMIN = 'REGIONAL_ADMIN',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.MEMBER]: 'Member',
  [Role.ORGANISER]: 'Event organiser',
  [Role.MODERATOR]: 'Moderator',
  [Role.ICS_ADMIN]: 'ICS admin',
  [Role.REGIONAL_ADMIN]: 'Regional admin',
};

/** Roles that may peer-review case studies. */
export const REVIEWER_ROLES: readonly Role[] = [
  Role.MODERATOR,
  Role.ICS_ADMIN,
  Role.REGIONAL_ADMIN,
];

/** Roles that may create events (an organiser, or an admin of the region or an ICS). */
export const EVENT_CREATOR_ROLES: readonly Role[] = [
  Role.ORGANISER,
  Role.REGIONAL_ADMIN,
  Role.ICS_ADMIN,
];

/** Roles that may decide organisation and membership requests (ICS admins within their ICS). */
export const MEMBERSHIP_ADMIN_ROLES: readonly Role[] = [Role.REGIONAL_ADMIN, Role.ICS_ADMIN];

/** Whether any of `roles` (GraphQL role names, as the web receives them) is one of `wanted`. */
export function hasAnyRole(roles: readonly string[], wanted: readonly Role[]): boolean {
  return wanted.some((role) => roles.includes(role));
}
