import { DEMO_PASSWORD } from './env';

/** The API under test (set by global-setup, or given with the running stack). */
export const API_URL = process.env['E2E_API_URL'] ?? 'http://localhost:4000/graphql';

export interface ApiErrorShape {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** Sends a GraphQL operation to the API; throws on errors (with `code`). */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: ApiErrorShape[] };
  if (body.errors?.length) {
    throw Object.assign(new Error(`${body.errors[0].message} (${query.slice(0, 60)}…)`), {
      code: body.errors[0].extensions?.code,
    });
  }
  return body.data as T;
}

/** A bearer token for a demo account (signs in through the API). */
export async function apiToken(email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await gql<{ signIn: { accessToken: string } }>(
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return data.signIn.accessToken;
}
