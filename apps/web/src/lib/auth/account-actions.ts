'use server';

import {
  ChangePasswordDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  RevokeAllSessionsDocument,
  RevokeSessionDocument,
  hasApiErrorCode,
  toApiErrors,
} from '@mic/web-data-access';
import {
  changePasswordFields,
  changePasswordSchema,
  forgotPasswordFields,
  forgotPasswordSchema,
  formErrorsFromApi,
  formErrorsFromIssues,
  formValues,
  resetPasswordFields,
  resetPasswordSchema,
} from '@mic/web-feature-auth';
import type {
  ChangePasswordFormState,
  ForgotPasswordFormState,
  ResetPasswordFormState,
} from '@mic/web-feature-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { authenticate } from './authenticate';
import { clearSessionCookie, readSessionToken, setDeviceCookie, setSessionCookie } from './session';

/** Forgotten password: always goes on to "check your email", whether or not the account exists. */
export async function requestPasswordResetAction(
  _previous: ForgotPasswordFormState,
  formData: FormData,
): Promise<ForgotPasswordFormState> {
  const values = formValues(formData, forgotPasswordFields);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, forgotPasswordFields),
      values: { email: values.email },
      submittedAt: Date.now(),
    };
  }
  try {
    const { error } = await createActionClient().mutate({
      mutation: RequestPasswordResetDocument,
      variables: { input: { email: parsed.data.email } },
      errorPolicy: 'all',
    });
    if (error) {
      return {
        errors: formErrorsFromApi(toApiErrors(error), { fields: forgotPasswordFields, fieldForCode: {} }),
        values: { email: values.email },
        submittedAt: Date.now(),
      };
    }
  } catch (error) {
    return {
      errors: formErrorsFromApi(toApiErrors(error), { fields: forgotPasswordFields }),
      values: { email: values.email },
      submittedAt: Date.now(),
    };
  }
  redirect('/forgot-password?sent=1');
}

/** Reset password: sets it, signs in (a new session; all others were revoked) and goes to /account. */
export async function resetPasswordAction(
  _previous: ResetPasswordFormState,
  formData: FormData,
): Promise<ResetPasswordFormState> {
  const values = formValues(formData, resetPasswordFields);
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, resetPasswordFields),
      values: {},
      submittedAt: Date.now(),
    };
  }
  const result = await authenticate(async () => {
    const { data, error } = await createActionClient().mutate({
      mutation: ResetPasswordDocument,
      variables: { input: parsed.data },
      errorPolicy: 'all',
    });
    return { token: data?.resetPassword.accessToken, deviceToken: data?.resetPassword.deviceToken, error };
  });
  if ('errors' in result) {
    return {
      errors: formErrorsFromApi(result.errors, { fields: resetPasswordFields }),
      values: {},
      submittedAt: Date.now(),
    };
  }
  await setSessionCookie(result.token);
  if (result.deviceToken) await setDeviceCookie(result.deviceToken);
  redirect('/account?passwordReset=1');
}

/** Change password while signed in; the API signs out every other session. */
export async function changePasswordAction(
  _previous: ChangePasswordFormState,
  formData: FormData,
): Promise<ChangePasswordFormState> {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent('/account/password')}`);
  const values = formValues(formData, changePasswordFields);
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, changePasswordFields),
      values: {},
      submittedAt: Date.now(),
    };
  }
  let errors;
  try {
    const { error } = await createActionClient(token).mutate({
      mutation: ChangePasswordDocument,
      variables: { input: parsed.data },
      errorPolicy: 'all',
    });
    errors = error ? toApiErrors(error) : [];
  } catch (error) {
    errors = toApiErrors(error);
  }
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) {
    redirect(`/sign-in?returnTo=${encodeURIComponent('/account/password')}`);
  }
  if (errors.length) {
    return {
      errors: formErrorsFromApi(errors, { fields: changePasswordFields }),
      values: {},
      submittedAt: Date.now(),
    };
  }
  redirect('/account?passwordChanged=1');
}

const sessionIdSchema = z.uuid();

/** Signs out one session (this one too, when chosen). Errors go back to the page as a notice. */
export async function revokeSessionAction(formData: FormData): Promise<void> {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent('/account/sessions')}`);
  const id = sessionIdSchema.safeParse(formData.get('id'));
  if (!id.success) redirect('/account/sessions?problem=1');
  let outcome: 'done' | 'gone' | 'problem' = 'done';
  try {
    const { error } = await createActionClient(token).mutate({
      mutation: RevokeSessionDocument,
      variables: { id: id.data },
      errorPolicy: 'all',
    });
    if (error) outcome = hasApiErrorCode(error, 'UNAUTHENTICATED') ? 'gone' : 'problem';
  } catch {
    outcome = 'problem';
  }
  if (outcome === 'gone' || (outcome === 'done' && formData.get('current') === '1')) {
    // This browser's own session was signed out (now or earlier).
    await clearSessionCookie();
    redirect('/sign-in?signedOut=1');
  }
  if (outcome === 'problem') redirect('/account/sessions?problem=1');
  redirect('/account/sessions?signedOut=1');
}

/** Signs out everywhere (`scope=all`, including this browser) or everywhere else (`scope=others`). */
export async function revokeAllSessionsAction(formData: FormData): Promise<void> {
  const token = await readSessionToken();
  if (!token) redirect('/sign-in');
  const keepCurrent = formData.get('scope') === 'others';
  try {
    await createActionClient(token).mutate({
      mutation: RevokeAllSessionsDocument,
      variables: { keepCurrent },
      errorPolicy: 'all',
    });
  } catch {
    redirect('/account/sessions?problem=1');
  }
  if (keepCurrent) redirect('/account/sessions?signedOut=others');
  await clearSessionCookie();
  redirect('/sign-in?signedOut=1');
}
