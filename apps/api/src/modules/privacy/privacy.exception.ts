import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum PrivacyErrorCode {
  ExportNotFound = 'DATA_EXPORT_NOT_FOUND',
  NoDeletionScheduled = 'ACCOUNT_DELETION_NOT_SCHEDULED',
  UserNotFound = 'PRIVACY_USER_NOT_FOUND',
  NotAllowedToAnonymise = 'PRIVACY_NOT_ALLOWED_TO_ANONYMISE',
  AlreadyAnonymised = 'PRIVACY_ALREADY_ANONYMISED',
}

const CATEGORY: Record<PrivacyErrorCode, ErrorSpec> = {
  [PrivacyErrorCode.ExportNotFound]: [
    ErrorCategory.NotFound,
    'The data export was not found. It may have expired: ask for a new one.',
  ],
  [PrivacyErrorCode.NoDeletionScheduled]: [
    ErrorCategory.NotFound,
    'Your account is not due to be deleted.',
  ],
  [PrivacyErrorCode.UserNotFound]: [ErrorCategory.NotFound, 'The person was not found.'],
  [PrivacyErrorCode.NotAllowedToAnonymise]: [
    ErrorCategory.Forbidden,
    'Only regional admins can anonymise an account, and not their own (use "Delete my account").',
  ],
  [PrivacyErrorCode.AlreadyAnonymised]: [
    ErrorCategory.Conflict,
    'That account has already been anonymised.',
  ],
};

export class PrivacyException extends domainExceptionFrom(CATEGORY) {
  constructor(code: PrivacyErrorCode, field?: string) {
    super(code, undefined, field);
  }
}
