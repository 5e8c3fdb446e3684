import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum UsersErrorCode {
  UserNotFound = 'USER_NOT_FOUND',
  IcsNotFound = 'ICS_NOT_FOUND',
  IcsRequired = 'ICS_REQUIRED',
  IcsNotAllowed = 'ICS_NOT_ALLOWED',
  NotAllowedToGrant = 'NOT_ALLOWED_TO_GRANT',
  NotAllowedToVouch = 'NOT_ALLOWED_TO_VOUCH',
  AlreadyVerified = 'ALREADY_VERIFIED',
  AlreadyDeclined = 'MEMBERSHIP_ALREADY_DECLINED',
  MembershipChanged = 'MEMBERSHIP_CHANGED',
  OrganisationNotFound = 'ORGANISATION_NOT_FOUND',
  EmailAlreadyConfirmed = 'EMAIL_ALREADY_CONFIRMED',
  TooManyConfirmationEmails = 'TOO_MANY_CONFIRMATION_EMAILS',
  ConfirmationInvalid = 'CONFIRMATION_INVALID',
  ConfirmationUsed = 'CONFIRMATION_USED',
  ConfirmationExpired = 'CONFIRMATION_EXPIRED',
  ConfirmationForOldAddress = 'CONFIRMATION_FOR_OLD_ADDRESS',
  OrganisationRequestOpen = 'ORGANISATION_REQUEST_OPEN',
  OrganisationAlreadyListed = 'ORGANISATION_ALREADY_LISTED',
  OrganisationRequestNotFound = 'ORGANISATION_REQUEST_NOT_FOUND',
  OrganisationRequestDecided = 'ORGANISATION_REQUEST_DECIDED',
  UnknownOrganisationType = 'UNKNOWN_ORGANISATION_TYPE',
  PublicEmailDomain = 'PUBLIC_EMAIL_DOMAIN',
  NotAllowedToDecideRequest = 'NOT_ALLOWED_TO_DECIDE_ORGANISATION_REQUEST',
  NotAllowedToAdminister = 'NOT_ALLOWED_TO_ADMINISTER',
  LastRegionalAdmin = 'LAST_REGIONAL_ADMIN',
  CannotSuspendSelf = 'CANNOT_SUSPEND_SELF',
  AlreadySuspended = 'ALREADY_SUSPENDED',
  NotSuspended = 'NOT_SUSPENDED',
  SuspensionReasonRequired = 'SUSPENSION_REASON_REQUIRED',
}

const CATEGORY: Record<UsersErrorCode, ErrorSpec> = {
  [UsersErrorCode.UserNotFound]: [ErrorCategory.NotFound, 'That user was not found.', 'userId'],
  [UsersErrorCode.IcsNotFound]: [
    ErrorCategory.BadUserInput,
    'No ICS has that ODS code.',
    'icsOdsCode',
  ],
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
  [UsersErrorCode.AlreadyVerified]: [
    ErrorCategory.Conflict,
    'This person is already a verified member.',
  ],
  [UsersErrorCode.AlreadyDeclined]: [
    ErrorCategory.Conflict,
    'This request was already declined. The person can ask again, or a regional admin can approve it.',
  ],
  [UsersErrorCode.MembershipChanged]: [
    ErrorCategory.Conflict,
    'This request changed while you were looking at it (someone else decided it, or the person chose another organisation). Reload the list.',
  ],
  [UsersErrorCode.OrganisationNotFound]: [
    ErrorCategory.BadUserInput,
    'Choose an organisation from the list.',
    'organisationId',
  ],
  [UsersErrorCode.EmailAlreadyConfirmed]: [
    ErrorCategory.Conflict,
    'Your email address is already confirmed.',
  ],
  [UsersErrorCode.TooManyConfirmationEmails]: [
    ErrorCategory.BadUserInput,
    'We have sent you several confirmation emails in the last hour. Check your inbox and spam folder, or try again later.',
  ],
  [UsersErrorCode.ConfirmationInvalid]: [
    ErrorCategory.BadUserInput,
    'This confirmation link is not valid. Copy the whole link from the email, or ask for a new one.',
    'token',
  ],
  [UsersErrorCode.ConfirmationUsed]: [
    ErrorCategory.BadUserInput,
    'This confirmation link has already been used. Sign in to see your account.',
    'token',
  ],
  [UsersErrorCode.ConfirmationExpired]: [
    ErrorCategory.BadUserInput,
    'This confirmation link has expired (links last 24 hours). Sign in and ask for a new one.',
    'token',
  ],
  [UsersErrorCode.ConfirmationForOldAddress]: [
    ErrorCategory.BadUserInput,
    'This link was sent to an address you no longer use. Ask for a new link.',
    'token',
  ],
  [UsersErrorCode.OrganisationRequestOpen]: [
    ErrorCategory.Conflict,
    'You already have a request for an organisation waiting for an admin.',
  ],
  [UsersErrorCode.OrganisationAlreadyListed]: [
    ErrorCategory.Conflict,
    'An organisation with this name is already listed: ask to join it instead.',
    'name',
  ],
  [UsersErrorCode.OrganisationRequestNotFound]: [
    ErrorCategory.NotFound,
    'That organisation request was not found.',
    'requestId',
  ],
  [UsersErrorCode.OrganisationRequestDecided]: [
    ErrorCategory.Conflict,
    'This request has already been decided by someone else.',
  ],
  [UsersErrorCode.UnknownOrganisationType]: [
    ErrorCategory.BadUserInput,
    'Choose an organisation type from the list.',
    'typeKey',
  ],
  [UsersErrorCode.PublicEmailDomain]: [
    ErrorCategory.BadUserInput,
    'Give the domain of your work email (for example walsall.gov.uk), not a personal email service.',
    'emailDomain',
  ],
  [UsersErrorCode.NotAllowedToDecideRequest]: [
    ErrorCategory.Forbidden,
    'Only a regional admin, or an ICS admin for the ICS named in the request, can decide it.',
  ],
  [UsersErrorCode.NotAllowedToAdminister]: [
    ErrorCategory.Forbidden,
    'You can only manage people whose organisation is in an ICS you administer.',
  ],
  [UsersErrorCode.LastRegionalAdmin]: [
    ErrorCategory.Conflict,
    'This is the last regional admin. Make someone else a regional admin before removing this role.',
    'role',
  ],
  [UsersErrorCode.CannotSuspendSelf]: [
    ErrorCategory.Forbidden,
    'You cannot suspend or restore your own account.',
  ],
  [UsersErrorCode.AlreadySuspended]: [ErrorCategory.Conflict, 'This account is already suspended.'],
  [UsersErrorCode.NotSuspended]: [ErrorCategory.Conflict, 'This account is not suspended.'],
  [UsersErrorCode.SuspensionReasonRequired]: [
    ErrorCategory.BadUserInput,
    'Enter why you are suspending this account (at most 500 characters).',
    'reason',
  ],
};

export class UsersException extends domainExceptionFrom(CATEGORY) {}
