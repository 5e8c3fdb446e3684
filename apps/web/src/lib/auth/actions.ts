'use server';

import { SignInDocument, SignOutDocument, SignUpDocument } from '@mic/web-data-access';
import {
  NOT_LISTED,
  formErrorsFromApi,
  formErrorsFromIssues,
  formValues,
  returnToSchema,
  signInFields,
  signInSchema,
  signUpFields,
  signUpSchema,
} from '@mic/web-feature-auth';
import type { SignInFormState, SignUpFormState } from '@mic/web-feature-auth';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { authenticate } from './authenticate';
import {
  clearSessionCookie,
  readDeviceToken,
  readSessionToken,
  setDeviceCookie,
  setSessionCookie,
} from './session';

/** Sign in: validates, calls `signIn`, stores the session cookie and redirects. */
export async function signInAction(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const values = formValues(formData, signInFields);
  const returnTo = returnToSchema.parse(formData.get('returnTo'));
  const echo = { email: values.email };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, signInFields),
      values: echo,
      submittedAt: Date.now(),
    };
  }
  const result = await authenticate(async () => {
    const { data, error } = await createActionClient().mutate({
      mutation: SignInDocument,
      // The device token lets this browser sign in even while someone else's guesses delay the account.
      variables: { input: { ...parsed.data, deviceToken: (await readDeviceToken()) ?? null } },
      errorPolicy: 'all',
    });
    return { token: data?.signIn.accessToken, deviceToken: data?.signIn.deviceToken, error };
  });
  if ('errors' in result) {
    return {
      // Wrong email or password is UNAUTHENTICATED with no field: show it against the email field.
      errors: formErrorsFromApi(result.errors, {
        fields: signInFields,
        fieldForCode: { UNAUTHENTICATED: 'email' },
      }),
      values: echo,
      submittedAt: Date.now(),
    };
  }
  await setSessionCookie(result.token);
  if (result.deviceToken) await setDeviceCookie(result.deviceToken);
  redirect(returnTo);
}

/** Sign up: validates, calls `signUp`, stores the session cookie and goes to "Check your email". */
export async function signUpAction(
  _previous: SignUpFormState,
  formData: FormData,
): Promise<SignUpFormState> {
  const values = formValues(formData, signUpFields);
  const echo = { name: values.name, email: values.email, organisationId: values.organisationId };
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, signUpFields),
      values: echo,
      submittedAt: Date.now(),
    };
  }
  // "My organisation is not listed": sign up without one, then ask for it to be added.
  const notListed = parsed.data.organisationId === NOT_LISTED;
  const result = await authenticate(async () => {
    const { data, error } = await createActionClient().mutate({
      mutation: SignUpDocument,
      variables: {
        input: {
          ...parsed.data,
          organisationId: notListed ? undefined : parsed.data.organisationId,
        },
      },
      errorPolicy: 'all',
    });
    return { token: data?.signUp.accessToken, deviceToken: data?.signUp.deviceToken, error };
  });
  if ('errors' in result) {
    return {
      // CONFLICT: the email address is already registered.
      errors: formErrorsFromApi(result.errors, {
        fields: signUpFields,
        fieldForCode: { CONFLICT: 'email' },
      }),
      values: echo,
      submittedAt: Date.now(),
    };
  }
  await setSessionCookie(result.token);
  if (result.deviceToken) await setDeviceCookie(result.deviceToken);
  // Every new account gets a confirmation link by email.
  redirect(notListed ? '/organisations/request?welcome=1' : '/confirm-email/sent');
}

/** Sign out: revokes the API session (best effort), deletes the cookie, goes home. */
export async function signOutAction(): Promise<void> {
  const token = await readSessionToken();
  if (token) {
    try {
      await createActionClient(token).mutate({ mutation: SignOutDocument, errorPolicy: 'all' });
    } catch {
      // The session may already be revoked or the API unreachable: sign out locally anyway.
    }
  }
  await clearSessionCookie();
  redirect('/');
}
