import { SignInForm, returnToSchema } from '@mic/web-feature-auth';
import { InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { signInAction } from '../../../lib/auth/actions';
import { loadSessionUser } from '../../../lib/auth/session-user';
import { readSsoCookie } from '../../../lib/auth/sso-cookies';

export const metadata: Metadata = { title: 'Sign in' };

/** Why organisation sign-in came back here (`?sso=`). */
const SSO_ERRORS: Record<string, string> = {
  failed: 'Sign-in with your organisation did not work. Try again, or sign in with your password.',
  unverified: 'Your organisation did not confirm your email address, so you cannot sign in with it here.',
  unavailable: 'Your organisation’s sign-in service could not be reached. Try again later, or sign in with your password.',
  expired: 'Your sign-in took too long or was started in another browser. Try again.',
};

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps): Promise<ReactElement> {
  const params = await searchParams;
  const returnTo = returnToSchema.parse(params['returnTo']);
  if (await loadSessionUser()) redirect(returnTo);
  const sso = typeof params['sso'] === 'string' ? SSO_ERRORS[params['sso']] : undefined;
  const providerLogout = params['provider'] === '1' && !!(await readSsoCookie('logout'));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {params['signedOut'] === '1' ? (
          <InsetText>
            <p>You have been signed out.</p>
            {providerLogout ? (
              <p>
                You may still be signed in to your organisation’s account in this browser.{' '}
                <a href="/sign-in/sso/logout">Sign out of your organisation’s account too</a>
              </p>
            ) : null}
          </InsetText>
        ) : null}
        <SignInForm action={signInAction} returnTo={returnTo} ssoError={sso} />
      </div>
    </div>
  );
}
