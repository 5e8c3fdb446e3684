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
export const REVIEWER_ROLES: readonly Role[] = [Role.MODERATOR, Role.ICS_ADMIN, Role.REGIONAL_ADMIN];
