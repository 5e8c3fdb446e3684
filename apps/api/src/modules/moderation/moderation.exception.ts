import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum ModerationErrorCode {
  CommentNotFound = 'COMMENT_NOT_FOUND',
  AlreadyFlagged = 'ALREADY_FLAGGED',
  SuspendDaysRequired = 'SUSPEND_DAYS_REQUIRED',
  CannotModerateSelf = 'CANNOT_MODERATE_SELF',
}

const CATEGORY: Record<ModerationErrorCode, ErrorSpec> = {
  [ModerationErrorCode.CommentNotFound]: [
    ErrorCategory.NotFound,
    'That comment was not found.',
    'commentId',
  ],
  [ModerationErrorCode.AlreadyFlagged]: [
    ErrorCategory.Conflict,
    'You have already flagged this comment.',
  ],
  [ModerationErrorCode.SuspendDaysRequired]: [
    ErrorCategory.BadUserInput,
    'Say for how many days to suspend the account.',
    'suspendDays',
  ],
  [ModerationErrorCode.CannotModerateSelf]: [
    ErrorCategory.Forbidden,
    'You cannot moderate your own comment.',
  ],
};

export class ModerationException extends domainExceptionFrom(CATEGORY) {}
