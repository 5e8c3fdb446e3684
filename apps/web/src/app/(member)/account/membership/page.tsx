import { MyMembershipDocument } from '@mic/web-data-access';
import {
  MembershipOverview,
  OrganisationRequestList,
  RequestMembershipForm,
  ResendConfirmationForm,
  groupOrganisationsByIcs,
} from '@mic/web-feature-auth';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import {
  requestMembershipAction,
  resendEmailConfirmationAction,
} from '../../../../lib/membership/actions';
import { loadAllOrganisations } from '../../../../lib/membership/organisations';

export const metadata: Metadata = { title: 'Your membership' };

const PATH = '/account/membership';

const NOTICES = {
  requested:
    'You have asked to join. Your membership is waiting for verification: see below how to get verified.',
  verified: 'You are now a verified member of your organisation.',
} as const;

const searchSchema = z.object({
  done: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.enum(['requested', 'verified']).optional().catch(undefined),
  ),
});

interface MembershipPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MembershipPage({
  searchParams,
}: MembershipPageProps): Promise<ReactElement> {
  await requireSession(PATH);
  const { done } = searchSchema.parse(await searchParams);
  const data = await getClient()
    .query({ query: MyMembershipDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data ?? null)
    .catch(() => null);
  const me = data?.me;
  if (!data || !me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  const organisations = await loadAllOrganisations();
  const membership = me.membership;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/account">Back to my account</BackLink>
        <MembershipOverview
          user={me}
          notice={done ? NOTICES[done] : undefined}
          resendForm={<ResendConfirmationForm action={resendEmailConfirmationAction} />}
          requestForm={
            <RequestMembershipForm
              action={requestMembershipAction}
              organisationGroups={groupOrganisationsByIcs(organisations)}
              currentOrganisationId={membership?.organisation.id}
              verifiedOrganisationName={
                membership?.status === 'VERIFIED' ? membership.organisation.name : undefined
              }
            />
          }
          organisationRequests={<OrganisationRequestList requests={data.myOrganisationRequests} />}
        />
      </div>
    </div>
  );
}
