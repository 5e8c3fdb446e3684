import { SignUpOrganisationsDocument } from '@mic/web-data-access';
import type { SignUpOrganisationsQuery } from '@mic/web-data-access';
import { SignUpForm, groupOrganisationsByIcs } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { signUpAction } from '../../../lib/auth/actions';
import { loadSessionUser } from '../../../lib/auth/session-user';

export const metadata: Metadata = { title: 'Create an account' };

type OrganisationNode = SignUpOrganisationsQuery['organisations']['edges'][number]['node'];

/** The API caps pages at 100; the directory is small, so a few pages at most. */
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

async function loadAllOrganisations(): Promise<OrganisationNode[]> {
  const organisations: OrganisationNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data }: { data?: SignUpOrganisationsQuery | undefined } = await getClient().query({
      query: SignUpOrganisationsDocument,
      variables: { first: PAGE_SIZE, after },
    });
    if (!data) break;
    organisations.push(...data.organisations.edges.map((edge) => edge.node));
    if (!data.organisations.pageInfo.hasNextPage || !data.organisations.pageInfo.endCursor) break;
    after = data.organisations.pageInfo.endCursor;
  }
  return organisations;
}

export default async function SignUpPage(): Promise<ReactElement> {
  if (await loadSessionUser()) redirect('/account');
  const organisations = await loadAllOrganisations();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SignUpForm
          action={signUpAction}
          organisationGroups={groupOrganisationsByIcs(organisations)}
        />
      </div>
    </div>
  );
}
