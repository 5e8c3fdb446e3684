import { SignInForm, returnToSchema } from '@mic/web-feature-auth';
import { InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { signInAction } from '../../../lib/auth/actions';
import { loadSessionUser } from '../../../lib/auth/session-user';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps): Promise<ReactElement> {
  const params = await searchParams;
  const returnTo = returnToSchema.parse(params['returnTo']);
  if (await loadSessionUser()) redirect(returnTo);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {params['signedOut'] === '1' ? (
          <InsetText>
            <p>You have been signed out.</p>
          </InsetText>
        ) : null}
        <SignInForm action={signInAction} returnTo={returnTo} />
      </div>
    </div>
  );
}
