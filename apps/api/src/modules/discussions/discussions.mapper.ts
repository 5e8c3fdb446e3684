import type { AuthUser } from '../../common/auth/auth-user';
import { threadLink, type ThreadSubjectType } from './discussions.constants';
import { canSeeHiddenBody } from './discussions.policy';
import type { CommentEntity } from './entities/comment.entity';
import type { CommentRevisionEntity } from './entities/comment-revision.entity';
import type { ThreadEntity } from './entities/thread.entity';
import type { CommentModel, CommentRevisionModel, ThreadModel } from './graphql/discussion.models';

export const toThreadModel = (e: ThreadEntity): ThreadModel => ({
  id: e.id,
  subjectType: e.subjectType as ThreadSubjectType,
  subjectId: e.subjectId,
  title: e.title,
  createdAt: e.createdAt,
  lastActivityAt: e.lastActivityAt,
  pinned: e.pinnedAt !== null,
  locked: e.lockedAt !== null,
  acceptedCommentId: e.acceptedCommentId,
  answered: e.acceptedCommentId !== null,
  commentCount: e.commentCount,
  link: threadLink(e.id),
  authorId: e.authorId,
});

/** Removed comments show no body; hidden ones only to moderators and their author. */
export const toCommentModel = (e: CommentEntity, viewer: AuthUser | null): CommentModel => {
  const deleted = e.deletedAt !== null;
  const hidden = e.hiddenAt !== null;
  const showBody = !deleted && (!hidden || canSeeHiddenBody(viewer, e));
  return {
    id: e.id,
    threadId: e.threadId,
    parentId: e.parentId,
    body: showBody ? e.body : '',
    bodyHtml: showBody ? e.bodyHtml : '',
    createdAt: e.createdAt,
    editedAt: e.editedAt,
    deleted,
    hidden,
    authorId: e.authorId,
  };
};

export const toRevisionModel = (e: CommentRevisionEntity): CommentRevisionModel => ({
  body: e.body,
  bodyHtml: e.bodyHtml,
  replacedAt: e.createdAt,
});
