import { DomainException } from '../../../common/errors/domain.exception';
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

const CATEGORY: Record<AccessTokenErrorCode, ErrorCategory> = {
  [AccessTokenErrorCode.NameRequired]: ErrorCategory.BadUserInput,
  [AccessTokenErrorCode.ExpiryInPast]: ErrorCategory.BadUserInput,
  [AccessTokenErrorCode.ExpiryTooFar]: ErrorCategory.BadUserInput,
  [AccessTokenErrorCode.TooManyTokens]: ErrorCategory.Conflict,
  [AccessTokenErrorCode.NotFound]: ErrorCategory.NotFound,
  [AccessTokenErrorCode.Rejected]: ErrorCategory.Unauthenticated,
  [AccessTokenErrorCode.NeedsSession]: ErrorCategory.Forbidden,
};

const MESSAGE: Record<AccessTokenErrorCode, string> = {
  [AccessTokenErrorCode.NameRequired]: 'Enter a name for the token, like "Power BI refresh"',
  [AccessTokenErrorCode.ExpiryInPast]: 'The expiry date must be in the future',
  [AccessTokenErrorCode.ExpiryTooFar]: `The expiry date must be within ${MAX_LIFETIME_DAYS} days from today`,
  [AccessTokenErrorCode.TooManyTokens]: `You already have ${MAX_ACCESS_TOKENS_PER_USER} access tokens, the most allowed. Revoke one you no longer use first.`,
  [AccessTokenErrorCode.NotFound]: 'Access token was not found.',
  [AccessTokenErrorCode.Rejected]:
    'This access token is not valid: it may have been revoked or have expired, or it was copied wrongly.',
  [AccessTokenErrorCode.NeedsSession]:
    'Access tokens cannot do this: sign in to the website to manage access tokens.',
};

const FIELD: Partial<Record<AccessTokenErrorCode, string>> = {
  [AccessTokenErrorCode.NameRequired]: 'name',
  [AccessTokenErrorCode.ExpiryInPast]: 'expiresAt',
  [AccessTokenErrorCode.ExpiryTooFar]: 'expiresAt',
};

export class AccessTokenException extends DomainException {
  constructor(code: AccessTokenErrorCode) {
    super(code, CATEGORY[code], MESSAGE[code], FIELD[code]);
  }
}
