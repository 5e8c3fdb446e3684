import { MyAccountDocument } from '@mic/web-data-access';
import { AccountDetails, SignOutForm } from '@mic/web-feature-auth';
import { InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { signOutAction } from '../../../lib/auth/actions';
import { readSessionToken } from '../../../lib/auth/session';

export const metadata: Metadata = { title: 'My account' };

const SIGN_IN = `/sign-in?returnTo=${encodeURIComponent('/account')}`;

interface AccountPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AccountPage({ searchParams }: AccountPageProps): Promise<ReactElement> {
  const params = await searchParams;
  // The permission check lives here, not in a layout.
  if (!(await readSessionToken())) redirect(SIGN_IN);
  const me = await getClient()
    .query({ query: MyAccountDocument })
    .then((result) => result.data?.me ?? null)
    // An expired or revoked session: treat as signed out.
    .catch(() => null);
  if (!me) redirect(SIGN_IN);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {params['passwordChanged'] || params['passwordReset'] ? (
          <InsetText>
            <p>
              Your password has been {params['passwordReset'] ? 'reset' : 'changed'}. You have been
              signed out everywhere else.
            </p>
          </InsetText>
        ) : null}
        <AccountDetails
          user={me}
          actions={
            <>
              <h2 className="nhsuk-heading-m">Sign-in and security</h2>
              <ul className="nhsuk-list">
                <li>
                  <a href="/account/password">Change your password</a>
                </li>
                <li>
                  <a href="/account/sessions">Where you are signed in</a>
                </li>
                <li>
                  <a href="/account/tokens">Access tokens for the API</a>
                </li>
                <li>
                  <a href="/account/privacy">Your data and privacy: export or delete</a>
                </li>
              </ul>
              <SignOutForm action={signOutAction} />
            </>
          }
        />
      </div>
    </div>
  );
}
