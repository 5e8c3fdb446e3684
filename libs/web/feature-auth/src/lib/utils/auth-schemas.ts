import { z } from 'zod';

import { PASSWORD_MIN_LENGTH } from './password-rules';

const email = z
  .string()
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email('Enter an email address in the correct format, like name@example.com'));

export const signInFields = ['email', 'password'] as const;
export type SignInField = (typeof signInFields)[number];

export const signInSchema = z.object({
  email,
  password: z
    .string()
    .min(1, 'Enter your password')
    .max(1000, 'Password must be 1000 characters or fewer'),
});

/** The email step of sign-in. */
export const signInEmailSchema = z.object({ email });

/** Starts organisation sign-in for the address (a link, not a form: see the route handler). */
export function ssoStartHref(email: string, returnTo: string): string {
  return `/sign-in/sso/start?${new URLSearchParams({ email, returnTo }).toString()}`;
}

export const signUpFields = ['name', 'email', 'organisationId', 'password'] as const;
export type SignUpField = (typeof signUpFields)[number];

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your full name')
    .min(2, 'Full name must be 2 characters or more')
    .max(120, 'Full name must be 120 characters or fewer'),
  email,
  organisationId: z
    .string()
    .trim()
    .min(1, 'Select your organisation')
    .max(100, 'Select your organisation'),
  password: z
    .string()
    .min(1, 'Enter a password')
    .min(PASSWORD_MIN_LENGTH, `Password must be ${PASSWORD_MIN_LENGTH} characters or more`)
    .max(1000, 'Password must be 1000 characters or fewer'),
});

/**
 * Where to go after signing in: only same-site absolute paths are allowed
 * (no `//host` or `/\host`), anything else falls back to /account.
 */
export const returnToSchema = z
  .string()
  .regex(/^\/(?![/\\])[\w\-./?=&%]*$/)
  .max(500)
  .catch('/account');

/** Reads string fields from submitted form data (files and missing fields become ''). */
export function formValues<TField extends string>(
  formData: FormData,
  fields: readonly TField[],
): Record<TField, string> {
  const values = {} as Record<TField, string>;
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}

const newPassword = z
  .string()
  .min(1, 'Enter a new password')
  .min(PASSWORD_MIN_LENGTH, `Password must be ${PASSWORD_MIN_LENGTH} characters or more`)
  .max(1000, 'Password must be 1000 characters or fewer');

export const forgotPasswordFields = ['email'] as const;
export type ForgotPasswordField = (typeof forgotPasswordFields)[number];
export const forgotPasswordSchema = z.object({ email });

export const resetPasswordFields = ['token', 'newPassword'] as const;
export type ResetPasswordField = (typeof resetPasswordFields)[number];
export const resetPasswordSchema = z.object({
  token: z.string().trim().min(1, 'The reset link is incomplete. Ask for a new link.').max(200),
  newPassword,
});

export const changePasswordFields = ['currentPassword', 'newPassword'] as const;
export type ChangePasswordField = (typeof changePasswordFields)[number];
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(1000),
  newPassword,
});
