import { MySessionsDocument } from '@mic/web-data-access';
import { SessionsList } from '@mic/web-feature-auth';
import { BackLink, InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { revokeAllSessionsAction, revokeSessionAction } from '../../../../lib/auth/account-actions';
import { requireSession } from '../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Where you are signed in' };

const SIGN_IN = `/sign-in?returnTo=${encodeURIComponent('/account/sessions')}`;

interface SessionsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SessionsPage({ searchParams }: SessionsPageProps): Promise<ReactElement> {
  await requireSession('/account/sessions');
  const params = await searchParams;
  const sessions = await getClient()
    .query({ query: MySessionsDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.mySessions ?? null)
    // An expired or revoked session: treat as signed out.
    .catch(() => null);
  if (!sessions) redirect(SIGN_IN);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/account">Back to my account</BackLink>
        {params['signedOut'] ? (
          <InsetText>
            <p>
              {params['signedOut'] === 'others'
                ? 'All your other sessions have been signed out.'
                : 'That session has been signed out.'}
            </p>
          </InsetText>
        ) : null}
        {params['problem'] ? (
          <InsetText>
            <p>That session could not be signed out. It may already have ended. Try again.</p>
          </InsetText>
        ) : null}
        <SessionsList
          sessions={sessions}
          revokeAction={revokeSessionAction}
          revokeAllAction={revokeAllSessionsAction}
        />
      </div>
    </div>
  );
}
