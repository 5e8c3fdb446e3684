import { MyAccessTokensDocument } from '@mic/web-data-access';
import { AccessTokenList, CreateAccessTokenForm } from '@mic/web-feature-auth';
import { BackLink, InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { createAccessTokenAction, revokeAccessTokenAction } from '../../../../lib/auth/access-token-actions';
import { requireSession } from '../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Access tokens for the API' };

const SIGN_IN = `/sign-in?returnTo=${encodeURIComponent('/account/tokens')}`;

interface TokensPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AccessTokensPage({ searchParams }: TokensPageProps): Promise<ReactElement> {
  await requireSession('/account/tokens');
  const params = await searchParams;
  const tokens = await getClient()
    .query({ query: MyAccessTokensDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.myAccessTokens ?? null)
    // An expired or revoked session: treat as signed out.
    .catch(() => null);
  if (!tokens) redirect(SIGN_IN);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/account">Back to my account</BackLink>
        {params['revoked'] ? (
          <InsetText>
            <p>The token has been revoked. It no longer works.</p>
          </InsetText>
        ) : null}
        {params['problem'] ? (
          <InsetText>
            <p>That token could not be revoked. It may already have been revoked. Try again.</p>
          </InsetText>
        ) : null}
        <h1 className="nhsuk-heading-xl">Access tokens for the API</h1>
        <p>
          A personal access token lets a tool such as Power BI, Excel or a script read from (or, if you allow it,
          change) the Commons through <a href="/developers">the API</a>, as you. It can see only what you can see.
        </p>
        <p>Revoke a token when you stop using it, or if you think someone else has it.</p>
        <h2 className="nhsuk-heading-m">Your tokens</h2>
        <AccessTokenList tokens={tokens} revokeAction={revokeAccessTokenAction} />
        <CreateAccessTokenForm action={createAccessTokenAction} />
      </div>
    </div>
  );
}
