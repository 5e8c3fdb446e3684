import { Role } from '@mic/shared-util';
import { AdminRequestsDocument, SessionUserDocument } from '@mic/web-data-access';
import {
  AdminOrganisationRequests,
  DecidedOrganisationRequests,
  MembershipRequestList,
  isMembershipAdmin,
} from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import {
  createRequestedOrganisationAction,
  decideMembershipAction,
  rejectOrganisationRequestAction,
} from '../../../../lib/membership/actions';

export const metadata: Metadata = { title: 'Organisation and membership requests' };

const PATH = '/admin/requests';

/** The admin queue (regional admins; ICS admins for their ICS). */
export default async function AdminRequestsPage(): Promise<ReactElement> {
  await requireSession(PATH);
  const client = getClient();
  const me = await client
    .query({ query: SessionUserDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.me ?? null)
    .catch(() => null);
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  // The permission check lives here (the API enforces it too).
  if (!isMembershipAdmin(me.roles)) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-xl">You cannot see this page</h1>
          <p data-testid="not-allowed">
            Only regional admins and ICS admins decide requests for new organisations.
          </p>
          <p>
            If you are a verified member, you can{' '}
            <a href="/members/requests">vouch for colleagues who ask to join your organisation</a>.
          </p>
        </div>
      </div>
    );
  }
  const { data } = await client.query({ query: AdminRequestsDocument, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('The admin queue is unavailable');
  const regionalAdmin = me.roles.includes(Role.REGIONAL_ADMIN);
  const types = data.organisationTypes
    .map((type) => ({ value: type.key, text: type.label }))
    .sort((a, b) => a.text.localeCompare(b.text, 'en-GB'));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">Organisation and membership requests</h1>
        <p>
          {regionalAdmin
            ? 'As a regional admin you decide requests from every ICS.'
            : 'You decide requests for the ICSs you administer.'}
        </p>
        <h2 className="nhsuk-heading-l">Organisations waiting to be added</h2>
        <p>
          Check the organisation is real and not already listed under another name. Correct the
          details if needed before adding it.
        </p>
        <AdminOrganisationRequests
          requests={data.waiting}
          types={types}
          createAction={createRequestedOrganisationAction}
          rejectAction={rejectOrganisationRequestAction}
        />
        <h2 className="nhsuk-heading-l">People waiting to join</h2>
        <MembershipRequestList
          requests={data.membershipRequests}
          action={decideMembershipAction}
          canApprove={regionalAdmin}
          back={PATH}
          headingLevel={3}
        />
        <h2 className="nhsuk-heading-l">Recently decided organisation requests</h2>
        <DecidedOrganisationRequests requests={[...data.created, ...data.rejected]} />
      </div>
    </div>
  );
}
