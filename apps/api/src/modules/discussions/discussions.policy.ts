import { REVIEWER_ROLES } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole, isVerifiedMemberOf } from '../../common/auth/auth-user';

export interface SubjectOwnership {
  ownerUserIds: string[];
  ownerOrganisationId: string | null;
}

export function isModerator(user: AuthUser | null): boolean {
  return hasRole(user, ...REVIEWER_ROLES);
}

/** The subject's named owners, or verified members of its owning organisation. */
export function isSubjectOwner(user: AuthUser, subject: SubjectOwnership): boolean {
  if (subject.ownerUserIds.includes(user.id)) return true;
  return isVerifiedMemberOf(user, subject.ownerOrganisationId);
}

/** Pin and lock: moderators or the subject's owners. */
export function canManageThread(user: AuthUser, subject: SubjectOwnership): boolean {
  return isModerator(user) || isSubjectOwner(user, subject);
}

/** Accepted answer: the thread starter or the subject's owner. */
export function canAcceptAnswer(
  user: AuthUser,
  thread: { authorId: string },
  subject: SubjectOwnership,
): boolean {
  return thread.authorId === user.id || isSubjectOwner(user, subject);
}

/** Posting into a locked thread is for moderators and owners only. */
export function canPostIn(
  user: AuthUser,
  thread: { lockedAt: Date | null },
  subject: SubjectOwnership,
): boolean {
  return !thread.lockedAt || canManageThread(user, subject);
}

export function canEditComment(user: AuthUser, comment: { authorId: string }): boolean {
  return comment.authorId === user.id;
}

export function canDeleteComment(user: AuthUser, comment: { authorId: string }): boolean {
  return comment.authorId === user.id || isModerator(user);
}

/** Hidden comment bodies are shown to moderators and to their author only. */
export function canSeeHiddenBody(user: AuthUser | null, comment: { authorId: string }): boolean {
  return !!user && (user.id === comment.authorId || isModerator(user));
}
