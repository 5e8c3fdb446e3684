'use server';

import { ConfirmSsoLinkDocument } from '@mic/web-data-access';
import { formErrorsFromApi, returnToSchema } from '@mic/web-feature-auth';
import type { LinkAccountFormState } from '@mic/web-feature-auth';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { authenticate } from './authenticate';
import { setDeviceCookie, setSessionCookie } from './session';
import { clearSsoCookie, readSsoCookie } from './sso-cookies';

/** Proves the existing account's password: links the organisation sign-in and signs in. */
export async function confirmSsoLinkAction(
  _previous: LinkAccountFormState,
  formData: FormData,
): Promise<LinkAccountFormState> {
  const password = formData.get('password');
  if (typeof password !== 'string' || !password) {
    return { errors: [{ field: 'password', message: 'Enter your password' }], values: {}, submittedAt: Date.now() };
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
      errors: formErrorsFromApi(result.errors, { fields: ['password'], fieldForCode: { UNAUTHENTICATED: 'password' } }),
      values: {},
      submittedAt: Date.now(),
    };
  }
  await clearSsoCookie('link');
  await setSessionCookie(result.token);
  if (result.deviceToken) await setDeviceCookie(result.deviceToken);
  redirect(returnTo);
}
