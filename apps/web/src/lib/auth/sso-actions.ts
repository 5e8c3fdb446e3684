'use server';

import {
  ConfirmSsoLinkByEmailDocument,
  ConfirmSsoLinkDocument,
  EmailSsoLinkDocument,
  toApiErrors,
} from '@mic/web-data-access';
import { formErrorsFromApi, returnToSchema } from '@mic/web-feature-auth';
import type {
  EmailLinkConfirmState,
  LinkAccountFormState,
  LinkEmailState,
} from '@mic/web-feature-auth';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { authenticate } from './authenticate';
import { setDeviceCookie, setSessionCookie } from './session';
import { clearSsoCookie, readSsoCookie, setSsoCookie } from './sso-cookies';

/** Proves the existing account's password: links the organisation sign-in and signs in. */
export async function confirmSsoLinkAction(
  _previous: LinkAccountFormState,
  formData: FormData,
): Promise<LinkAccountFormState> {
  const password = formData.get('password');
  if (typeof password !== 'string' || !password) {
    return {
      errors: [{ field: 'password', message: 'Enter your password' }],
      values: {},
      submittedAt: Date.now(),
    };
  }
  const linkToken = await readSsoCookie('link');
  if (!linkToken) redirect('/sign-in?sso=expired');
  let returnTo = '/account';
  const result = await authenticate(async () => {
    const { data, error } = await createActionClient().mutate({
      mutation: ConfirmSsoLinkDocument,
      variables: { input: { linkToken, password: password.slice(0, 256) } },
      errorPolicy: 'all',
    });
    returnTo = returnToSchema.parse(data?.confirmSsoLink.returnTo);
    return {
      token: data?.confirmSsoLink.session?.accessToken,
      deviceToken: data?.confirmSsoLink.session?.deviceToken,
      error,
    };
  });
  if ('errors' in result) {
    return {
      errors: formErrorsFromApi(result.errors, {
        fields: ['password'],
        fieldForCode: { UNAUTHENTICATED: 'password' },
      }),
      values: {},
      submittedAt: Date.now(),
    };
  }
  await clearSsoCookie('link');
  await setSessionCookie(result.token);
  if (result.deviceToken) await setDeviceCookie(result.deviceToken);
  redirect(returnTo);
}

/** Emails a single-use link to the existing account's address instead of asking for its password. */
export async function emailSsoLinkAction(
  _previous: LinkEmailState,
  _formData: FormData,
): Promise<LinkEmailState> {
  const linkToken = await readSsoCookie('link');
  if (!linkToken) redirect('/sign-in?sso=expired');
  let failure: unknown;
  try {
    const { error } = await createActionClient().mutate({
      mutation: EmailSsoLinkDocument,
      variables: { input: { linkToken } },
      errorPolicy: 'all',
    });
    failure = error;
  } catch (error) {
    failure = error;
  }
  if (failure) {
    return {
      errors: toApiErrors(failure).map((e) => ({ message: e.message })),
      values: {},
      submittedAt: Date.now(),
    };
  }
  // The pending sign-in now lasts as long as the emailed link: so does this browser's cookie.
  await setSsoCookie('link', linkToken);
  return { errors: [], values: {}, sent: true, submittedAt: Date.now() };
}

/** Follows the emailed link in this browser: links the organisation sign-in and signs in, once. */
export async function confirmSsoLinkByEmailAction(
  _previous: EmailLinkConfirmState,
  formData: FormData,
): Promise<EmailLinkConfirmState> {
  const emailToken = formData.get('token');
  if (typeof emailToken !== 'string' || !/^[A-Za-z0-9_-]{10,200}$/.test(emailToken)) {
    return {
      errors: [{ message: 'This link is not complete. Copy the whole link from the email.' }],
      values: {},
      submittedAt: Date.now(),
    };
  }
  const linkToken = (await readSsoCookie('link')) ?? null;
  let returnTo = '/account';
  const result = await authenticate(async () => {
    const { data, error } = await createActionClient().mutate({
      mutation: ConfirmSsoLinkByEmailDocument,
      variables: { input: { linkToken, emailToken } },
      errorPolicy: 'all',
    });
    returnTo = returnToSchema.parse(data?.confirmSsoLinkByEmail.returnTo);
    return {
      token: data?.confirmSsoLinkByEmail.session?.accessToken,
      deviceToken: data?.confirmSsoLinkByEmail.session?.deviceToken,
      error,
    };
  });
  if ('errors' in result) {
    return {
      errors: result.errors.map((e) => ({ message: e.message })),
      values: {},
      submittedAt: Date.now(),
    };
  }
  await clearSsoCookie('link');
  await setSessionCookie(result.token);
  if (result.deviceToken) await setDeviceCookie(result.deviceToken);
  redirect(returnTo);
}
