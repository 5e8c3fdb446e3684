import { SignUpOrganisationsDocument } from '@mic/web-data-access';
import type { SignUpOrganisationsQuery } from '@mic/web-data-access';

import { getClient } from '../apollo/rsc-client';

export type OrganisationNode = SignUpOrganisationsQuery['organisations']['edges'][number]['node'];

/** The API caps pages at 100; the directory is small, so a few pages at most. */
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/** Every organisation in the directory (for the sign-up and "ask to join" selects). */
export async function loadAllOrganisations(): Promise<OrganisationNode[]> {
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
