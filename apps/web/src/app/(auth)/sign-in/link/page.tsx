import { SsoLinkPromptDocument } from '@mic/web-data-access';
import { LinkAccountForm } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { confirmSsoLinkAction, emailSsoLinkAction } from '../../../../lib/auth/sso-actions';
import { readSsoCookie } from '../../../../lib/auth/sso-cookies';

export const metadata: Metadata = { title: 'Link your organisation sign-in' };

/**
 * After an organisation sign-in whose address already has an account: prove it
 * to link, by password or by a link emailed to the account (docs/adr/0010).
 */
export default async function LinkAccountPage(): Promise<ReactElement> {
  const linkToken = await readSsoCookie('link');
  const { data } = linkToken
    ? await getClient().query({
        query: SsoLinkPromptDocument,
        variables: { linkToken },
        errorPolicy: 'all',
      })
    : { data: undefined };
  const prompt = data?.ssoLinkPrompt;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {prompt ? (
          <LinkAccountForm
            action={confirmSsoLinkAction}
            emailAction={emailSsoLinkAction}
            connectionName={prompt.connectionName}
          />
        ) : (
          <>
            <h1 className="nhsuk-heading-xl">This sign-in has expired</h1>
            <p>
              Linking your organisation sign-in to your account must be done within 15 minutes (30
              minutes when we email you a link). <a href="/sign-in">Sign in again</a>.
            </p>
          </>
        )}
      </div>
    </div>
  );
}
