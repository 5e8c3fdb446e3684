import { AUTO_HIDE_FLAGS } from './moderation.constants';

/** Hidden pending review once enough different verified members flagged it. */
export function shouldAutoHide(verifiedFlaggers: number, alreadyHidden: boolean): boolean {
  return !alreadyHidden && verifiedFlaggers >= AUTO_HIDE_FLAGS;
}

/** Moderators do not decide on their own comments. */
export function canModerate(moderatorId: string, comment: { authorId: string }): boolean {
  return moderatorId !== comment.authorId;
}
