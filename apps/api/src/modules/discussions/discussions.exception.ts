import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum DiscussionsErrorCode {
  ThreadNotFound = 'THREAD_NOT_FOUND',
  CommentNotFound = 'COMMENT_NOT_FOUND',
  SubjectNotFound = 'SUBJECT_NOT_FOUND',
  SubjectTypeUnavailable = 'SUBJECT_TYPE_UNAVAILABLE',
  ThreadLocked = 'THREAD_LOCKED',
  ParentNotInThread = 'PARENT_NOT_IN_THREAD',
  NotAuthor = 'NOT_AUTHOR',
  NotAllowedToDelete = 'NOT_ALLOWED_TO_DELETE',
  NotAllowedToAccept = 'NOT_ALLOWED_TO_ACCEPT',
  NotAllowedToManage = 'NOT_ALLOWED_TO_MANAGE',
  CommentRemoved = 'COMMENT_REMOVED',
  Suspended = 'SUSPENDED',
  RateLimited = 'RATE_LIMITED',
}

const CATEGORY: Record<DiscussionsErrorCode, ErrorSpec> = {
  [DiscussionsErrorCode.ThreadNotFound]: [
    ErrorCategory.NotFound,
    'That thread was not found.',
    'threadId',
  ],
  [DiscussionsErrorCode.CommentNotFound]: [
    ErrorCategory.NotFound,
    'That comment was not found.',
    'commentId',
  ],
  [DiscussionsErrorCode.SubjectNotFound]: [
    ErrorCategory.BadUserInput,
    'The subject of the thread was not found.',
    'subjectId',
  ],
  [DiscussionsErrorCode.SubjectTypeUnavailable]: [
    ErrorCategory.BadUserInput,
    'Threads on this kind of subject are not available yet.',
    'subjectType',
  ],
  [DiscussionsErrorCode.ThreadLocked]: [ErrorCategory.Forbidden, 'This thread is locked.'],
  [DiscussionsErrorCode.ParentNotInThread]: [
    ErrorCategory.BadUserInput,
    'You can only reply to a comment in the same thread.',
    'parentId',
  ],
  [DiscussionsErrorCode.NotAuthor]: [
    ErrorCategory.Forbidden,
    'Only the author can edit this comment.',
  ],
  [DiscussionsErrorCode.NotAllowedToDelete]: [
    ErrorCategory.Forbidden,
    'Only the author or a moderator can remove this comment.',
  ],
  [DiscussionsErrorCode.NotAllowedToAccept]: [
    ErrorCategory.Forbidden,
    'Only the person who started the thread or the owner of its subject can accept an answer.',
  ],
  [DiscussionsErrorCode.NotAllowedToManage]: [
    ErrorCategory.Forbidden,
    'Only moderators and the owners of the subject can pin or lock threads.',
  ],
  [DiscussionsErrorCode.CommentRemoved]: [
    ErrorCategory.BadUserInput,
    'That comment has been removed.',
    'commentId',
  ],
  [DiscussionsErrorCode.Suspended]: [
    ErrorCategory.Forbidden,
    'Your account is suspended from posting.',
  ],
  [DiscussionsErrorCode.RateLimited]: [
    ErrorCategory.BadUserInput,
    'New accounts can post up to 10 comments an hour during their first day. Please try again later.',
  ],
};

export class DiscussionsException extends domainExceptionFrom(CATEGORY) {}
