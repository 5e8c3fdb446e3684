import { OrganisationRequestOptionsDocument } from '@mic/web-data-access';
import {
  OrganisationRequestForm,
  OrganisationRequestList,
  SuccessBanner,
} from '@mic/web-feature-auth';
import { BackLink, InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { requestOrganisationAction } from '../../../../lib/membership/actions';

export const metadata: Metadata = { title: 'Ask for your organisation to be added' };

const PATH = '/organisations/request';

const flag = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z.string().optional().catch(undefined),
);
const searchSchema = z.object({ done: flag, welcome: flag });

interface OrganisationRequestPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** "My organisation is not listed": ask for it to be added; see earlier requests. */
export default async function OrganisationRequestPage({
  searchParams,
}: OrganisationRequestPageProps): Promise<ReactElement> {
  await requireSession(PATH);
  const { done, welcome } = searchSchema.parse(await searchParams);
  const data = await getClient()
    .query({ query: OrganisationRequestOptionsDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data ?? null)
    .catch(() => null);
  if (!data?.me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  const open = data.myOrganisationRequests.some((request) => request.status === 'REQUESTED');
  const types = data.organisationTypes
    .map((type) => ({ value: type.key, text: type.label }))
    .sort((a, b) => a.text.localeCompare(b.text, 'en-GB'));
  const icss = data.icss
    .map((ics) => ({ value: ics.odsCode, text: ics.shortName }))
    .sort((a, b) => a.text.localeCompare(b.text, 'en-GB'));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/account/membership">Back to your membership</BackLink>
        {done === 'requested' ? (
          <SuccessBanner>
            We have sent your request to the admins for that integrated care system. When they add
            the organisation, you will be asked to join it automatically.
          </SuccessBanner>
        ) : null}
        <h1 className="nhsuk-heading-xl">Ask for your organisation to be added</h1>
        {welcome ? (
          <InsetText>
            <p>
              Your account is ready. We have sent you an email with a link to confirm your address.
              Tell us about your organisation so an admin can add it to the directory.
            </p>
          </InsetText>
        ) : null}
        <p>
          If your organisation is not in the directory, an admin for its integrated care system
          (ICS) can add it. Check the <a href="/organisations">organisations directory</a> first: if
          it is there, <a href="/account/membership">ask to join it</a> instead.
        </p>
        {open ? (
          <InsetText>
            <p>
              You already have a request waiting for an admin. You can ask for another organisation
              once it has been decided.
            </p>
          </InsetText>
        ) : (
          <OrganisationRequestForm action={requestOrganisationAction} types={types} icss={icss} />
        )}
        <h2 className="nhsuk-heading-m">Your requests</h2>
        <OrganisationRequestList requests={data.myOrganisationRequests} />
      </div>
    </div>
  );
}
