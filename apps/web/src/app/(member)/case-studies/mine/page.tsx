import { MyCaseStudiesDocument, MyOrganisationDocument } from '@mic/web-data-access';
import { MyCaseStudies } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Your organisation’s case studies' };

/** The member's organisation's case studies in every status (drafts, in review, published, archived). */
export default async function MyCaseStudiesPage(): Promise<ReactElement> {
  await requireSession('/case-studies/mine');
  const [list, me] = await Promise.all([
    getClient().query({ query: MyCaseStudiesDocument, fetchPolicy: 'no-cache' }),
    getClient().query({ query: MyOrganisationDocument, fetchPolicy: 'no-cache' }),
  ]);
  if (!list.data) throw new Error('Your case studies are unavailable');
  return (
    <MyCaseStudies
      connection={list.data.caseStudies}
      organisationName={me.data?.me?.organisation?.name ?? null}
    />
  );
}
