import { SearchDocument, hasApiErrorCode, toApiErrors } from '@mic/web-data-access';
import type { SearchQuery } from '@mic/web-data-access';
import {
  SEARCH_PAGE_SIZE,
  SearchResults,
  firstPage,
  parseSearchParams,
  searchFilter,
  searchHref,
} from '@mic/web-feature-search';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return { title: q ? `Search results for ‘${q}’` : 'Search', robots: { index: false } };
}

/**
 * /search?q=: one search across the Commons (the API's `search` query, as the
 * viewer: anonymous people see public documents). A blank query shows the
 * search form; a stale cursor starts again from the first page; any other
 * failure is shown in an error summary on the page rather than an error page.
 */
export default async function SearchPage({ searchParams }: SearchPageProps): Promise<ReactElement> {
  const params = parseSearchParams(await searchParams);
  if (!params.q) return <SearchResults params={params} connection={null} />;
  let connection: SearchQuery['search'] | null = null;
  let error: string | undefined;
  let staleCursor = false;
  try {
    const { data } = await getClient().query({
      query: SearchDocument,
      variables: {
        query: params.q,
        filter: searchFilter(params),
        first: SEARCH_PAGE_SIZE,
        after: params.after ?? null,
        exact: params.exact || null,
      },
    });
    connection = data?.search ?? null;
  } catch (caught: unknown) {
    if (params.after && hasApiErrorCode(caught, 'BAD_USER_INPUT')) staleCursor = true;
    else if (hasApiErrorCode(caught, 'BAD_USER_INPUT')) {
      error = toApiErrors(caught)[0]?.message ?? 'Check your search and try again.';
    }
  }
  // A stale or tampered cursor: start again from the first page.
  if (staleCursor) redirect(searchHref(firstPage(params)));
  return <SearchResults params={params} connection={connection} error={error} />;
}
