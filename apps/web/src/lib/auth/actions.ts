'use server';

import {
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  SsoConnectionForEmailDocument,
  SsoSignOutUrlDocument,
} from '@mic/web-data-access';
import {
  NOT_LISTED,
  formErrorsFromApi,
  formErrorsFromIssues,
  formValues,
  returnToSchema,
  signInEmailSchema,
  signInFields,
  signInSchema,
  signUpFields,
  signUpSchema,
} from '@mic/web-feature-auth';
import type { SignInFormState, SignUpFormState } from '@mic/web-feature-auth';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { authenticate } from './authenticate';
import { setSsoCookie } from './sso-cookies';
import {
  clearSessionCookie,
  readDeviceToken,
  readSessionToken,
  setDeviceCookie,
  setSessionCookie,
} from './session';

/**
 * Sign in, in steps: the email first; when its domain has organisation
 * sign-in, the "Continue with <organisation>" step (unless the person chose
 * their password); otherwise the password, then the session cookie and the
 * redirect.
 */
export async function signInAction(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const values = formValues(formData, signInFields);
  const returnTo = returnToSchema.parse(formData.get('returnTo'));
  const usePassword = formData.get('usePassword') === '1';
  const echo = { email: values.email };
  const emailOnly = signInEmailSchema.safeParse(values);
  if (!emailOnly.success) {
    return {
      step: formData.get('step') === 'password' ? 'password' : 'email',
      usePassword,
      errors: formErrorsFromIssues(emailOnly.error.issues, signInFields),
      values: echo,
      submittedAt: Date.now(),
    };
  }
  if (!usePassword) {
    const sso = await ssoConnectionFor(emailOnly.data.email);
    if (sso) return { step: 'sso', ssoName: sso, errors: [], values: { email: emailOnly.data.email } };
  }
  if (formData.get('step') !== 'password') {
    return { step: 'password', usePassword, errors: [], values: { email: emailOnly.data.email } };
  }
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return {
      step: 'password',
      usePassword,
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
      step: 'password',
      usePassword,
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

/** The display name of the organisation sign-in serving this address, or null (password sign-in). */
async function ssoConnectionFor(email: string): Promise<string | null> {
  try {
    const { data } = await createActionClient().query({
      query: SsoConnectionForEmailDocument,
      variables: { email },
      errorPolicy: 'all',
    });
    return data?.ssoConnectionForEmail?.displayName ?? null;
  } catch {
    // The API is unreachable: the password step will say so.
    return null;
  }
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

/**
 * Sign out: revokes the API session (best effort) and deletes the cookie.
 * A session that began at an identity provider that supports RP-initiated
 * logout goes to the sign-in page offering "Sign out of <provider> too"
 * (its end-session URL is kept briefly in an HttpOnly cookie); others go home.
 */
export async function signOutAction(): Promise<void> {
  const token = await readSessionToken();
  let providerLogout: string | null = null;
  if (token) {
    try {
      const client = createActionClient(token);
      const { data } = await client.query({ query: SsoSignOutUrlDocument, errorPolicy: 'all' });
      providerLogout = data?.ssoSignOutUrl ?? null;
      await client.mutate({ mutation: SignOutDocument, errorPolicy: 'all' });
    } catch {
      // The session may already be revoked or the API unreachable: sign out locally anyway.
    }
  }
  await clearSessionCookie();
  if (providerLogout) {
    await setSsoCookie('logout', providerLogout);
    redirect('/sign-in?signedOut=1&provider=1');
  }
  redirect('/');
}
