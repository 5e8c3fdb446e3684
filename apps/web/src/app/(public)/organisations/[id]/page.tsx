import { OrganisationDetailDocument, hasApiErrorCode } from '@mic/web-data-access';
import { OrganisationDetail, organisationIdSchema } from '@mic/web-feature-directory';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { FollowBlock } from '../../../../lib/follows/follow-block';

interface OrganisationPageProps {
  params: Promise<{ id: string }>;
}

async function loadOrganisation(rawId: string) {
  const id = organisationIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  const result = await getClient()
    .query({ query: OrganisationDetailDocument, variables: { id: id.data } })
    .catch((error: unknown) => {
      // An id the API cannot parse is simply an unknown organisation.
      if (hasApiErrorCode(error, 'BAD_USER_INPUT') || hasApiErrorCode(error, 'NOT_FOUND'))
        return null;
      throw error;
    });
  if (!result?.data?.organisation) notFound();
  return result.data.organisation;
}

export async function generateMetadata({ params }: OrganisationPageProps): Promise<Metadata> {
  const organisation = await loadOrganisation((await params).id);
  return { title: organisation.name };
}

export default async function OrganisationPage({
  params,
}: OrganisationPageProps): Promise<ReactElement> {
  const id = (await params).id;
  const organisation = await loadOrganisation(id);
  // A duplicate merged into another organisation: its old address leads to the survivor.
  if (organisation.id !== id) permanentRedirect(`/organisations/${organisation.id}`);
  return (
    <OrganisationDetail
      organisation={organisation}
      followControl={
        <FollowBlock
          targetType="ORGANISATION"
          targetId={organisation.id}
          name={organisation.name}
          returnTo={`/organisations/${organisation.id}`}
        />
      }
    />
  );
}
