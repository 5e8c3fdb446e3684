import type { ApolloClient, OperationVariables } from '@apollo/client';
import { hasApiErrorCode } from '@mic/web-data-access';

import { getClient } from './rsc-client';

/**
 * Runs a page's query with the request's client. NOT_FOUND (missing, or not
 * visible to this viewer) gives null, so the page can answer "page not
 * found"; any other error is thrown to the error page.
 */
export async function queryOrNull<TData, TVariables extends OperationVariables>(
  options: ApolloClient.QueryOptions<TData, TVariables>,
): Promise<ApolloClient.QueryResult<TData> | null> {
  return getClient()
    .query(options)
    .catch((error: unknown) => {
      if (hasApiErrorCode(error, 'NOT_FOUND')) return null;
      throw error;
    });
}
