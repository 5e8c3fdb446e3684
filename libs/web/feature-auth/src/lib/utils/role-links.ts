import { hasAnyRole, REVIEWER_ROLES } from '@mic/shared-util';

import { isMembershipAdmin, mayVouch } from './membership-status';

/** A link a signed-in person gets because of a role they hold. */
export interface RoleLink {
  key: 'review' | 'moderation' | 'admin' | 'join-requests';
  href: string;
  text: string;
  /** What the person can do there (for the signed-in home page). */
  description: string;
}

/** Who may review case studies and moderate comments (the API's reviewer roles). */
export function isReviewer(roles: readonly string[]): boolean {
  return hasAnyRole(roles, REVIEWER_ROLES);
}

/**
 * The work links for a signed-in person's roles, in the order the header shows
 * them: the peer-review queue and moderation (moderators, ICS and regional
 * admins, as the API allows), membership administration (ICS and regional
 * admins) and, for other verified members, the people waiting to join their
 * organisation. Nobody sees a link to a page that would refuse them.
 */
export function roleLinks(user: { verified: boolean; roles: readonly string[] }): RoleLink[] {
  const links: RoleLink[] = [];
  if (isReviewer(user.roles)) {
    links.push(
      {
        key: 'review',
        href: '/case-studies/review',
        text: 'Review queue',
        description: 'Case studies submitted for peer review.',
      },
      {
        key: 'moderation',
        href: '/moderation',
        text: 'Moderation',
        description: 'Comments people have flagged, and moderation decisions.',
      },
    );
  }
  if (isMembershipAdmin(user.roles)) {
    links.push({
      key: 'admin',
      href: '/admin/requests',
      text: 'Admin',
      description: 'Membership and organisation requests waiting for a decision.',
    });
  } else if (mayVouch(user)) {
    links.push({
      key: 'join-requests',
      href: '/members/requests',
      text: 'Join requests',
      description: 'People waiting to join your organisation, whom you can vouch for.',
    });
  }
  return links;
}
