import { MyMembershipDocument } from '@mic/web-data-access';
import { CheckEmailNotice } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Check your email' };

const PATH = '/confirm-email/sent';

/** After sign-up: "Check your email" and what the person can do until verified. */
export default async function CheckEmailPage(): Promise<ReactElement> {
  await requireSession(PATH);
  const me = await getClient()
    .query({ query: MyMembershipDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.me ?? null)
    .catch(() => null);
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  if (me.emailConfirmed) redirect('/account/membership');
  const organisation = me.membership?.organisation;
  const domain = (me.email ?? '').split('@').pop()?.toLowerCase() ?? '';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <CheckEmailNotice
          email={me.email ?? ''}
          organisationName={organisation?.name ?? null}
          emailDomainMatches={Boolean(organisation?.emailDomains.includes(domain))}
          notListed={!organisation}
        />
      </div>
    </div>
  );
}
