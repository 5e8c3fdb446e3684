import { DomainException } from '../../common/errors/domain.exception';
import { ErrorCategory } from '../../common/errors/error-category';

export enum UsersErrorCode {
  UserNotFound = 'USER_NOT_FOUND',
  IcsNotFound = 'ICS_NOT_FOUND',
  IcsRequired = 'ICS_REQUIRED',
  IcsNotAllowed = 'ICS_NOT_ALLOWED',
  NotAllowedToGrant = 'NOT_ALLOWED_TO_GRANT',
  NotAllowedToVouch = 'NOT_ALLOWED_TO_VOUCH',
  AlreadyVerified = 'ALREADY_VERIFIED',
}

const CATEGORY: Record<UsersErrorCode, [ErrorCategory, string, string?]> = {
  [UsersErrorCode.UserNotFound]: [ErrorCategory.NotFound, 'That user was not found.', 'userId'],
  [UsersErrorCode.IcsNotFound]: [ErrorCategory.BadUserInput, 'No ICS has that ODS code.', 'icsOdsCode'],
  [UsersErrorCode.IcsRequired]: [
    ErrorCategory.BadUserInput,
    'ICS_ADMIN must be scoped to an ICS: give icsOdsCode.',
    'icsOdsCode',
  ],
  [UsersErrorCode.IcsNotAllowed]: [
    ErrorCategory.BadUserInput,
    'Only ICS_ADMIN is scoped to an ICS; leave icsOdsCode empty.',
    'icsOdsCode',
  ],
  [UsersErrorCode.NotAllowedToGrant]: [
    ErrorCategory.Forbidden,
    'You do not have permission to change roles for this person.',
  ],
  [UsersErrorCode.NotAllowedToVouch]: [
    ErrorCategory.Forbidden,
    'Only a verified member of the same organisation, or an admin for its ICS, can vouch for this person.',
  ],
  [UsersErrorCode.AlreadyVerified]: [ErrorCategory.Conflict, 'This person is already verified.'],
};

export class UsersException extends DomainException {
  constructor(code: UsersErrorCode) {
    const [category, message, field] = CATEGORY[code];
    super(code, category, message, field);
  }
}
