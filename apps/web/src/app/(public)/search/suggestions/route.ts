import { SearchSuggestionsDocument } from '@mic/web-data-access';
import { suggestionPrefix, suggestionViews } from '@mic/web-feature-search';

import { createActionClient } from '../../../../lib/apollo/action-client';
import { readSessionToken } from '../../../../lib/auth/session';

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'private, no-store',
    },
  });

/**
 * GET /search/suggestions?q=empl: up to 8 suggestions for the header search
 * box, through the API's `searchSuggestions` query as the viewer (anonymous
 * people see public documents; the browser never calls the API). Under 2
 * characters answers []; only same-site URLs are passed on.
 */
export async function GET(request: Request): Promise<Response> {
  const prefix = suggestionPrefix(new URL(request.url).searchParams.get('q'));
  if (!prefix) return json([]);
  const token = await readSessionToken();
  const { data, error } = await createActionClient(token ?? undefined).query({
    query: SearchSuggestionsDocument,
    variables: { prefix },
    errorPolicy: 'all',
    fetchPolicy: 'no-cache',
  });
  if (error || !data) return json([], 502);
  return json(suggestionViews(data));
}
