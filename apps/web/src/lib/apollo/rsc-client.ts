import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { print } from '@apollo/client/utilities';
import { cache } from 'react';

import { readSessionToken } from '../auth/session';
import { serverEnv } from '../config/server-env';
import { forwardedClientHeaders } from './forwarded-headers';

/** Longest printed query sent as a GET (the URL stays well under Node's 16 kB header limit). */
const MAX_GET_QUERY_CHARS = 6000;

/**
 * Adds `Authorization: Bearer <token>` from the session cookie, read per
 * operation. A signed-out visitor's queries go as GET: the API answers
 * anonymous GETs of public queries from a cache shared by every reader
 * (docs/adr/0012); with a token they stay POSTs.
 */
const sessionLink = new SetContextLink(async (prevContext, operation) => {
  const token = await readSessionToken();
  const forwarded = await forwardedClientHeaders();
  const asGet =
    !token &&
    operation.operationType === 'query' &&
    print(operation.query).length <= MAX_GET_QUERY_CHARS;
  return {
    headers: {
      ...(prevContext.headers ?? {}),
      ...forwarded,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(asGet ? { fetchOptions: { ...prevContext.fetchOptions, method: 'GET' } } : {}),
  };
});

/**
 * Apollo Client for React Server Components: one instance (and cache) per
 * request (React's `cache`), shared by the layout, the page and
 * `generateMetadata`. It runs on the server only, so the API URL and the token
 * never reach the browser. Plain `@apollo/client` rather than the Next.js
 * integration's `registerApolloClient`: the pages query on the server only,
 * and the integration's `PreloadQuery` client component would otherwise ship
 * with every page.
 */
export const getClient = cache(
  (): ApolloClient =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: sessionLink.concat(
        new HttpLink({
          uri: serverEnv().API_URL,
          fetchOptions: { cache: 'no-store' },
        }),
      ),
    }),
);
