// Public API of @mic/web-feature-auth.
export { AccountDetails } from './lib/components/AccountDetails';
export type { AccountDetailsProps, AccountUser } from './lib/components/AccountDetails';
export { ChangePasswordForm } from './lib/components/ChangePasswordForm';
export type { ChangePasswordFormProps, ChangePasswordFormState } from './lib/components/ChangePasswordForm';
export { ForgotPasswordForm } from './lib/components/ForgotPasswordForm';
export type { ForgotPasswordFormProps, ForgotPasswordFormState } from './lib/components/ForgotPasswordForm';
export { ResetPasswordForm } from './lib/components/ResetPasswordForm';
export type { ResetPasswordFormProps, ResetPasswordFormState } from './lib/components/ResetPasswordForm';
export { SessionsList } from './lib/components/SessionsList';
export type { SessionItem, SessionsListProps } from './lib/components/SessionsList';
export { SignInForm } from './lib/components/SignInForm';
export type { SignInFormProps, SignInFormState } from './lib/components/SignInForm';
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
  signInFields,
  signInSchema,
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
