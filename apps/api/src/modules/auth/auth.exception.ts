import { DomainException } from '../../common/errors/domain.exception';
import { ErrorCategory } from '../../common/errors/error-category';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  EmailTaken = 'EMAIL_TAKEN',
  UnknownOrganisation = 'UNKNOWN_ORGANISATION',
  WrongCurrentPassword = 'WRONG_CURRENT_PASSWORD',
  InvalidResetToken = 'INVALID_RESET_TOKEN',
  SessionNotFound = 'SESSION_NOT_FOUND',
  AccountSuspended = 'ACCOUNT_SUSPENDED',
  WrongPassword = 'WRONG_PASSWORD',
}

const CATEGORY: Record<AuthErrorCode, ErrorCategory> = {
  [AuthErrorCode.InvalidCredentials]: ErrorCategory.Unauthenticated,
  [AuthErrorCode.TooManyAttempts]: ErrorCategory.Unauthenticated,
  [AuthErrorCode.EmailTaken]: ErrorCategory.Conflict,
  [AuthErrorCode.UnknownOrganisation]: ErrorCategory.BadUserInput,
  [AuthErrorCode.WrongCurrentPassword]: ErrorCategory.BadUserInput,
  [AuthErrorCode.InvalidResetToken]: ErrorCategory.BadUserInput,
  [AuthErrorCode.SessionNotFound]: ErrorCategory.NotFound,
  [AuthErrorCode.AccountSuspended]: ErrorCategory.Unauthenticated,
  [AuthErrorCode.WrongPassword]: ErrorCategory.BadUserInput,
};

const MESSAGE: Record<AuthErrorCode, string> = {
  [AuthErrorCode.InvalidCredentials]: 'Email or password is incorrect.',
  [AuthErrorCode.TooManyAttempts]: 'Too many attempts. Try again in a few minutes.',
  [AuthErrorCode.EmailTaken]: 'An account with this email address already exists. Sign in instead.',
  [AuthErrorCode.UnknownOrganisation]: 'Choose an organisation from the directory.',
  [AuthErrorCode.WrongCurrentPassword]: 'Your current password is incorrect.',
  [AuthErrorCode.InvalidResetToken]:
    'This password reset link has expired or has already been used. Ask for a new link.',
  [AuthErrorCode.SessionNotFound]: 'Session was not found.',
  [AuthErrorCode.AccountSuspended]:
    'Your account has been suspended by an administrator, so you cannot sign in. Contact the Midlands Improvement Commons team if you think this is a mistake.',
  [AuthErrorCode.WrongPassword]: 'Your password is incorrect.',
};

const FIELD: Partial<Record<AuthErrorCode, string>> = {
  [AuthErrorCode.EmailTaken]: 'email',
  [AuthErrorCode.UnknownOrganisation]: 'organisationId',
  [AuthErrorCode.WrongCurrentPassword]: 'currentPassword',
  [AuthErrorCode.InvalidResetToken]: 'token',
  [AuthErrorCode.WrongPassword]: 'password',
};

export class AuthException extends DomainException {
  constructor(code: AuthErrorCode, message?: string) {
    super(code, CATEGORY[code], message ?? MESSAGE[code], FIELD[code]);
  }

  /** A sign-in refused during a progressive delay, naming the wait. */
  static tooManyAttempts(retryAfterSeconds: number): AuthException {
    const wait =
      retryAfterSeconds <= 90
        ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`
        : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
    return new AuthException(
      AuthErrorCode.TooManyAttempts,
      `Too many attempts, try again in ${wait}.`,
    );
  }
}
