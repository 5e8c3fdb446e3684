import { DomainException } from '../../common/errors/domain.exception';
import { ErrorCategory } from '../../common/errors/error-category';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  EmailTaken = 'EMAIL_TAKEN',
  UnknownOrganisation = 'UNKNOWN_ORGANISATION',
  WrongCurrentPassword = 'WRONG_CURRENT_PASSWORD',
}

const CATEGORY: Record<AuthErrorCode, ErrorCategory> = {
  [AuthErrorCode.InvalidCredentials]: ErrorCategory.Unauthenticated,
  [AuthErrorCode.TooManyAttempts]: ErrorCategory.Unauthenticated,
  [AuthErrorCode.EmailTaken]: ErrorCategory.Conflict,
  [AuthErrorCode.UnknownOrganisation]: ErrorCategory.BadUserInput,
  [AuthErrorCode.WrongCurrentPassword]: ErrorCategory.BadUserInput,
};

const MESSAGE: Record<AuthErrorCode, string> = {
  [AuthErrorCode.InvalidCredentials]: 'Email or password is incorrect.',
  [AuthErrorCode.TooManyAttempts]:
    'Too many failed sign-in attempts. Wait 15 minutes and try again.',
  [AuthErrorCode.EmailTaken]: 'An account with this email address already exists. Sign in instead.',
  [AuthErrorCode.UnknownOrganisation]: 'Choose an organisation from the directory.',
  [AuthErrorCode.WrongCurrentPassword]: 'Your current password is incorrect.',
};

const FIELD: Partial<Record<AuthErrorCode, string>> = {
  [AuthErrorCode.EmailTaken]: 'email',
  [AuthErrorCode.UnknownOrganisation]: 'organisationId',
  [AuthErrorCode.WrongCurrentPassword]: 'currentPassword',
};

export class AuthException extends DomainException {
  constructor(code: AuthErrorCode) {
    super(code, CATEGORY[code], MESSAGE[code], FIELD[code]);
  }
}
