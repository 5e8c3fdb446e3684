// Public API of @mic/web-feature-auth.
export { AccountDetails } from './lib/components/AccountDetails';
export type { AccountDetailsProps, AccountUser } from './lib/components/AccountDetails';
export { ChangePasswordForm } from './lib/components/ChangePasswordForm';
export type {
  ChangePasswordFormProps,
  ChangePasswordFormState,
} from './lib/components/ChangePasswordForm';
export { ForgotPasswordForm } from './lib/components/ForgotPasswordForm';
export type {
  ForgotPasswordFormProps,
  ForgotPasswordFormState,
} from './lib/components/ForgotPasswordForm';
export { ResetPasswordForm } from './lib/components/ResetPasswordForm';
export type {
  ResetPasswordFormProps,
  ResetPasswordFormState,
} from './lib/components/ResetPasswordForm';
export { AccessTokenList, SCOPE_LABEL } from './lib/components/AccessTokenList';
export type { AccessTokenItem, AccessTokenListProps } from './lib/components/AccessTokenList';
export { CreateAccessTokenForm } from './lib/components/CreateAccessTokenForm';
export type { CreateAccessTokenFormProps } from './lib/components/CreateAccessTokenForm';
export {
  accessTokenFields,
  endOfLondonDay,
  readAccessTokenForm,
  validateAccessTokenForm,
} from './lib/utils/access-token-form';
export type {
  AccessTokenField,
  AccessTokenFormState,
  CreatedAccessToken,
} from './lib/utils/access-token-form';
export { SessionsList } from './lib/components/SessionsList';
export type { SessionItem, SessionsListProps } from './lib/components/SessionsList';
export { LinkAccountForm } from './lib/components/LinkAccountForm';
export type {
  LinkAccountField,
  LinkAccountFormProps,
  LinkAccountFormState,
  LinkEmailState,
} from './lib/components/LinkAccountForm';
export { EmailLinkConfirmForm } from './lib/components/EmailLinkConfirmForm';
export type {
  EmailLinkConfirmFormProps,
  EmailLinkConfirmState,
} from './lib/components/EmailLinkConfirmForm';
export { SignInForm } from './lib/components/SignInForm';
export { SsoConnectionForm } from './lib/components/sso/SsoConnectionForm';
export type {
  SsoConnectionFormProps,
  SsoConnectionFormState,
  SsoConnectionFormValues,
} from './lib/components/sso/SsoConnectionForm';
export { SsoConnectionList } from './lib/components/sso/SsoConnectionList';
export type {
  SsoConnectionItem,
  SsoConnectionListProps,
} from './lib/components/sso/SsoConnectionList';
export {
  parseDomains,
  ssoConnectionFields,
  ssoConnectionSchema,
} from './lib/utils/sso-connection-schema';
export type { SsoConnectionField } from './lib/utils/sso-connection-schema';
export type { SignInFormProps, SignInFormState, SignInStep } from './lib/components/SignInForm';
export { SignOutForm } from './lib/components/SignOutForm';
export type { SignOutFormProps } from './lib/components/SignOutForm';
export { SignUpForm } from './lib/components/SignUpForm';
export type { SignUpFormProps, SignUpFormState } from './lib/components/SignUpForm';
export {
  changePasswordFields,
  changePasswordSchema,
  forgotPasswordFields,
  forgotPasswordSchema,
  resetPasswordFields,
  resetPasswordSchema,
  formValues,
  returnToSchema,
  signInEmailSchema,
  signInFields,
  signInSchema,
  ssoStartHref,
  signUpFields,
  signUpSchema,
} from './lib/utils/auth-schemas';
export type {
  ChangePasswordField,
  ForgotPasswordField,
  ResetPasswordField,
  SignInField,
  SignUpField,
} from './lib/utils/auth-schemas';
export {
  emptyFormState,
  fieldError,
  formErrorsFromApi,
  formErrorsFromIssues,
  summaryItems,
} from './lib/utils/form-state';
export type { ApiErrorMapping, FormError, FormState } from './lib/utils/form-state';
export { PASSWORD_MIN_LENGTH } from './lib/utils/password-rules';
export { groupOrganisationsByIcs } from './lib/utils/organisation-options';
export { describeRoles, roleLabel } from './lib/utils/roles';
export { AdminOrganisationRequests } from './lib/components/membership/AdminOrganisationRequests';
export type { AdminOrganisationRequestsProps } from './lib/components/membership/AdminOrganisationRequests';
export { CheckEmailNotice } from './lib/components/membership/CheckEmailNotice';
export type { CheckEmailNoticeProps } from './lib/components/membership/CheckEmailNotice';
export { ConfirmEmailForm } from './lib/components/membership/ConfirmEmailForm';
export type {
  ConfirmEmailFormProps,
  ConfirmEmailState,
} from './lib/components/membership/ConfirmEmailForm';
export { DecidedOrganisationRequests } from './lib/components/membership/DecidedOrganisationRequests';
export type { DecidedOrganisationRequestsProps } from './lib/components/membership/DecidedOrganisationRequests';
export { MembershipOverview } from './lib/components/membership/MembershipOverview';
export type {
  MembershipOverviewProps,
  MembershipUser,
} from './lib/components/membership/MembershipOverview';
export { MembershipRequestList } from './lib/components/membership/MembershipRequestList';
export type { MembershipRequestListProps } from './lib/components/membership/MembershipRequestList';
export { OrganisationRequestForm } from './lib/components/membership/OrganisationRequestForm';
export type { OrganisationRequestFormProps } from './lib/components/membership/OrganisationRequestForm';
export { OrganisationRequestList } from './lib/components/membership/OrganisationRequestList';
export type { OrganisationRequestListProps } from './lib/components/membership/OrganisationRequestList';
export { RequestMembershipForm } from './lib/components/membership/RequestMembershipForm';
export type { RequestMembershipFormProps } from './lib/components/membership/RequestMembershipForm';
export { ResendConfirmationForm } from './lib/components/membership/ResendConfirmationForm';
export type { ResendConfirmationFormProps } from './lib/components/membership/ResendConfirmationForm';
export { SuccessBanner } from './lib/components/membership/SuccessBanner';
export type { SuccessBannerProps } from './lib/components/membership/SuccessBanner';
export { formatDate } from './lib/utils/dates';
export { friendlyApiErrors } from './lib/utils/friendly-errors';
export { isMembershipAdmin, mayVouch, membershipTag } from './lib/utils/membership-status';
export {
  NOT_LISTED,
  createRequestedOrganisationFields,
  createRequestedOrganisationSchema,
  organisationRequestFields,
  organisationRequestSchema,
  rejectOrganisationRequestFields,
  rejectOrganisationRequestSchema,
  requestMembershipFields,
  requestMembershipSchema,
} from './lib/utils/membership-schemas';
export type {
  ActionState,
  CreateRequestedOrganisationField,
  OrganisationRequestField,
  RejectOrganisationRequestField,
  RequestMembershipField,
} from './lib/utils/membership-schemas';
export { NotVerifiedNotice } from './lib/components/membership/NotVerifiedNotice';
export type { NotVerifiedNoticeProps } from './lib/components/membership/NotVerifiedNotice';
export { isReviewer, roleLinks } from './lib/utils/role-links';
export type { RoleLink } from './lib/utils/role-links';
export { DeleteAccountForm } from './lib/components/DeleteAccountForm';
export type {
  DeleteAccountField,
  DeleteAccountFormProps,
  DeleteAccountFormState,
} from './lib/components/DeleteAccountForm';
