import {
  CaseStudiesDocument,
  CaseStudyFilterOptionsDocument,
  hasApiErrorCode,
} from '@mic/web-data-access';
import {
  CASE_STUDIES_PAGE_SIZE,
  CaseStudyLibrary,
  caseStudiesFilter,
  caseStudiesHref,
  caseStudiesSearchParamsSchema,
} from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

export const metadata: Metadata = { title: 'Case studies' };

interface CaseStudiesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function CaseStudiesPage({
  searchParams,
}: CaseStudiesPageProps): Promise<ReactElement> {
  const params = caseStudiesSearchParamsSchema.parse(await searchParams);
  const client = getClient();
  const [options, page] = await Promise.all([
    client.query({ query: CaseStudyFilterOptionsDocument }),
    client
      .query({
        query: CaseStudiesDocument,
        variables: {
          filter: caseStudiesFilter(params),
          first: CASE_STUDIES_PAGE_SIZE,
          after: params.after ?? null,
        },
      })
      .catch((error: unknown) => {
        // A stale or tampered cursor: start again from the first page.
        if (params.after && hasApiErrorCode(error, 'BAD_USER_INPUT')) return null;
        throw error;
      }),
  ]);
  if (page === null) redirect(caseStudiesHref({ ...params, after: undefined }));
  if (!options.data || !page.data) throw new Error('The case study library is unavailable');
  return (
    <CaseStudyLibrary connection={page.data.caseStudies} options={options.data} params={params} />
  );
}
