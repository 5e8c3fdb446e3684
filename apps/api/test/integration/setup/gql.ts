export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; requestId?: string; [key: string]: unknown };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  headers: Headers;
}

export interface GqlOptions {
  query: string;
  variables?: Record<string, unknown>;
  /** A session token (from a factory or signIn) sent as a bearer token. */
  as?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** POSTs a GraphQL operation over real HTTP. */
export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  options: GqlOptions,
): Promise<GqlResult<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
  };
  if (options.as) headers.authorization = `Bearer ${options.as}`;
  if (options.cookie) headers.cookie = options.cookie;
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

export function errorCode(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
