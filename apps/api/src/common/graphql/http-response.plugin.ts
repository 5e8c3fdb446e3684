import type { ApolloServerPlugin } from '@apollo/server';

import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../errors/database-unavailable';

/**
 * HTTP side of every GraphQL response:
 * - `Cache-Control: private, no-store` (responses depend on the viewer, and a
 *   signed-in one carries personal data; nothing here is meant for a shared
 *   cache) and `Vary: Cookie, Authorization` for GET queries;
 * - HTTP 503 with `Retry-After` when an error came from the database being
 *   unreachable (format-error.ts maps it to SERVICE_UNAVAILABLE).
 */
export function httpResponsePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, errors }) {
          const headers = response.http.headers;
          headers.set('cache-control', 'private, no-store');
          headers.set('vary', 'Cookie, Authorization');
          if (errors?.some((error) => isDatabaseUnavailable(error))) {
            response.http.status = 503;
            headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
