import { Role } from '@mic/shared-util';
import {
  AdminListedOrganisationsDocument,
  AdminRequestsDocument,
  SessionUserDocument,
} from '@mic/web-data-access';
import { AdminForm } from '@mic/web-feature-directory';
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
import { matchOrganisationRequestAction } from '../../../../lib/admin-orgs/actions';

export const metadata: Metadata = { title: 'Organisation and membership requests' };

const PATH = '/admin/requests';

interface AdminRequestsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The admin queue (regional admins; ICS admins for their ICS). */
export default async function AdminRequestsPage({
  searchParams,
}: AdminRequestsPageProps): Promise<ReactElement> {
  const matched = (await searchParams)['matched'] === '1';
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
  const [{ data }, listed] = await Promise.all([
    client.query({ query: AdminRequestsDocument, fetchPolicy: 'no-cache' }),
    client.query({ query: AdminListedOrganisationsDocument, fetchPolicy: 'no-cache' }),
  ]);
  if (!data) throw new Error('The admin queue is unavailable');
  const listedOptions = (listed.data?.organisations.edges ?? []).map(({ node }) => ({
    value: node.id,
    text: node.name,
  }));
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
        {matched ? (
          <div className="nhsuk-inset-text" role="status" data-testid="request-matched">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              The request was matched. The person who asked is now asking to join that organisation.
            </p>
          </div>
        ) : null}
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
        {data.waiting.length ? (
          <>
            <h3 className="nhsuk-heading-m" id="match">
              Already listed under another name?
            </h3>
            <p>
              Match the request to the listed organisation: the person who asked is then asked to
              join it.
            </p>
            <AdminForm
              action={matchOrganisationRequestAction}
              fields={[
                {
                  kind: 'select',
                  name: 'requestId',
                  label: 'The request',
                  options: data.waiting.map((r) => ({ value: r.id, text: r.name })),
                },
                {
                  kind: 'select',
                  name: 'organisationId',
                  label: 'The organisation already listed',
                  options: listedOptions,
                },
              ]}
              submitLabel="Match request"
              testId="match-request"
            />
          </>
        ) : null}
        <p>
          To add, change or merge organisations directly, go to{' '}
          <a href="/admin/organisations">manage organisations</a>.
        </p>
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
