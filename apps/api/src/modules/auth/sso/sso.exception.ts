import type { ErrorSpec } from '../../../common/errors/error-table';
import { domainExceptionFrom } from '../../../common/errors/error-table';
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

const ERRORS: Record<SsoErrorCode, ErrorSpec> = {
  [SsoErrorCode.ConnectionNotFound]: [ErrorCategory.NotFound, 'Sign-in connection was not found.'],
  [SsoErrorCode.DomainTaken]: [
    ErrorCategory.Conflict,
    'Another sign-in connection already serves this email domain.',
    'emailDomains',
  ],
  [SsoErrorCode.PublicDomain]: [
    ErrorCategory.BadUserInput,
    'Public email domains such as gmail.com cannot have a sign-in connection.',
    'emailDomains',
  ],
  [SsoErrorCode.InvalidIssuer]: [
    ErrorCategory.BadUserInput,
    'Enter the issuer URL, like https://login.example.org',
    'issuer',
  ],
  [SsoErrorCode.NoConnection]: [
    ErrorCategory.BadUserInput,
    'Your organisation does not sign in with its own account. Use your password.',
    'email',
  ],
  [SsoErrorCode.SignInFailed]: [
    ErrorCategory.Unauthenticated,
    'Sign-in with your organisation did not work. Try again.',
  ],
  [SsoErrorCode.EmailNotVerified]: [
    ErrorCategory.Unauthenticated,
    'Your organisation did not confirm your email address, so you cannot sign in with it.',
  ],
  [SsoErrorCode.LinkExpired]: [
    ErrorCategory.Unauthenticated,
    'This sign-in has expired. Sign in with your organisation again.',
  ],
  [SsoErrorCode.EmailLinkExpired]: [
    ErrorCategory.Unauthenticated,
    'This link has expired or has already been used. Sign in with your organisation again to get a new one.',
  ],
  [SsoErrorCode.EmailLinkOtherBrowser]: [
    ErrorCategory.Unauthenticated,
    'Open the link in the same browser you signed in with your organisation, or sign in with your organisation again here.',
  ],
  [SsoErrorCode.ProviderUnavailable]: [
    ErrorCategory.Internal,
    'Your organisation’s sign-in service could not be reached. Try again later or use your password.',
  ],
};

export class SsoException extends domainExceptionFrom(ERRORS) {}
