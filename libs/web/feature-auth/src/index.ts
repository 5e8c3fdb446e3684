// Public API of @mic/web-feature-auth.
export { AccountDetails } from './lib/components/AccountDetails';
export type { AccountDetailsProps, AccountUser } from './lib/components/AccountDetails';
export { SignInForm } from './lib/components/SignInForm';
export type { SignInFormProps, SignInFormState } from './lib/components/SignInForm';
export { SignOutForm } from './lib/components/SignOutForm';
export type { SignOutFormProps } from './lib/components/SignOutForm';
export { SignUpForm } from './lib/components/SignUpForm';
export type { SignUpFormProps, SignUpFormState } from './lib/components/SignUpForm';
export {
  formValues,
  returnToSchema,
  signInFields,
  signInSchema,
  signUpFields,
  signUpSchema,
} from './lib/utils/auth-schemas';
export type { SignInField, SignUpField } from './lib/utils/auth-schemas';
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
