import { MyAccountDocument } from '@mic/web-data-access';
import { AccountDetails, SignOutForm } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { signOutAction } from '../../../lib/auth/actions';
import { readSessionToken } from '../../../lib/auth/session';

export const metadata: Metadata = { title: 'My account' };

const SIGN_IN = `/sign-in?returnTo=${encodeURIComponent('/account')}`;

export default async function AccountPage(): Promise<ReactElement> {
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
        <AccountDetails user={me} actions={<SignOutForm action={signOutAction} />} />
      </div>
    </div>
  );
}
