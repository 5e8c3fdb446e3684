import { SsoConnectionsDocument } from '@mic/web-data-access';
import { SsoConnectionForm, SsoConnectionList } from '@mic/web-feature-auth';
import { ActionForm, Button, InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { serverEnv } from '../../../../lib/config/server-env';
import { createSsoConnectionAction, deleteSsoConnectionAction } from '../../../../lib/sso/actions';
import { regionalAdminOnly } from '../../../../lib/sso/admin-page';

export const metadata: Metadata = { title: 'Organisation sign-in' };

const PATH = '/admin/sign-in';

interface AdminSignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Organisation sign-in connections (OpenID Connect): list, add, change, delete. Regional admins. */
export default async function AdminSignInPage({ searchParams }: AdminSignInPageProps): Promise<ReactElement> {
  const refused = await regionalAdminOnly(PATH);
  if (refused) return refused;
  const params = await searchParams;
  const { data } = await getClient().query({ query: SsoConnectionsDocument, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('The sign-in connections are unavailable');
  const redirectUrl = data.ssoConnections[0]?.redirectUrl;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">Organisation sign-in</h1>
        {params['saved'] === '1' ? (
          <InsetText>
            <p>The connection has been saved.</p>
          </InsetText>
        ) : null}
        {params['deleted'] === '1' ? (
          <InsetText>
            <p>The connection has been deleted. People who used it can sign in with a password (after resetting it if they never had one).</p>
          </InsetText>
        ) : null}
        <p>
          People whose email address is on a connection’s domain sign in through their organisation’s
          identity provider (OpenID Connect), for example NHSmail or a council’s Microsoft Entra ID.
        </p>
        <SsoConnectionList
          connections={data.ssoConnections}
          deleteControl={(c) => (
            <ActionForm action={deleteSsoConnectionAction} initialState={{ errors: [] }} permalink={PATH}>
              <input type="hidden" name="id" value={c.id} />
              <Button variant="warning" small>
                Delete<span className="nhsuk-u-visually-hidden"> {c.displayName}</span>
              </Button>
            </ActionForm>
          )}
        />
        <h2 className="nhsuk-heading-l">Add a connection</h2>
        <SsoConnectionForm action={createSsoConnectionAction} redirectUrl={redirectUrl ?? callbackUrlHint()} />
      </div>
    </div>
  );
}

/** Before any connection exists the API has not told us its callback URL: it is this site's /sign-in/sso/callback. */
function callbackUrlHint(): string {
  return `${serverEnv().WEB_PUBLIC_URL}/sign-in/sso/callback`;
}
