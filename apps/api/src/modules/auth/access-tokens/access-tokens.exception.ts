import type { ErrorSpec } from '../../../common/errors/error-table';
import { domainExceptionFrom } from '../../../common/errors/error-table';
import { ErrorCategory } from '../../../common/errors/error-category';
import { MAX_ACCESS_TOKENS_PER_USER, MAX_LIFETIME_DAYS } from './access-tokens.policy';

export enum AccessTokenErrorCode {
  NameRequired = 'ACCESS_TOKEN_NAME_REQUIRED',
  ExpiryInPast = 'ACCESS_TOKEN_EXPIRY_IN_PAST',
  ExpiryTooFar = 'ACCESS_TOKEN_EXPIRY_TOO_FAR',
  TooManyTokens = 'TOO_MANY_ACCESS_TOKENS',
  NotFound = 'ACCESS_TOKEN_NOT_FOUND',
  Rejected = 'ACCESS_TOKEN_REJECTED',
  NeedsSession = 'ACCESS_TOKEN_NEEDS_SESSION',
}

const ERRORS: Record<AccessTokenErrorCode, ErrorSpec> = {
  [AccessTokenErrorCode.NameRequired]: [
    ErrorCategory.BadUserInput,
    'Enter a name for the token, like "Power BI refresh"',
    'name',
  ],
  [AccessTokenErrorCode.ExpiryInPast]: [
    ErrorCategory.BadUserInput,
    'The expiry date must be in the future',
    'expiresAt',
  ],
  [AccessTokenErrorCode.ExpiryTooFar]: [
    ErrorCategory.BadUserInput,
    `The expiry date must be within ${MAX_LIFETIME_DAYS} days from today`,
    'expiresAt',
  ],
  [AccessTokenErrorCode.TooManyTokens]: [
    ErrorCategory.Conflict,
    `You already have ${MAX_ACCESS_TOKENS_PER_USER} access tokens, the most allowed. Revoke one you no longer use first.`,
  ],
  [AccessTokenErrorCode.NotFound]: [ErrorCategory.NotFound, 'Access token was not found.'],
  [AccessTokenErrorCode.Rejected]: [
    ErrorCategory.Unauthenticated,
    'This access token is not valid: it may have been revoked or have expired, or it was copied wrongly.',
  ],
  [AccessTokenErrorCode.NeedsSession]: [
    ErrorCategory.Forbidden,
    'Access tokens cannot do this: sign in to the website to manage access tokens.',
  ],
};

export class AccessTokenException extends domainExceptionFrom(ERRORS) {}
