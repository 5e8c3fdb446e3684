import { hasAnyRole, MEMBERSHIP_ADMIN_ROLES } from '@mic/shared-util';
import type { MembershipStatus } from '@mic/web-data-access';
import type { TagProps } from '@mic/web-ui';

const TAGS: Record<MembershipStatus, { text: string; colour: NonNullable<TagProps['colour']> }> = {
  REQUESTED: { text: 'Waiting for verification', colour: 'yellow' },
  VERIFIED: { text: 'Verified', colour: 'green' },
  DECLINED: { text: 'Declined', colour: 'red' },
};

/** The tag text and colour for a membership status; no membership reads "No organisation chosen". */
export function membershipTag(status: MembershipStatus | null | undefined): {
  text: string;
  colour: NonNullable<TagProps['colour']>;
} {
  return status ? TAGS[status] : { text: 'No organisation chosen', colour: 'grey' };
}

/** Roles that may decide organisation requests and see the admin queue. */
export function isMembershipAdmin(roles: readonly string[]): boolean {
  return hasAnyRole(roles, MEMBERSHIP_ADMIN_ROLES);
}

/** Who may vouch for people waiting to join (the API narrows it to organisations in scope). */
export function mayVouch(user: { verified: boolean; roles: readonly string[] }): boolean {
  return user.verified || isMembershipAdmin(user.roles);
}
