import {
  OrganisationFilterOptionsDocument,
  OrganisationsDocument,
  hasApiErrorCode,
} from '@mic/web-data-access';
import {
  ORGANISATIONS_PAGE_SIZE,
  OrganisationDirectory,
  organisationsHref,
  organisationsSearchParamsSchema,
} from '@mic/web-feature-directory';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

export const metadata: Metadata = { title: 'Organisations' };

interface OrganisationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function OrganisationsPage({
  searchParams,
}: OrganisationsPageProps): Promise<ReactElement> {
  const params = organisationsSearchParamsSchema.parse(await searchParams);
  const client = getClient();
  const filter = {
    search: params.q ?? null,
    icsOdsCode: params.ics ?? null,
    type: params.type ?? null,
  };
  const [options, page] = await Promise.all([
    client.query({ query: OrganisationFilterOptionsDocument }),
    client
      .query({
        query: OrganisationsDocument,
        variables: { filter, first: ORGANISATIONS_PAGE_SIZE, after: params.after ?? null },
      })
      .catch((error: unknown) => {
        // A stale or tampered cursor: start again from the first page.
        if (params.after && hasApiErrorCode(error, 'BAD_USER_INPUT')) return null;
        throw error;
      }),
  ]);
  if (page === null) redirect(organisationsHref({ ...params, after: undefined }));
  if (!options.data || !page.data) throw new Error('The organisations directory is unavailable');
  return (
    <OrganisationDirectory
      connection={page.data.organisations}
      options={options.data}
      params={params}
    />
  );
}
