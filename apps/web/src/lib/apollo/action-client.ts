import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

import { serverEnv } from '../config/server-env';
import { forwardedClientHeaders } from './forwarded-headers';

/** Passes the browser's address on, so the API's per-IP sign-in limit applies per person. */
const forwardLink = new SetContextLink(async (prevContext) => ({
  headers: { ...(prevContext.headers ?? {}), ...(await forwardedClientHeaders()) },
}));

/**
 * A fresh Apollo Client for one server action (mutations). Server actions do
 * not render, so they do not use the per-render RSC client.
 */
export function createActionClient(accessToken?: string): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: forwardLink.concat(
      new HttpLink({
        uri: serverEnv().API_URL,
        headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
        fetchOptions: { cache: 'no-store' },
      }),
    ),
  });
}
