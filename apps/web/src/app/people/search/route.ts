import { PeopleSearchDocument } from '@mic/web-data-access';

import { createActionClient } from '../../../lib/apollo/action-client';
import { readSessionToken } from '../../../lib/auth/session';

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' },
  });

/**
 * GET /people/search?q=Mar: people for the @mention autocomplete, through the
 * API's `people` query with the session from the cookie (the browser never
 * calls the API). Signed-in members only; under 2 characters answers [].
 */
export async function GET(request: Request): Promise<Response> {
  const token = await readSessionToken();
  if (!token) return json([], 401);
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 50);
  if (q.length < 2) return json([]);
  const { data, error } = await createActionClient(token).query({
    query: PeopleSearchDocument,
    variables: { search: q, first: 8 },
    errorPolicy: 'all',
    fetchPolicy: 'no-cache',
  });
  if (error || !data) return json([], 502);
  return json(data.people.map((p) => ({ id: p.id, name: p.name, organisationName: p.organisationName })));
}
