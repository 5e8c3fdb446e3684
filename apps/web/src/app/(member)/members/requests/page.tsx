import { Role } from '@mic/shared-util';
import { MembershipRequestsDocument } from '@mic/web-data-access';
import { MembershipRequestList, isMembershipAdmin } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { decideMembershipAction } from '../../../../lib/membership/actions';

export const metadata: Metadata = { title: 'People waiting to join' };

const PATH = '/members/requests';

/**
 * Vouching: verified members see people asking to join their organisation;
 * ICS admins those for their ICS; regional admins everyone. Others get an
 * explanation (the API returns them an empty list anyway).
 */
export default async function MembershipRequestsPage(): Promise<ReactElement> {
  await requireSession(PATH);
  const data = await getClient()
    .query({ query: MembershipRequestsDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data ?? null)
    .catch(() => null);
  const me = data?.me;
  if (!data || !me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  const admin = isMembershipAdmin(me.roles);
  const regionalAdmin = me.roles.includes(Role.REGIONAL_ADMIN);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">People waiting to join</h1>
        {!me.verified && !admin ? (
          <>
            <p data-testid="cannot-vouch">
              Only verified members can vouch for people who ask to join their organisation, and
              your membership is not verified yet.
            </p>
            <p>
              <a href="/account/membership">Find out how to get verified</a>
            </p>
          </>
        ) : (
          <>
            <p>
              {regionalAdmin
                ? 'As a regional admin you see everyone waiting to join an organisation.'
                : admin
                  ? 'As an ICS admin you see people asking to join organisations in your ICS.'
                  : `These people say they work for ${me.organisation?.name ?? 'your organisation'}.`}{' '}
              Only vouch for someone you know works there: once verified, they can edit the
              organisation’s case studies and act for it. Decline anyone you do not recognise; they
              are told by email and may ask again.
            </p>
            <MembershipRequestList
              requests={data.membershipRequests}
              action={decideMembershipAction}
              canApprove={regionalAdmin}
              back={PATH}
            />
          </>
        )}
      </div>
    </div>
  );
}
