import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { cache } from 'react';

import { readSessionToken } from '../auth/session';
import { serverEnv } from '../config/server-env';
import { forwardedClientHeaders } from './forwarded-headers';

/** Adds `Authorization: Bearer <token>` from the session cookie, read per operation. */
const sessionLink = new SetContextLink(async (prevContext) => {
  const token = await readSessionToken();
  const forwarded = await forwardedClientHeaders();
  return {
    headers: {
      ...(prevContext.headers ?? {}),
      ...forwarded,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
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
