import { SCHEMA_SDL } from '../../../../lib/developers/generated/api-reference';

/**
 * The published copy of the API's schema (SDL), from the committed
 * apps/api/schema.gql: introspection is off in production, so integrators
 * and their code generators read it from here.
 */
export function GET(): Response {
  return new Response(SCHEMA_SDL, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': 'inline; filename="schema.graphql"',
      'cache-control': 'public, max-age=300',
    },
  });
}
