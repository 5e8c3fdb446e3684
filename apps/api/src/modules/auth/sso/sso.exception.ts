import { DomainException } from '../../../common/errors/domain.exception';
import { ErrorCategory } from '../../../common/errors/error-category';

export enum SsoErrorCode {
  ConnectionNotFound = 'SSO_CONNECTION_NOT_FOUND',
  DomainTaken = 'SSO_DOMAIN_TAKEN',
  PublicDomain = 'SSO_PUBLIC_DOMAIN',
  InvalidIssuer = 'SSO_INVALID_ISSUER',
  NoConnection = 'SSO_NO_CONNECTION',
  SignInFailed = 'SSO_SIGN_IN_FAILED',
  EmailNotVerified = 'SSO_EMAIL_NOT_VERIFIED',
  LinkExpired = 'SSO_LINK_EXPIRED',
  EmailLinkExpired = 'SSO_EMAIL_LINK_EXPIRED',
  EmailLinkOtherBrowser = 'SSO_EMAIL_LINK_OTHER_BROWSER',
  ProviderUnavailable = 'SSO_PROVIDER_UNAVAILABLE',
}

const CATEGORY: Record<SsoErrorCode, ErrorCategory> = {
  [SsoErrorCode.ConnectionNotFound]: ErrorCategory.NotFound,
  [SsoErrorCode.DomainTaken]: ErrorCategory.Conflict,
  [SsoErrorCode.PublicDomain]: ErrorCategory.BadUserInput,
  [SsoErrorCode.InvalidIssuer]: ErrorCategory.BadUserInput,
  [SsoErrorCode.NoConnection]: ErrorCategory.BadUserInput,
  [SsoErrorCode.SignInFailed]: ErrorCategory.Unauthenticated,
  [SsoErrorCode.EmailNotVerified]: ErrorCategory.Unauthenticated,
  [SsoErrorCode.LinkExpired]: ErrorCategory.Unauthenticated,
  [SsoErrorCode.EmailLinkExpired]: ErrorCategory.Unauthenticated,
  [SsoErrorCode.EmailLinkOtherBrowser]: ErrorCategory.Unauthenticated,
  [SsoErrorCode.ProviderUnavailable]: ErrorCategory.Internal,
};

const MESSAGE: Record<SsoErrorCode, string> = {
  [SsoErrorCode.ConnectionNotFound]: 'Sign-in connection was not found.',
  [SsoErrorCode.DomainTaken]: 'Another sign-in connection already serves this email domain.',
  [SsoErrorCode.PublicDomain]:
    'Public email domains such as gmail.com cannot have a sign-in connection.',
  [SsoErrorCode.InvalidIssuer]: 'Enter the issuer URL, like https://login.example.org',
  [SsoErrorCode.NoConnection]:
    'Your organisation does not sign in with its own account. Use your password.',
  [SsoErrorCode.SignInFailed]: 'Sign-in with your organisation did not work. Try again.',
  [SsoErrorCode.EmailNotVerified]:
    'Your organisation did not confirm your email address, so you cannot sign in with it.',
  [SsoErrorCode.LinkExpired]: 'This sign-in has expired. Sign in with your organisation again.',
  [SsoErrorCode.EmailLinkExpired]:
    'This link has expired or has already been used. Sign in with your organisation again to get a new one.',
  [SsoErrorCode.EmailLinkOtherBrowser]:
    'Open the link in the same browser you signed in with your organisation, or sign in with your organisation again here.',
  [SsoErrorCode.ProviderUnavailable]:
    'Your organisation’s sign-in service could not be reached. Try again later or use your password.',
};

const FIELD: Partial<Record<SsoErrorCode, string>> = {
  [SsoErrorCode.DomainTaken]: 'emailDomains',
  [SsoErrorCode.PublicDomain]: 'emailDomains',
  [SsoErrorCode.InvalidIssuer]: 'issuer',
  [SsoErrorCode.NoConnection]: 'email',
};

export class SsoException extends DomainException {
  constructor(code: SsoErrorCode, message?: string) {
    super(code, CATEGORY[code], message ?? MESSAGE[code], FIELD[code]);
  }
}
