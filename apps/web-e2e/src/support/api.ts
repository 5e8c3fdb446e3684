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

/**
 * Uploads a CSV through the API's POST /files and starts an outcome-figure
 * import of it into the case study (its id) or the adoption ({ adoptionId }); returns the import's id once its rows
 * have been checked (the API's job runs in the background).
 */
export async function startOutcomeImport(
  token: string,
  target: string | { adoptionId: string },
  csv: string,
): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'walk-figures.csv');
  const res = await fetch(API_URL.replace(/\/graphql\/?$/, '/files'), {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const file = (await res.json()) as { id?: string; message?: string };
  if (!file.id) throw new Error(`upload refused: ${res.status} ${file.message ?? ''}`);
  const started = await gql<{ importOutcomeMeasurements: { id: string } }>(
    'mutation I($input: ImportOutcomeMeasurementsInput!) { importOutcomeMeasurements(input: $input) { id } }',
    {
      input: {
        ...(typeof target === 'string' ? { caseStudyId: target } : target),
        fileId: file.id,
      },
    },
    token,
  );
  const id = started.importOutcomeMeasurements.id;
  for (let i = 0; i < 100; i++) {
    const { outcomeImport } = await gql<{ outcomeImport: { status: string } }>(
      'query S($id: ID!) { outcomeImport(id: $id) { status } }',
      { id },
      token,
    );
    if (outcomeImport.status !== 'VALIDATING') return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the outcome import was not checked within 10 s');
}
