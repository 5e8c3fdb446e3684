import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
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

const ERRORS: Record<AuthErrorCode, ErrorSpec> = {
  [AuthErrorCode.InvalidCredentials]: [
    ErrorCategory.Unauthenticated,
    'Email or password is incorrect.',
  ],
  [AuthErrorCode.TooManyAttempts]: [
    ErrorCategory.Unauthenticated,
    'Too many attempts. Try again in a few minutes.',
  ],
  [AuthErrorCode.EmailTaken]: [
    ErrorCategory.Conflict,
    'An account with this email address already exists. Sign in instead.',
    'email',
  ],
  [AuthErrorCode.UnknownOrganisation]: [
    ErrorCategory.BadUserInput,
    'Choose an organisation from the directory.',
    'organisationId',
  ],
  [AuthErrorCode.WrongCurrentPassword]: [
    ErrorCategory.BadUserInput,
    'Your current password is incorrect.',
    'currentPassword',
  ],
  [AuthErrorCode.InvalidResetToken]: [
    ErrorCategory.BadUserInput,
    'This password reset link has expired or has already been used. Ask for a new link.',
    'token',
  ],
  [AuthErrorCode.SessionNotFound]: [ErrorCategory.NotFound, 'Session was not found.'],
  [AuthErrorCode.AccountSuspended]: [
    ErrorCategory.Unauthenticated,
    'Your account has been suspended by an administrator, so you cannot sign in. Contact the Midlands Improvement Commons team if you think this is a mistake.',
  ],
  [AuthErrorCode.WrongPassword]: [
    ErrorCategory.BadUserInput,
    'Your password is incorrect.',
    'password',
  ],
};

export class AuthException extends domainExceptionFrom(ERRORS) {
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
